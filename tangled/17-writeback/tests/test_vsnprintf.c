/* tests/test_vsnprintf.c: vsnprintf compared with the C library's. */
#include <limits.h>
#include <string.h>
#include "tests.h"
#include <linux/kernel.h>
#include <linux/string.h>

static void expect_same(const char *fmt, ...)
{
	char ours[512], theirs[512];
	va_list args;
	int n_ours, n_theirs;

	va_start(args, fmt);
	n_ours = vsnprintf(ours, sizeof(ours), fmt, args);
	va_end(args);
	va_start(args, fmt);
	n_theirs = libc_vsnprintf(theirs, sizeof(theirs), fmt, args);
	va_end(args);
	ck_assert_msg(n_ours == n_theirs && strcmp(ours, theirs) == 0,
		      "format \"%s\": ours \"%s\" (%d), libc \"%s\" (%d)",
		      fmt, ours, n_ours, theirs, n_theirs);
}

START_TEST(test_vsnprintf_matches_libc_on_chosen_cases)
{
	expect_same("plain text, no conversions");
	expect_same("%d %i %u", -17, 17, 17u);
	expect_same("[%5d] [%-5d] [%05d] [%+d] [% d]", 42, 42, 42, 42, 42);
	expect_same("[%x] [%X] [%#x] [%#X] [%#o] [%o]", 0xbeefu, 0xbeefu,
		    0xbeefu, 0xbeefu, 8u, 8u);
	expect_same("[%#x] [%#o] [%#.0o] [%.0d] [%.0x]", 0u, 0u, 0u, 0, 0u);
	expect_same("[%ld] [%lu] [%lx]", -1L, 1UL, 0xffffffff80000000UL);
	expect_same("[%lld] [%llu] [%llx]", LLONG_MIN, ULLONG_MAX, ULLONG_MAX);
	expect_same("[%zu] [%zx] [%zd]", (size_t)12345, SIZE_MAX, (size_t)7);
	expect_same("[%hhd] [%hhu] [%hd] [%hu]", 300, 300, 70000, 70000);
	expect_same("[%s] [%10s] [%-10s] [%.2s] [%10.2s]", "abc", "abc",
		    "abc", "abc", "abc");
	expect_same("[%c] [%3c] [%-3c] [%%]", 'x', 'y', 'z');
	expect_same("[%*d] [%-*d] [%*d]", 6, 1, 6, 2, -6, 3);
	expect_same("[%.*s] [%.*s] [%.*d]", 2, "abcdef", -1, "abc", 4, 7);
	expect_same("[%08.3d] [%-08d] [%+08d] [% 08d]", 5, 5, 5, 5);
	expect_same("[%d] [%d] [%u]", INT_MIN, INT_MAX, UINT_MAX);
}
END_TEST

static const char *const flags[] = {
	"", "-", "0", "+", " ", "#", "-0", "+0", " 0", "-+", "#0", "-#",
};
static const char *const widths[] = { "", "1", "4", "9", "25" };
static const char *const precisions[] = { "", ".", ".0", ".1", ".5", ".22" };

static void make_format(char *fmt, size_t size, const char *flag,
			const char *width, const char *precision,
			const char *length, char conversion)
{
	libc_snprintf(fmt, size, "%%%s%s%s%s%c", flag, width, precision,
		      length, conversion);
}

#define FOR_EVERY_SPEC(length, conv, values, hash_ok) do {		\
	char fmt[32];							\
	size_t f, w, p, v;						\
	for (f = 0; f < ARRAY_SIZE(flags); f++) {			\
		if (!(hash_ok) && strchr(flags[f], '#'))		\
			continue;					\
		for (w = 0; w < ARRAY_SIZE(widths); w++)		\
		for (p = 0; p < ARRAY_SIZE(precisions); p++)		\
		for (v = 0; v < ARRAY_SIZE(values); v++) {		\
			make_format(fmt, sizeof(fmt), flags[f], widths[w], \
				    precisions[p], length, conv);	\
			expect_same(fmt, values[v]);			\
		}							\
	}								\
} while (0)

START_TEST(test_vsnprintf_matches_libc_for_every_int_spec)
{
	static const int ints[] = { 0, 1, -1, 42, -42, 123456789,
				    INT_MAX, INT_MIN };

	FOR_EVERY_SPEC("", 'd', ints, false);
	FOR_EVERY_SPEC("", 'i', ints, false);
	FOR_EVERY_SPEC("hh", 'd', ints, false);
	FOR_EVERY_SPEC("h", 'd', ints, false);
}
END_TEST

START_TEST(test_vsnprintf_matches_libc_for_every_unsigned_spec)
{
	static const unsigned int uints[] = { 0, 1, 8, 255, 0xdeadbeef,
					      UINT_MAX };

	FOR_EVERY_SPEC("", 'u', uints, false);
	FOR_EVERY_SPEC("", 'x', uints, true);
	FOR_EVERY_SPEC("", 'X', uints, true);
	FOR_EVERY_SPEC("", 'o', uints, true);
	FOR_EVERY_SPEC("hh", 'x', uints, true);
	FOR_EVERY_SPEC("h", 'u', uints, false);
}
END_TEST

