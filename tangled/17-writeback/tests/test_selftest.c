/* tests/test_selftest.c: the in-kernel self-tests, run on the host. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/selftest.h>
#include <linux/start_kernel.h>

START_TEST(test_in_kernel_self_tests_pass_on_the_host)
{
	ck_assert_int_eq(run_self_tests(), 0);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     " passed, 0 failed\n"));
	ck_assert_ptr_null(strstr(host_console_output(), "FAIL"));
}
END_TEST

START_TEST(test_a_failed_expectation_is_printed_with_its_position)
{
	EXPECT_EQ(1 + 1, 3);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "1 + 1 is 2, expected 3\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(), "FAIL "));
}
END_TEST

Suite *selftest_suite(void)
{
	Suite *s = suite_create("selftest");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	/* Every chapter adds self-tests, and AddressSanitizer slows them:
	 * Check's default of 4 seconds is a guard against a hang, not a
	 * measure, so the guard is widened. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_in_kernel_self_tests_pass_on_the_host);
	tcase_add_test(tc,
		test_a_failed_expectation_is_printed_with_its_position);
	suite_add_tcase(s, tc);
	return s;
}
