/*
 * Tests of Exercise 1.3, hex_dump_to_buffer(). The points table at the
 * end says what each test is worth; `make grade CH=1` runs them.
 *
 * Every expected line below was written by hand from Linux's rules (see
 * the handout): groups are loaded in the machine's byte order, which on
 * x86-64 is little-endian, so the group of bytes 40 41 42 43 reads
 * 43424140. The ASCII column starts at rowsize * 2 + rowsize / groupsize
 * + 1 (49 for 16 single bytes), whatever the length of this row.
 */
#include <check.h>
#include <string.h>

#include "hexdump.h"

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the expected lines assume a little-endian machine"
#endif

#define SP2	"  "
#define SP5	"     "
#define SP10	SP5 SP5
#define LINE_SIZE	200

/*
 * Row 1 is "@ABCDEFGHIJKLMNO"; row 2 holds bytes that are not printable
 * ASCII (shown as '.') mixed with some that are, space and '~' included.
 */
static const unsigned char data[32] = {
	0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47,
	0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f,
	0x00, 0x09, 0x0a, 0x1f, 0x20, 0x7e, 0x7f, 0x80,
	0xff, 0x61, 0x62, 0x63, 0x2e, 0x30, 0x31, 0x32,
};

/* The full 16-byte row of single bytes, with its ASCII column. */
#define ROW1_BYTES \
	"40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f" SP2 \
	"@ABCDEFGHIJKLMNO"

/* Fill line with 'Z's and a final NUL, so untouched bytes show. */
static void fill(char *line)
{
	memset(line, 'Z', LINE_SIZE - 1);
	line[LINE_SIZE - 1] = '\0';
}

/*
 * Dumping len bytes of buf must give the line want, whose length want_len
 * is also the expected return value.
 */
static void expect_line(const void *buf, size_t len, int rowsize,
			int groupsize, bool ascii, const char *want,
			int want_len)
{
	char line[LINE_SIZE];
	int ret;

	ck_assert_msg(strlen(want) == (size_t)want_len,
		      "test data: \"%s\" is %zu characters, not %d",
		      want, strlen(want), want_len);
	fill(line);
	ret = hex_dump_to_buffer(buf, len, rowsize, groupsize, line,
				 sizeof(line), ascii);
	ck_assert_msg(!strcmp(line, want),
		      "len %zu, rowsize %d, groupsize %d, ascii %d: wrote "
		      "\"%s\", expected \"%s\"",
		      len, rowsize, groupsize, ascii, line, want);
	ck_assert_msg(ret == want_len,
		      "len %zu, rowsize %d, groupsize %d, ascii %d: returned "
		      "%d, expected %d", len, rowsize, groupsize, ascii, ret,
		      want_len);
}

/*
 * With a buffer of only linebuflen bytes, the line must be cut to want (at
 * most linebuflen - 1 characters and a NUL), nothing after it may be
 * written, and the return value is still the whole line's length.
 */
static void expect_cut(size_t len, int groupsize, bool ascii,
		       size_t linebuflen, const char *want, int want_ret)
{
	char line[LINE_SIZE];
	size_t i, keep = linebuflen ? strlen(want) + 1 : 0;
	int ret;

	fill(line);
	ret = hex_dump_to_buffer(data, len, 16, groupsize, line, linebuflen,
				 ascii);
	ck_assert_msg(ret == want_ret,
		      "linebuflen %zu, groupsize %d: returned %d, expected %d",
		      linebuflen, groupsize, ret, want_ret);
	for (i = keep; i < LINE_SIZE - 1; i++)
		ck_assert_msg(line[i] == 'Z',
			      "linebuflen %zu, groupsize %d: byte %zu was "
			      "written", linebuflen, groupsize, i);
	if (linebuflen)
		ck_assert_msg(!strcmp(line, want),
			      "linebuflen %zu, groupsize %d: wrote \"%s\", "
			      "expected \"%s\"", linebuflen, groupsize, line,
			      want);
}

START_TEST(test_hexdump_bytes_make_a_16_byte_row_with_ascii)
{
	expect_line(data, 16, 16, 1, true, ROW1_BYTES, 65);
}
END_TEST

START_TEST(test_hexdump_groups_of_two_are_native_endian)
{
	expect_line(data, 16, 16, 2, true,
		    "4140 4342 4544 4746 4948 4b4a 4d4c 4f4e" SP2
		    "@ABCDEFGHIJKLMNO", 57);
}
END_TEST

START_TEST(test_hexdump_groups_of_four_are_native_endian)
{
	expect_line(data, 16, 16, 4, true,
		    "43424140 47464544 4b4a4948 4f4e4d4c" SP2
		    "@ABCDEFGHIJKLMNO", 53);
}
END_TEST

START_TEST(test_hexdump_groups_of_eight_are_native_endian)
{
	expect_line(data, 16, 16, 8, true,
		    "4746454443424140 4f4e4d4c4b4a4948" SP2
		    "@ABCDEFGHIJKLMNO", 51);
}
END_TEST

START_TEST(test_hexdump_shows_unprintable_bytes_as_dots)
{
	expect_line(data + 16, 16, 16, 1, true,
		    "00 09 0a 1f 20 7e 7f 80 ff 61 62 63 2e 30 31 32" SP2
		    ".... ~...abc.012", 65);
}
END_TEST