START_TEST(test_vsnprintf_matches_libc_for_every_long_long_spec)
{
	static const long long lls[] = { 0, -1, 1LL << 40, LLONG_MAX,
					 LLONG_MIN };
	static const unsigned long long ulls[] = { 0, 1, 0x123456789abcdef,
						   ULLONG_MAX };
	static const long ls[] = { 0, -7, LONG_MAX, LONG_MIN };
	static const size_t zs[] = { 0, 4096, SIZE_MAX };

	FOR_EVERY_SPEC("ll", 'd', lls, false);
	FOR_EVERY_SPEC("ll", 'u', ulls, false);
	FOR_EVERY_SPEC("ll", 'x', ulls, true);
	FOR_EVERY_SPEC("l", 'd', ls, false);
	FOR_EVERY_SPEC("z", 'u', zs, false);
	FOR_EVERY_SPEC("z", 'x', zs, true);
}
END_TEST

START_TEST(test_vsnprintf_matches_libc_for_every_string_spec)
{
	static const char *const strs[] = { "", "a", "page", "a longer one" };
	static const int chars[] = { 'a', ' ', '~' };
	char fmt[32];
	size_t f, w, p, v;

	for (f = 0; f < 2; f++)
		for (w = 0; w < ARRAY_SIZE(widths); w++) {
			for (p = 0; p < ARRAY_SIZE(precisions); p++)
				for (v = 0; v < ARRAY_SIZE(strs); v++) {
					make_format(fmt, sizeof(fmt), flags[f],
						    widths[w], precisions[p],
						    "", 's');
					expect_same(fmt, strs[v]);
				}
			for (v = 0; v < ARRAY_SIZE(chars); v++) {
				make_format(fmt, sizeof(fmt), flags[f],
					    widths[w], "", "", 'c');
				expect_same(fmt, chars[v]);
			}
		}
}
END_TEST

static int format(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

START_TEST(test_vsnprintf_zero_pads_negative_numbers)
{
	char buf[32];

	format(buf, sizeof(buf), "%06d|%06lld|%-06d|", -42, -42LL, -42);
	ck_assert_str_eq(buf, "-00042|-00042|-42   |");
}
END_TEST

START_TEST(test_vsnprintf_returns_full_length_and_truncates)
{
	char buf[8];

	memset(buf, 'X', sizeof(buf));
	ck_assert_int_eq(format(buf, 5, "%s", "abcdefgh"), 8);
	ck_assert_str_eq(buf, "abcd");
	ck_assert_int_eq(buf[5], 'X');
}
END_TEST

START_TEST(test_vsnprintf_writes_nothing_when_size_is_zero)
{
	char buf[4] = "XYZ";

	ck_assert_int_eq(format(buf, 0, "%d", 12345), 5);
	ck_assert_str_eq(buf, "XYZ");
	ck_assert_int_eq(format(NULL, 0, "%s", "abc"), 3);
}
END_TEST

START_TEST(test_vsnprintf_prints_pointers_as_16_hex_digits)
{
	char buf[64];

	format(buf, sizeof(buf), "%p|%px|%p", (void *)0xffffffff80100000UL,
	       (void *)0x1234, NULL);
	ck_assert_str_eq(buf,
		"ffffffff80100000|0000000000001234|0000000000000000");
}
END_TEST

START_TEST(test_vsnprintf_prints_null_string_and_unknown_conversions)
{
	char buf[64];

	format(buf, sizeof(buf), "[%s] [%-5y] [%", NULL);
	ck_assert_str_eq(buf, "[(null)] [%-5y] [%");
}
END_TEST

START_TEST(test_scnprintf_returns_what_was_stored)
{
	char buf[6];

	ck_assert_int_eq(scnprintf(buf, sizeof(buf), "%s", "abcdefgh"), 5);
	ck_assert_int_eq(scnprintf(buf, sizeof(buf), "%d", 12), 2);
	ck_assert_int_eq(scnprintf(buf, 0, "%d", 12), 0);
	ck_assert_int_eq(sprintf(buf, "%x", 0xabcu), 3);
	ck_assert_str_eq(buf, "abc");
}
END_TEST

Suite *vsnprintf_suite(void)
{
	Suite *s = suite_create("vsnprintf");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_vsnprintf_matches_libc_on_chosen_cases);
	tcase_add_test(tc, test_vsnprintf_matches_libc_for_every_int_spec);
	tcase_add_test(tc, test_vsnprintf_matches_libc_for_every_unsigned_spec);
	tcase_add_test(tc,
		test_vsnprintf_matches_libc_for_every_long_long_spec);
	tcase_add_test(tc, test_vsnprintf_matches_libc_for_every_string_spec);
	tcase_add_test(tc, test_vsnprintf_zero_pads_negative_numbers);
	tcase_add_test(tc, test_vsnprintf_returns_full_length_and_truncates);
	tcase_add_test(tc, test_vsnprintf_writes_nothing_when_size_is_zero);
	tcase_add_test(tc, test_vsnprintf_prints_pointers_as_16_hex_digits);
	tcase_add_test(tc,
		test_vsnprintf_prints_null_string_and_unknown_conversions);
	tcase_add_test(tc, test_scnprintf_returns_what_was_stored);
	suite_add_tcase(s, tc);
	return s;
}
