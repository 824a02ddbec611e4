/*
 * Tests of Exercise 17.3, sync_file_range(2). Each test sets up a file
 * of 16 pages from a string, one letter a page: '.' clean, 'd' dirty,
 * 'w' under writeback, 'b' both (dirtied again while it was written).
 * It then calls the function and compares the pages after, in the same
 * letters, and what happened in order: "w3" for a write of page 3
 * started, "e3" for a wait on its write. The points table at the end
 * says what each test is worth; `make grade CH=17` runs them.
 */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "syncrange.h"

#define ALL	SYNC_FILE_RANGE_WRITE_AND_WAIT
#define BEFORE	SYNC_FILE_RANGE_WAIT_BEFORE
#define WRITE	SYNC_FILE_RANGE_WRITE
#define AFTER	SYNC_FILE_RANGE_WAIT_AFTER
#define PAGE	4096LL

static struct cached_file f;

static void file(unsigned int mode, const char *pages)
{
	unsigned int i;

	memset(&f, 0, sizeof(f));
	f.i_mode = mode;
	ck_assert_uint_eq(strlen(pages), CF_NR_PAGES);
	for (i = 0; i < CF_NR_PAGES; i++) {
		f.pages[i].dirty = pages[i] == 'd' || pages[i] == 'b';
		f.pages[i].writeback = pages[i] == 'w' || pages[i] == 'b';
	}
}

static void pages_are(const char *pages)
{
	char now[CF_NR_PAGES + 1];
	unsigned int i;

	for (i = 0; i < CF_NR_PAGES; i++)
		now[i] = ".wdb"[f.pages[i].dirty * 2 + f.pages[i].writeback];
	now[CF_NR_PAGES] = '\0';
	ck_assert_str_eq(now, pages);
}

static void log_is(const char *expected)
{
	char log[512] = "";
	unsigned int i;
	size_t len;
	int n;

	for (i = 0; i < f.nr_log; i++) {
		n = f.log[i];
		len = strlen(log);
		snprintf(log + len, sizeof(log) - len, "%s%c%d", i ? " " : "",
			 n > 0 ? 'w' : 'e', n > 0 ? n - 1 : -n - 1);
	}
	ck_assert_str_eq(log, expected);
}

START_TEST(test_unknown_flags_are_einval)
{
	file(S_IFREG | 0644, "dd..ww..bb......");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 8), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 0, 0, ALL | 8), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 0x80000000u), -EINVAL);
	pages_are("dd..ww..bb......");
	log_is("");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 0), 0);
	pages_are("dd..ww..bb......");
}
END_TEST

START_TEST(test_a_bad_range_is_einval)
{
	file(S_IFREG | 0644, "dd..ww..bb......");
	ck_assert_int_eq(sync_file_range(&f, -1, 10, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, -PAGE, 0, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 2 * PAGE, -PAGE, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 0, -1, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 0, LLONG_MIN, ALL), -EINVAL);
	/* offset + nbytes passes LLONG_MAX */
	ck_assert_int_eq(sync_file_range(&f, LLONG_MAX, 1, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, 1, LLONG_MAX, ALL), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, LLONG_MAX, LLONG_MAX, ALL),
			 -EINVAL);
	pages_are("dd..ww..bb......");
	log_is("");
	/* up to LLONG_MAX itself is a range */
	ck_assert_int_eq(sync_file_range(&f, LLONG_MAX, 0, ALL), 0);
	ck_assert_int_eq(sync_file_range(&f, LLONG_MAX - 1, 1, ALL), 0);
	ck_assert_int_eq(sync_file_range(&f, 1, LLONG_MAX - 1, WRITE), 0);
	pages_are("ww..ww..bb......");
}
END_TEST

START_TEST(test_only_files_with_pages_are_synced)
{
	file(S_IFIFO | 0600, "d...............");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, ALL), -ESPIPE);
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 0), -ESPIPE);
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 8), -EINVAL);
	ck_assert_int_eq(sync_file_range(&f, -1, 0, ALL), -EINVAL);
	f.i_mode = S_IFSOCK | 0777;
	ck_assert_int_eq(sync_file_range(&f, 0, 0, ALL), -ESPIPE);
	f.i_mode = S_IFCHR | 0666;
	ck_assert_int_eq(sync_file_range(&f, 0, 0, ALL), -ESPIPE);
	pages_are("d...............");
	log_is("");
	f.i_mode = S_IFDIR | 0755;
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 0), 0);
	f.i_mode = S_IFLNK | 0777;
	ck_assert_int_eq(sync_file_range(&f, 0, 0, 0), 0);
	f.i_mode = S_IFBLK | 0660;
	ck_assert_int_eq(sync_file_range(&f, 0, 0, ALL), 0);
	pages_are("................");
}
END_TEST

START_TEST(test_write_starts_what_it_can_and_waits_for_nothing)
{
	file(S_IFREG | 0644, "dd.wbdd.b.....dd");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, WRITE), 0);
	pages_are("ww.wbww.b.....ww");
	log_is("w0 w1 w5 w6 w14 w15");
	ck_assert_uint_eq(f.nr_written, 6);
	ck_assert_uint_eq(f.nr_waited, 0);
}
END_TEST

START_TEST(test_the_range_is_of_bytes_and_inclusive)
{
	file(S_IFREG | 0644, "dddddddddddddddd");
	ck_assert_int_eq(sync_file_range(&f, PAGE, PAGE, WRITE), 0);
	pages_are("dwdddddddddddddd");
	ck_assert_int_eq(sync_file_range(&f, 3 * PAGE - 1, 2, WRITE), 0);
	pages_are("dwwwdddddddddddd");
	ck_assert_int_eq(sync_file_range(&f, 5 * PAGE + 100, 1, WRITE), 0);
	pages_are("dwwwdwdddddddddd");
	ck_assert_int_eq(sync_file_range(&f, 7 * PAGE, PAGE + 1, WRITE), 0);
	pages_are("dwwwdwdwwddddddd");
	log_is("w1 w2 w3 w5 w7 w8");
}
END_TEST

