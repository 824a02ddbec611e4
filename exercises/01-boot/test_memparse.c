/*
 * Tests of Exercise 1.1, memparse(). The points table at the end says what
 * each test is worth; `make grade CH=1` runs them.
 */
#include <check.h>
#include <stddef.h>

#include "memparse.h"

/*
 * memparse(s) must return want and leave *retptr at s + end (end is an
 * offset, so a failure can say how far the parse went).
 */
static void expect_size(const char *s, unsigned long long want, long end)
{
	char *ret = NULL;
	unsigned long long got = memparse(s, &ret);

	ck_assert_msg(got == want,
		      "memparse(\"%s\") returned %llu, expected %llu",
		      s, got, want);
	ck_assert_msg(ret != NULL, "memparse(\"%s\") did not set *retptr", s);
	ck_assert_msg(ret == s + end,
		      "memparse(\"%s\") left *retptr at offset %ld (\"%s\"), "
		      "expected offset %ld", s, (long)(ret - s), ret, end);
}

START_TEST(test_memparse_reads_plain_decimal)
{
	expect_size("0", 0, 1);
	expect_size("7", 7, 1);
	expect_size("12345", 12345, 5);
	expect_size("18446744073709551615", 18446744073709551615ULL, 20);
}
END_TEST

START_TEST(test_memparse_understands_every_suffix_in_either_case)
{
	expect_size("4k", 4ULL << 10, 2);
	expect_size("4K", 4ULL << 10, 2);
	expect_size("3m", 3ULL << 20, 2);
	expect_size("3M", 3ULL << 20, 2);
	expect_size("2g", 2ULL << 30, 2);
	expect_size("2G", 2ULL << 30, 2);
	expect_size("1t", 1ULL << 40, 2);
	expect_size("5T", 5ULL << 40, 2);
	expect_size("1p", 1ULL << 50, 2);
	expect_size("2P", 2ULL << 50, 2);
	expect_size("1e", 1ULL << 60, 2);
	expect_size("3E", 3ULL << 60, 2);
	expect_size("128M", 128ULL << 20, 4);
}
END_TEST

START_TEST(test_memparse_reads_hex_and_octal)
{
	expect_size("0x10", 16, 4);
	expect_size("0X1f", 31, 4);
	expect_size("0xFFFFffff", 0xffffffffULL, 10);
	expect_size("0x2G", 2ULL << 30, 4);
	expect_size("010", 8, 3);
	expect_size("0777", 511, 4);
	expect_size("010K", 8ULL << 10, 4);
}
END_TEST

START_TEST(test_memparse_hex_digit_e_is_not_a_suffix)
{
	expect_size("0x1e", 0x1e, 4);
	expect_size("0x1E", 0x1e, 4);
	expect_size("0x1eK", 0x1eULL << 10, 5);
	expect_size("1e", 1ULL << 60, 2);
}
END_TEST

START_TEST(test_memparse_stops_at_the_first_character_not_in_the_base)
{
	expect_size("08", 0, 1);
	expect_size("0x", 0, 1);
	expect_size("0xg", 0, 1);
	expect_size("129a", 129, 3);
	expect_size("1,2", 1, 1);
}
END_TEST

START_TEST(test_memparse_leaves_retptr_just_past_the_suffix)
{
	expect_size("64M,foo", 64ULL << 20, 3);
	expect_size("4KB", 4ULL << 10, 2);
	expect_size("512M@16M", 512ULL << 20, 4);
	expect_size("16 quiet", 16, 2);
}
END_TEST

START_TEST(test_memparse_without_digits_consumes_nothing)
{
	expect_size("", 0, 0);
	expect_size("abc", 0, 0);
	expect_size("-5", 0, 0);
	expect_size(" 5", 0, 0);
}
END_TEST

START_TEST(test_memparse_accepts_a_null_retptr)
{
	unsigned long long got = memparse("2M", NULL);

	ck_assert_msg(got == 2ULL << 20,
		      "memparse(\"2M\", NULL) returned %llu, expected %llu",
		      got, 2ULL << 20);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_memparse_reads_plain_decimal, 1);
	add(test_memparse_understands_every_suffix_in_either_case, 2);
	add(test_memparse_reads_hex_and_octal, 2);
	add(test_memparse_hex_digit_e_is_not_a_suffix, 1);
	add(test_memparse_stops_at_the_first_character_not_in_the_base, 1);
	add(test_memparse_leaves_retptr_just_past_the_suffix, 2);
	add(test_memparse_without_digits_consumes_nothing, 1);
	add(test_memparse_accepts_a_null_retptr, 1);
}
