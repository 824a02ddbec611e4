/* kernel/selftest.c: the in-kernel self-tests and their runner. */
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/kernel.h>
#include <linux/selftest.h>
#include <linux/start_kernel.h>
#include <linux/string.h>


static const char *current_test;
static unsigned int current_failures;

void self_test_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[256];
	va_list args;

	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pr_err("FAIL %s: %s:%d: %s\n", current_test, file, line, msg);
	current_failures++;
}

static void test_vsnprintf_formats(void)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%d|%5d|%-5d|%05d", -7, 42, 42, -42);
	EXPECT_STREQ(buf, "-7|   42|42   |-0042");
	snprintf(buf, sizeof(buf), "%x|%#X|%lx|%llu", 255u, 255u,
		 0xffffffff80000000UL, 18446744073709551615ULL);
	EXPECT_STREQ(buf, "ff|0XFF|ffffffff80000000|18446744073709551615");
	snprintf(buf, sizeof(buf), "%s|%.2s|%c|%%|%p", "ab", "xyz", 'q',
		 (void *)0x1000);
	EXPECT_STREQ(buf, "ab|xy|q|%|0000000000001000");
	EXPECT_EQ(snprintf(buf, 4, "%d", 123456), 6);
	EXPECT_STREQ(buf, "123");
}

static void test_cmdline_finds_whole_words(void)
{
	EXPECT_EQ(cmdline_find_option_bool("test", "test"), 1);
	EXPECT_EQ(cmdline_find_option_bool("a  test b", "test"), 4);
	EXPECT_EQ(cmdline_find_option_bool("testing", "test"), 0);
	EXPECT_EQ(cmdline_find_option_bool("test=1", "test"), 0);
	EXPECT_EQ(cmdline_find_option_bool("", "test"), 0);
}

static const struct self_test self_tests[] = {
	{ "vsnprintf_formats", test_vsnprintf_formats },
	{ "cmdline_finds_whole_words", test_cmdline_finds_whole_words },
};

static void run_one(const struct self_test *t, unsigned int *passed,
		    unsigned int *failed)
{
	current_test = t->name;
	current_failures = 0;
	t->run();
	if (current_failures)
		(*failed)++;
	else
		(*passed)++;
}

int run_self_tests(void)
{
	unsigned int passed = 0, failed = 0, i;

	for (i = 0; i < ARRAY_SIZE(self_tests); i++)
		run_one(&self_tests[i], &passed, &failed);
	for (i = 0; i < nr_arch_self_tests; i++)
		run_one(&arch_self_tests[i], &passed, &failed);

	pr_info("%u passed, %u failed\n", passed, failed);
	return failed;
}
