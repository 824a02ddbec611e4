/* tests/test_cmdline.c: cmdline_find_option_bool. */
#include "tests.h"
#include <linux/cmdline.h>

START_TEST(test_cmdline_finds_a_word_at_the_start_middle_and_end)
{
	ck_assert_int_eq(cmdline_find_option_bool("test", "test"), 1);
	ck_assert_int_eq(cmdline_find_option_bool("test demo", "test"), 1);
	ck_assert_int_eq(cmdline_find_option_bool("demo test", "test"), 6);
	ck_assert_int_eq(cmdline_find_option_bool("a   test b", "test"), 5);
	ck_assert_int_eq(cmdline_find_option_bool("a\ttest\n", "test"), 3);
	ck_assert_int_eq(cmdline_find_option_bool("x test test", "test"), 3);
}
END_TEST

START_TEST(test_cmdline_ignores_longer_words_and_key_value_words)
{
	ck_assert_int_eq(cmdline_find_option_bool("testing", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("pretest", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("test=1", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("tes", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("test=1 test", "test"), 8);
}
END_TEST

START_TEST(test_cmdline_handles_empty_and_missing_lines)
{
	ck_assert_int_eq(cmdline_find_option_bool("", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("   ", "test"), 0);
	ck_assert_int_eq(cmdline_find_option_bool("test", ""), 0);
	ck_assert_int_eq(cmdline_find_option_bool(NULL, "test"), -1);
}
END_TEST

Suite *cmdline_suite(void)
{
	Suite *s = suite_create("cmdline");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc,
		test_cmdline_finds_a_word_at_the_start_middle_and_end);
	tcase_add_test(tc,
		test_cmdline_ignores_longer_words_and_key_value_words);
	tcase_add_test(tc, test_cmdline_handles_empty_and_missing_lines);
	suite_add_tcase(s, tc);
	return s;
}