START_TEST(test_hexdump_short_row_puts_ascii_at_the_full_rows_column)
{
	/* 14 hex characters, 35 spaces to column 49 */
	expect_line(data, 5, 16, 1, true,
		    "40 41 42 43 44" SP10 SP10 SP10 SP5 "@ABCD", 54);
	/* 17 hex characters, 20 spaces to column 37 */
	expect_line(data, 8, 16, 4, true,
		    "43424140 47464544" SP10 SP10 "@ABCDEFG", 45);
	/* rowsize 32: 59 hex characters, 38 spaces to column 97 */
	expect_line(data, 20, 32, 1, true,
		    "40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f "
		    "00 09 0a 1f" SP10 SP10 SP10 SP5 "   "
		    "@ABCDEFGHIJKLMNO....", 117);
	/* rowsize 32, pairs: 4 hex characters, 77 spaces to column 81 */
	expect_line(data, 2, 32, 2, true,
		    "4140" SP10 SP10 SP10 SP10 SP10 SP10 SP10 SP5 SP2 "@A",
		    83);
}
END_TEST

START_TEST(test_hexdump_rowsize_32_holds_32_bytes)
{
	expect_line(data, 32, 32, 1, true,
		    "40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f "
		    "00 09 0a 1f 20 7e 7f 80 ff 61 62 63 2e 30 31 32" SP2
		    "@ABCDEFGHIJKLMNO.... ~...abc.012", 129);
	expect_line(data, 32, 32, 4, true,
		    "43424140 47464544 4b4a4948 4f4e4d4c "
		    "1f0a0900 807f7e20 636261ff 3231302e" SP2
		    "@ABCDEFGHIJKLMNO.... ~...abc.012", 105);
}
END_TEST

START_TEST(test_hexdump_dumps_one_row_and_other_rowsizes_mean_16)
{
	expect_line(data, 32, 16, 1, true, ROW1_BYTES, 65);
	expect_line(data, 32, 20, 1, true, ROW1_BYTES, 65);
	expect_line(data, 32, 0, 1, true, ROW1_BYTES, 65);
}
END_TEST

START_TEST(test_hexdump_groupsize_not_dividing_len_falls_back_to_bytes)
{
	/* 17 hex characters, 32 spaces to column 49 */
	expect_line(data, 6, 16, 4, true,
		    "40 41 42 43 44 45" SP10 SP10 SP10 SP2 "@ABCDE", 55);
	/* 35 hex characters, 14 spaces to column 49 */
	expect_line(data, 12, 16, 8, true,
		    "40 41 42 43 44 45 46 47 48 49 4a 4b" SP10 SP2 SP2
		    "@ABCDEFGHIJK", 61);
	/* 8 hex characters, 41 spaces to column 49 */
	expect_line(data, 3, 16, 2, true,
		    "40 41 42" SP10 SP10 SP10 SP10 " " "@AB", 52);
}
END_TEST

START_TEST(test_hexdump_invalid_groupsize_means_single_bytes)
{
	expect_line(data, 16, 16, 0, true, ROW1_BYTES, 65);
	expect_line(data, 16, 16, 3, true, ROW1_BYTES, 65);
	expect_line(data, 16, 16, 16, true, ROW1_BYTES, 65);
	expect_line(data, 16, 16, -4, true, ROW1_BYTES, 65);
}
END_TEST

START_TEST(test_hexdump_without_ascii_has_no_trailing_spaces)
{
	expect_line(data, 5, 16, 1, false, "40 41 42 43 44", 14);
	expect_line(data, 4, 16, 2, false, "4140 4342", 9);
	expect_line(data, 16, 16, 8, false,
		    "4746454443424140 4f4e4d4c4b4a4948", 33);
	expect_line(data, 16, 32, 1, false,
		    "40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f", 47);
}
END_TEST

START_TEST(test_hexdump_len_zero_gives_an_empty_line)
{
	expect_line(data, 0, 16, 1, true, "", 0);
	expect_line(data, 0, 32, 4, false, "", 0);
}
END_TEST

START_TEST(test_hexdump_cuts_to_linebuflen_and_returns_the_full_length)
{
	expect_cut(16, 1, true, 10, "40 41 42 ", 65);
	expect_cut(16, 4, true, 12, "43424140 47", 53);
	expect_cut(4, 1, false, 5, "40 4", 11);
	expect_cut(16, 1, true, 66, ROW1_BYTES, 65);
	expect_cut(16, 1, true, 65,
		   "40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f" SP2
		   "@ABCDEFGHIJKLMN", 65);
	expect_cut(16, 2, true, 1, "", 57);
	expect_cut(16, 1, true, 0, "", 65);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_hexdump_bytes_make_a_16_byte_row_with_ascii, 2);
	add(test_hexdump_groups_of_two_are_native_endian, 1);
	add(test_hexdump_groups_of_four_are_native_endian, 1);
	add(test_hexdump_groups_of_eight_are_native_endian, 1);
	add(test_hexdump_shows_unprintable_bytes_as_dots, 1);
	add(test_hexdump_short_row_puts_ascii_at_the_full_rows_column, 2);
	add(test_hexdump_rowsize_32_holds_32_bytes, 1);
	add(test_hexdump_dumps_one_row_and_other_rowsizes_mean_16, 1);
	add(test_hexdump_groupsize_not_dividing_len_falls_back_to_bytes, 2);
	add(test_hexdump_invalid_groupsize_means_single_bytes, 1);
	add(test_hexdump_without_ascii_has_no_trailing_spaces, 1);
	add(test_hexdump_len_zero_gives_an_empty_line, 1);
	add(test_hexdump_cuts_to_linebuflen_and_returns_the_full_length, 2);
}
