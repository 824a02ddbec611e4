/* tests/test_monitor.c: the monitor, fed through the host console. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/reboot.h>
#include <linux/start_kernel.h>

static void run_monitor(void *arg)
{
	monitor_run();
}

START_TEST(test_monitor_echoes_input_and_runs_echo)
{
	host_console_set_input("echo hello   world\n");
	ck_assert_int_eq(host_catch_exit(run_monitor, NULL), -1);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"mm> echo hello   world\nhello world\nmm> "));
}
END_TEST

START_TEST(test_monitor_halt_ends_the_run_with_success)
{
	host_console_set_input("halt\necho not reached\n");
	ck_assert_int_eq(host_catch_exit(run_monitor, NULL),
			 KERNEL_EXIT_SUCCESS);
	ck_assert_ptr_null(strstr(host_console_output(), "not reached\n"));
}
END_TEST

START_TEST(test_monitor_reports_an_unknown_command)
{
	host_console_set_input("frobnicate now\n");
	host_catch_exit(run_monitor, NULL);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"frobnicate: unknown command (try 'help')\n"));
}
END_TEST

START_TEST(test_monitor_backspace_erases_the_last_character)
{
	host_console_set_input("echo ab\bc\x7f" "d\b\b\b\bxy\n");
	host_catch_exit(run_monitor, NULL);
	ck_assert_ptr_nonnull(strstr(host_console_output(), "d\b \b\b \b"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "\nechxy: unknown command"));
}
END_TEST

START_TEST(test_monitor_takes_crlf_as_one_line_end)
{
	const char *out, *p;
	int prompts = 0;

	host_console_set_input("echo a\r\necho b\r\n");
	host_catch_exit(run_monitor, NULL);
	out = host_console_output();
	for (p = out; (p = strstr(p, "mm> ")) != NULL; p++)
		prompts++;
	ck_assert_int_eq(prompts, 3);
}
END_TEST

START_TEST(test_monitor_help_lists_each_command_on_its_own_line)
{
	host_console_set_input("help\n");
	host_catch_exit(run_monitor, NULL);
	ck_assert_ptr_nonnull(strstr(host_console_output(), "\nhelp "));
	ck_assert_ptr_nonnull(strstr(host_console_output(), "\nhalt "));
	ck_assert_ptr_nonnull(strstr(host_console_output(), "\ncmdline "));
}
END_TEST

START_TEST(test_monitor_panic_command_panics_with_its_message)
{
	host_console_set_input("panic the reader asked\n");
	ck_assert_int_eq(host_catch_exit(run_monitor, NULL),
			 KERNEL_EXIT_PANIC);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"Kernel panic - not syncing: the reader asked\n"));
}
END_TEST

Suite *monitor_suite(void)
{
	Suite *s = suite_create("monitor");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_monitor_echoes_input_and_runs_echo);
	tcase_add_test(tc, test_monitor_halt_ends_the_run_with_success);
	tcase_add_test(tc, test_monitor_reports_an_unknown_command);
	tcase_add_test(tc, test_monitor_backspace_erases_the_last_character);
	tcase_add_test(tc, test_monitor_takes_crlf_as_one_line_end);
	tcase_add_test(tc,
		test_monitor_help_lists_each_command_on_its_own_line);
	tcase_add_test(tc, test_monitor_panic_command_panics_with_its_message);
	suite_add_tcase(s, tc);
	return s;
}