START_TEST(test_nbytes_0_means_to_the_end)
{
	file(S_IFREG | 0644, "dddddddddddddddd");
	ck_assert_int_eq(sync_file_range(&f, 10 * PAGE + 5, 0, WRITE), 0);
	pages_are("ddddddddddwwwwww");
	ck_assert_int_eq(sync_file_range(&f, 10 * PAGE, 0, AFTER), 0);
	pages_are("dddddddddd......");
	/* far beyond the file's pages: nothing to do, nothing broken */
	ck_assert_int_eq(sync_file_range(&f, 1LL << 62, 0, ALL), 0);
	ck_assert_int_eq(sync_file_range(&f, 1LL << 44, PAGE, ALL), 0);
	pages_are("dddddddddd......");
}
END_TEST

START_TEST(test_wait_before_waits_only)
{
	file(S_IFREG | 0644, "wbd.wbd.wbd.wbd.");
	ck_assert_int_eq(sync_file_range(&f, 4 * PAGE, 8 * PAGE, BEFORE), 0);
	pages_are("wbd..dd..dd.wbd.");
	log_is("e4 e5 e8 e9");
	ck_assert_uint_eq(f.nr_waited, 4);
	ck_assert_uint_eq(f.nr_written, 0);
}
END_TEST

START_TEST(test_write_then_wait_after_leaves_redirtied_pages_dirty)
{
	file(S_IFREG | 0644, "d.b.w.d.........");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, WRITE | AFTER), 0);
	/* page 2 was being written: skipped, then waited for */
	pages_are("..d.............");
	log_is("w0 w6 e0 e2 e4 e6");
}
END_TEST

START_TEST(test_wait_before_and_write_leave_the_writes_in_flight)
{
	file(S_IFREG | 0644, "d.b.w.d.........");
	ck_assert_int_eq(sync_file_range(&f, 0, 0, BEFORE | WRITE), 0);
	pages_are("w.w...w.........");
	log_is("e2 e4 w0 w2 w6");
}
END_TEST

START_TEST(test_all_three_flags_write_and_wait_for_everything)
{
	file(S_IFREG | 0644, "d.b.w.d..bbdd.w.");
	ck_assert_int_eq(sync_file_range(&f, 0, 12 * PAGE, ALL), 0);
	pages_are("............d.w.");	/* bytes 0 to 12 * 4096 - 1 */
	log_is("e2 e4 e9 e10 w0 w2 w6 w9 w10 w11 e0 e2 e6 e9 e10 e11");
	ck_assert_uint_eq(f.nr_written, 6);
	ck_assert_uint_eq(f.nr_waited, 10);
}
END_TEST

START_TEST(test_wb_sync_all_waits_for_a_write_in_flight)
{
	file(S_IFREG | 0644, "b.w.d...........");
	ck_assert_int_eq(filemap_fdatawrite_range(&f, 0, LLONG_MAX,
						  WB_SYNC_ALL), 0);
	/* a clean page under writeback is not waited for */
	pages_are("w.w.w...........");
	log_is("e0 w0 w4");
	file(S_IFREG | 0644, "b.w.d...........");
	ck_assert_int_eq(filemap_fdatawrite_range(&f, 0, LLONG_MAX,
						  WB_SYNC_NONE), 0);
	pages_are("b.w.w...........");
	log_is("w4");
	file(S_IFREG | 0644, "bbbbdddd........");
	ck_assert_int_eq(filemap_fdatawrite_range(&f, 2 * PAGE, 5 * PAGE,
						  WB_SYNC_ALL), 0);
	pages_are("bbwwwwdd........");
	log_is("e2 w2 e3 w3 w4 w5");
}
END_TEST

START_TEST(test_fdatawait_range_is_inclusive_and_may_be_empty)
{
	file(S_IFREG | 0644, "wwwwwwwwwwwwwwww");
	ck_assert_int_eq(file_fdatawait_range(&f, 3 * PAGE, 3 * PAGE - 1), 0);
	ck_assert_int_eq(file_fdatawait_range(&f, 9 * PAGE, 0), 0);
	log_is("");
	ck_assert_int_eq(file_fdatawait_range(&f, 3 * PAGE, 3 * PAGE), 0);
	ck_assert_int_eq(file_fdatawait_range(&f, 5 * PAGE - 1,
					      6 * PAGE), 0);
	ck_assert_int_eq(file_fdatawait_range(&f, 15 * PAGE, LLONG_MAX), 0);
	pages_are("www....wwwwwwww.");
	log_is("e3 e4 e5 e6 e15");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_unknown_flags_are_einval, 1);
	add(test_a_bad_range_is_einval, 2);
	add(test_only_files_with_pages_are_synced, 1);
	add(test_write_starts_what_it_can_and_waits_for_nothing, 1);
	add(test_the_range_is_of_bytes_and_inclusive, 2);
	add(test_nbytes_0_means_to_the_end, 1);
	add(test_wait_before_waits_only, 1);
	add(test_write_then_wait_after_leaves_redirtied_pages_dirty, 1);
	add(test_wait_before_and_write_leave_the_writes_in_flight, 1);
	add(test_all_three_flags_write_and_wait_for_everything, 1);
	add(test_wb_sync_all_waits_for_a_write_in_flight, 2);
	add(test_fdatawait_range_is_inclusive_and_may_be_empty, 1);
}
