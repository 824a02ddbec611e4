/* tests/test_printk.c: printk, the log buffer and panic. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/kernel.h>
#include <linux/reboot.h>

START_TEST(test_printk_writes_to_the_console_without_the_level)
{
	ck_assert_int_eq(pr_info("hello %d\n", 42), 9);
	ck_assert_str_eq(host_console_output(), "hello 42\n");
}
END_TEST

START_TEST(test_printk_stores_the_text_in_the_log_buffer)
{
	char log[LOG_BUF_LEN];
	size_t n;

	printk(KERN_ERR "marker %s\n", "seven");
	n = log_buf_copy(log, sizeof(log));
	ck_assert_uint_ge(n, 13);
	ck_assert_str_eq(log + n - 13, "marker seven\n");
}
END_TEST

START_TEST(test_log_buffer_keeps_the_newest_text_when_it_wraps)
{
	static char log[2 * LOG_BUF_LEN];
	int i;
	size_t n;

	for (i = 0; i < 1000; i++)
		printk("line %04d of the wrapping test\n", i);
	n = log_buf_copy(log, sizeof(log));
	ck_assert_uint_eq(n, LOG_BUF_LEN);
	ck_assert_ptr_null(strstr(log, "line 0000 "));
	ck_assert_str_eq(log + n - 31, "line 0999 of the wrapping test\n");
}
END_TEST

START_TEST(test_log_buf_copy_fits_the_destination)
{
	char small[8];

	printk("abcdefghij\n");
	ck_assert_uint_eq(log_buf_copy(small, sizeof(small)), 7);
	ck_assert_str_eq(small, "efghij\n");
	ck_assert_uint_eq(log_buf_copy(small, 0), 0);
}
END_TEST

static void panic_with_a_reason(void *arg)
{
	panic("disk on fire (%d)\n", 3);
}

START_TEST(test_panic_prints_linux_message_and_exits_with_panic_verdict)
{
	ck_assert_int_eq(host_catch_exit(panic_with_a_reason, NULL),
			 KERNEL_EXIT_PANIC);
	ck_assert_str_eq(host_console_output(),
		"Kernel panic - not syncing: disk on fire (3)\n"
		"---[ end Kernel panic - not syncing: disk on fire (3) ]---\n");
}
END_TEST

Suite *printk_suite(void)
{
	Suite *s = suite_create("printk");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_printk_writes_to_the_console_without_the_level);
	tcase_add_test(tc, test_printk_stores_the_text_in_the_log_buffer);
	tcase_add_test(tc, test_log_buffer_keeps_the_newest_text_when_it_wraps);
	tcase_add_test(tc, test_log_buf_copy_fits_the_destination);
	tcase_add_test(tc,
		test_panic_prints_linux_message_and_exits_with_panic_verdict);
	suite_add_tcase(s, tc);
	return s;
}
