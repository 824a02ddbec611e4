/*
 * Tests of Exercise 13.1, newc_entry(): archives written here as
 * `cpio -H newc` writes them, read entry by entry, and the same archives
 * broken one field at a time. The points table at the end says what
 * each test is worth; `make grade CH=13` runs them.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "newc.h"

static char cpio[16384];
static unsigned long cpio_len;

static void put(char magic, const char *name, unsigned long mode,
		const char *data, unsigned long size, unsigned long chksum)
{
	unsigned long namesize = strlen(name) + 1;

	cpio_len += snprintf(cpio + cpio_len, sizeof(cpio) - cpio_len,
			     "07070%c%08X%08lX%08X%08X%08X%08X%08lX"
			     "%08X%08X%08X%08X%08lX%08lX", magic, 1, mode,
			     0, 0, 1, 0, size, 0, 0, 0, 0, namesize, chksum);
	memcpy(cpio + cpio_len, name, namesize);
	cpio_len += namesize;
	while (cpio_len % 4)
		cpio[cpio_len++] = '\0';
	memcpy(cpio + cpio_len, data, size);
	cpio_len += size;
	while (cpio_len % 4)
		cpio[cpio_len++] = '\0';
}

static void put_file(const char *name, const char *data)
{
	put('1', name, 0100644, data, strlen(data), 0);
}

static void put_trailer(void)
{
	put('1', "TRAILER!!!", 0, "", 0, 0);
}

/* The first entry of the archive, which must be refused. */
static void expect_refused(unsigned long len)
{
	struct newc_entry e;

	ck_assert_int_eq(newc_entry(cpio, len, 0, &e), -NEWC_EINVAL);
}

START_TEST(test_an_entry_that_needs_no_padding)
{
	struct newc_entry e;

	int i;

	cpio_len = 0;
	put('1', "a", 0100777, "12345678", 8, 0);
	put_trailer();
	for (i = 6; i < NEWC_HEADER_LEN; i++)	/* a-f as well as A-F */
		if (cpio[i] >= 'A' && cpio[i] <= 'F')
			cpio[i] += 'a' - 'A';
	ck_assert_int_eq(newc_entry(cpio, cpio_len, 0, &e), 0);
	ck_assert_str_eq(e.name, "a");
	ck_assert_uint_eq(e.mode, 0100777);
	ck_assert_uint_eq(e.size, 8);
	ck_assert_int_eq(memcmp(e.data, "12345678", 8), 0);
	ck_assert_uint_eq(e.next, 120);
	ck_assert_int_eq(newc_entry(cpio, cpio_len, e.next, &e), 1);
	ck_assert_str_eq(e.name, "TRAILER!!!");
	cpio_len = 0;
	put_file("e", "");		/* empty, at the very end: whole */
	ck_assert_int_eq(newc_entry(cpio, cpio_len, 0, &e), 0);
	ck_assert_uint_eq(e.size, 0);
	ck_assert_uint_eq(e.next, cpio_len);
}
END_TEST

START_TEST(test_every_padding_of_name_and_data)
{
	static const char names[] = "abcdefgh";
	struct newc_entry e;
	unsigned long off = 0;
	int n, s;

	cpio_len = 0;
	for (n = 1; n <= 8; n++)
		for (s = 0; s <= 5; s++) {
			char name[16];

			snprintf(name, sizeof(name), "%.*s", n, names);
			put_file(name, "ABCDEFGH" + 8 - s);
		}
	put_trailer();
	for (n = 1; n <= 8; n++)
		for (s = 0; s <= 5; s++) {
			ck_assert_int_eq(newc_entry(cpio, cpio_len, off, &e),
					 0);
			ck_assert_uint_eq(strlen(e.name), n);
			ck_assert_uint_eq(e.size, s);
			ck_assert_int_eq(memcmp(e.data, "ABCDEFGH" + 8 - s, s),
					 0);
			ck_assert_uint_eq(e.next % 4, 0);
			off = e.next;
		}
	ck_assert_int_eq(newc_entry(cpio, cpio_len, off, &e), 1);
}
END_TEST

START_TEST(test_a_wrong_magic_is_refused)
{
	cpio_len = 0;
	put_file("bin/x", "x");
	put_trailer();
	cpio[5] = '7';				/* 070707, the old format */
	expect_refused(cpio_len);
	cpio[5] = '1';
	cpio[0] = '1';
	expect_refused(cpio_len);
}
END_TEST

START_TEST(test_a_digit_that_is_not_hexadecimal_is_refused)
{
	int i;

	for (i = 0; i < 13; i++) {
		cpio_len = 0;
		put_file("bin/x", "x");
		put_trailer();
		cpio[6 + 8 * i + 7] = i % 2 ? 'g' : ' ';
		expect_refused(cpio_len);
	}
}
END_TEST

START_TEST(test_a_name_without_its_null_is_refused)
{
	cpio_len = 0;
	put_file("bin/xy", "x");
	put_trailer();
	cpio[NEWC_HEADER_LEN + 6] = 'z';	/* the null */
	expect_refused(cpio_len);
	cpio[NEWC_HEADER_LEN + 6] = '\0';
	memcpy(cpio + 6 + 8 * 11, "00000000", 8);	/* namesize 0 */
	expect_refused(cpio_len);
}
END_TEST

START_TEST(test_an_archive_cut_short_is_refused)
{
	unsigned long len, end;

	cpio_len = 0;
	put_file("bin/short", "some bytes");
	end = cpio_len;
	put_trailer();
	for (len = 0; len < end - 2; len++)	/* the data ends 2 early */
		expect_refused(len);
	cpio_len = 0;
	put_file("bin/long", "x");
	memcpy(cpio + 6 + 8 * 11, "00001000", 8);	/* namesize 4096 */
	expect_refused(cpio_len);
	cpio_len = 0;
	put_file("bin/long", "x");
	memcpy(cpio + 6 + 8 * 6, "7FFFFFFF", 8);	/* filesize */
	expect_refused(cpio_len);
	memcpy(cpio + 6 + 8 * 6, "FFFFFFFF", 8);
	expect_refused(cpio_len);
}
END_TEST

START_TEST(test_checksums_of_070702_are_checked)
{
	struct newc_entry e;

	cpio_len = 0;
	put('2', "bin/sum", 0100777, "\xff" "bc", 3, 0xff + 'b' + 'c');
	put_trailer();
	ck_assert_int_eq(newc_entry(cpio, cpio_len, 0, &e), 0);
	ck_assert_uint_eq(e.size, 3);
	ck_assert_uint_eq(e.mode, 0100777);
	cpio_len = 0;
	put('2', "bin/sum", 0100644, "abc", 3, 'a' + 'b' + 'd');
	put_trailer();
	expect_refused(cpio_len);
	cpio_len = 0;
	put('1', "bin/nosum", 0100644, "abc", 3, 12345);
	put_trailer();
	ck_assert_int_eq(newc_entry(cpio, cpio_len, 0, &e), 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_an_entry_that_needs_no_padding, 1);
	add(test_every_padding_of_name_and_data, 2);
	add(test_a_wrong_magic_is_refused, 1);
	add(test_a_digit_that_is_not_hexadecimal_is_refused, 1);
	add(test_a_name_without_its_null_is_refused, 2);
	add(test_an_archive_cut_short_is_refused, 2);
	add(test_checksums_of_070702_are_checked, 2);
}
