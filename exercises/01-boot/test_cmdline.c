/*
 * Tests of Exercise 1.2, cmdline_find_option(). The points table at the
 * end says what each test is worth; `make grade CH=1` runs them.
 */
#include <check.h>
#include <string.h>

#include "cmdline.h"

#define BUF_SIZE	64

/* Fill buf with 'Z's and a final NUL, so untouched bytes show. */
static void fill(char *buf, size_t size)
{
	memset(buf, 'Z', size - 1);
	buf[size - 1] = '\0';
}

/*
 * Looking for option in cmdline with a buffer of bufsize bytes must return
 * want_len and leave want_value in the buffer.
 */
static void expect_value(const char *cmdline, const char *option,
			 int bufsize, int want_len, const char *want_value)
{
	char buf[BUF_SIZE];
	int len;

	fill(buf, sizeof(buf));
	len = cmdline_find_option(cmdline, option, buf, bufsize);
	ck_assert_msg(len == want_len,
		      "looking for \"%s\" in \"%s\" (bufsize %d) returned %d, "
		      "expected %d", option, cmdline, bufsize, len, want_len);
	ck_assert_msg(!strcmp(buf, want_value),
		      "looking for \"%s\" in \"%s\" (bufsize %d) left \"%s\" "
		      "in the buffer, expected \"%s\"",
		      option, cmdline, bufsize, buf, want_value);
}

/* The option must not be found; the buffer's contents are not checked. */
static void expect_absent(const char *cmdline, const char *option)
{
	char buf[BUF_SIZE];
	int len;

	fill(buf, sizeof(buf));
	len = cmdline_find_option(cmdline, option, buf, sizeof(buf));
	ck_assert_msg(len == -1,
		      "looking for \"%s\" in \"%s\" returned %d, expected -1",
		      option, cmdline ? cmdline : "(null)", len);
}

START_TEST(test_find_option_returns_minus_one_when_absent)
{
	expect_absent("console=ttyS0 test", "mem");
	expect_absent("", "mem");
	expect_absent(NULL, "mem");
}
END_TEST

START_TEST(test_find_option_copies_the_value_at_start_middle_and_end)
{
	const char *cmdline = "mem=64M console=ttyS0 test foo=bar";

	expect_value(cmdline, "mem", BUF_SIZE, 3, "64M");
	expect_value(cmdline, "console", BUF_SIZE, 5, "ttyS0");
	expect_value(cmdline, "foo", BUF_SIZE, 3, "bar");
	expect_value("  kernelcore=1G  ", "kernelcore", BUF_SIZE, 2, "1G");
	expect_value("a=b=c", "a", BUF_SIZE, 3, "b=c");
}
END_TEST

START_TEST(test_find_option_ignores_words_that_only_start_like_it)
{
	expect_absent("memmap=1 xmem=2 mem memory=3", "mem");
	expect_absent("me=1 mem", "mem");
	expect_absent("mem=5", "memmap");
	expect_value("memmap=0x1000 mem=3 memx=4", "mem", BUF_SIZE, 1, "3");
}
END_TEST

START_TEST(test_find_option_truncates_but_returns_the_full_length)
{
	const char *cmdline = "console=ttyS0,115200n8 test";

	expect_value(cmdline, "console", 6, 14, "ttyS0");
	expect_value(cmdline, "console", 15, 14, "ttyS0,115200n8");
	expect_value(cmdline, "console", 14, 14, "ttyS0,115200n");
	expect_value(cmdline, "console", 1, 14, "");
}
END_TEST

START_TEST(test_find_option_with_bufsize_zero_writes_nothing)
{
	char buf[BUF_SIZE], untouched[BUF_SIZE];
	int len;

	fill(buf, sizeof(buf));
	fill(untouched, sizeof(untouched));
	len = cmdline_find_option("mem=64M", "mem", buf, 0);
	ck_assert_msg(len == 3, "bufsize 0: returned %d, expected 3", len);
	ck_assert_msg(!memcmp(buf, untouched, sizeof(buf)),
		      "bufsize 0: the buffer was written to");
}
END_TEST

START_TEST(test_find_option_finds_an_empty_value)
{
	expect_value("mem= test", "mem", BUF_SIZE, 0, "");
	expect_value("test foo=", "foo", BUF_SIZE, 0, "");
}
END_TEST

START_TEST(test_find_option_the_last_occurrence_wins)
{
	expect_value("mem=1 mem=22 test", "mem", BUF_SIZE, 2, "22");
	expect_value("mem=123 mem=4", "mem", BUF_SIZE, 1, "4");
	expect_value("mem=7 mem memx=8", "mem", BUF_SIZE, 1, "7");
}
END_TEST

START_TEST(test_find_option_splits_words_at_any_control_character)
{
	expect_value("a=1\tmem=5\nb=2", "mem", BUF_SIZE, 1, "5");
	expect_value("x=1\r\nmem=0x10", "mem", BUF_SIZE, 4, "0x10");
}
END_TEST

START_TEST(test_find_option_does_not_treat_quotes_specially)
{
	expect_value("foo=\"a b\" mem=1", "foo", BUF_SIZE, 2, "\"a");
	expect_value("foo=\"a b\" mem=1", "mem", BUF_SIZE, 1, "1");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_find_option_returns_minus_one_when_absent, 1);
	add(test_find_option_copies_the_value_at_start_middle_and_end, 2);
	add(test_find_option_ignores_words_that_only_start_like_it, 2);
	add(test_find_option_truncates_but_returns_the_full_length, 2);
	add(test_find_option_with_bufsize_zero_writes_nothing, 1);
	add(test_find_option_finds_an_empty_value, 1);
	add(test_find_option_the_last_occurrence_wins, 1);
	add(test_find_option_splits_words_at_any_control_character, 1);
	add(test_find_option_does_not_treat_quotes_specially, 1);
}
