/*
 * Tests of Exercise 16.1, the descriptor allocator over bitmaps: each
 * test starts from an empty table (or one filled by hand) and looks at
 * the numbers handed out and at the three bitmaps and next_fd after.
 * The points table at the end says what each test is worth;
 * `make grade CH=16` runs them.
 */
#include <check.h>
#include <string.h>

#include "fdbits.h"

static struct fdtable t;

static void empty(void)
{
	memset(&t, 0, sizeof(t));
}

static int is_set(const unsigned long *map, unsigned int bit)
{
	return (map[bit / 64] >> (bit % 64)) & 1;
}

static int take(unsigned int start, unsigned int flags)
{
	return fdt_alloc_fd(&t, start, FDT_MAX_FDS, flags);
}

START_TEST(test_the_lowest_free_number_comes_first)
{
	empty();
	ck_assert_int_eq(take(0, 0), 0);
	ck_assert_int_eq(take(0, 0), 1);
	ck_assert_int_eq(take(0, 0), 2);
	ck_assert_int_eq(take(0, 0), 3);
	fdt_put_unused_fd(&t, 1);
	ck_assert_int_eq(take(0, 0), 1);
	ck_assert_int_eq(take(0, 0), 4);
	ck_assert(is_set(t.open_fds, 4) && !is_set(t.open_fds, 5));
}
END_TEST

START_TEST(test_a_start_is_a_floor)
{
	empty();
	ck_assert_int_eq(take(10, 0), 10);
	ck_assert_int_eq(take(10, 0), 11);
	ck_assert_int_eq(take(70, 0), 70);
	ck_assert_int_eq(take(0, 0), 0);
	ck_assert_int_eq(take(9, 0), 9);
	ck_assert_int_eq(take(9, 0), 12);
}
END_TEST

START_TEST(test_the_limit_is_emfile)
{
	int i;

	empty();
	for (i = 0; i < 5; i++)
		ck_assert_int_eq(fdt_alloc_fd(&t, 0, 5, 0), i);
	ck_assert_int_eq(fdt_alloc_fd(&t, 0, 5, 0), -EMFILE);
	ck_assert_int_eq(fdt_alloc_fd(&t, 7, 7, 0), -EMFILE);
	ck_assert(!is_set(t.open_fds, 5) && !is_set(t.open_fds, 7));
	fdt_put_unused_fd(&t, 3);
	ck_assert_int_eq(fdt_alloc_fd(&t, 0, 5, 0), 3);
	for (i = 5; i < FDT_MAX_FDS; i++)
		ck_assert_int_eq(take(0, 0), i);
	ck_assert_int_eq(take(0, 0), -EMFILE);
}
END_TEST

START_TEST(test_o_cloexec_is_recorded_and_cleared)
{
	empty();
	ck_assert_int_eq(take(0, O_CLOEXEC), 0);
	ck_assert_int_eq(take(0, O_RDWR), 1);
	ck_assert_int_eq(take(100, O_CLOEXEC | O_RDONLY), 100);
	ck_assert(is_set(t.close_on_exec, 0));
	ck_assert(!is_set(t.close_on_exec, 1));
	ck_assert(is_set(t.close_on_exec, 100));
	fdt_put_unused_fd(&t, 0);
	ck_assert_int_eq(take(0, 0), 0);
	ck_assert_msg(!is_set(t.close_on_exec, 0),
		      "a number taken again without O_CLOEXEC keeps the mark");
	fdt_put_unused_fd(&t, 1);
	ck_assert_int_eq(take(0, O_CLOEXEC), 1);
	ck_assert(is_set(t.close_on_exec, 1));
}
END_TEST

START_TEST(test_next_fd_is_kept_as_linux_keeps_it)
{
	empty();
	take(0, 0);
	take(0, 0);
	take(0, 0);
	take(0, 0);
	ck_assert_uint_eq(t.next_fd, 4);
	ck_assert_int_eq(take(10, 0), 10);
	ck_assert_msg(t.next_fd == 4, "a start above next_fd moved it");
	ck_assert_int_eq(take(4, 0), 4);
	ck_assert_uint_eq(t.next_fd, 5);
	fdt_put_unused_fd(&t, 2);
	ck_assert_uint_eq(t.next_fd, 2);
	fdt_put_unused_fd(&t, 3);
	ck_assert_uint_eq(t.next_fd, 2);
	ck_assert_int_eq(take(0, 0), 2);
	ck_assert_uint_eq(t.next_fd, 3);
	fdt_put_unused_fd(&t, 10);
	ck_assert_uint_eq(t.next_fd, 3);
}
END_TEST

START_TEST(test_the_search_starts_at_next_fd)
{
	empty();
	/* Bits below next_fd that look free are not looked at. */
	t.next_fd = 8;
	ck_assert_int_eq(take(0, 0), 8);
	ck_assert_uint_eq(t.next_fd, 9);
	ck_assert_int_eq(take(3, 0), 9);
	ck_assert_uint_eq(t.next_fd, 10);
}
END_TEST

START_TEST(test_a_full_word_is_marked_and_unmarked)
{
	int i;

	empty();
	for (i = 0; i < 63; i++)
		take(0, 0);
	ck_assert(!is_set(t.full_fds_bits, 0));
	ck_assert_int_eq(take(0, 0), 63);
	ck_assert_msg(is_set(t.full_fds_bits, 0),
		      "open_fds[0] is full but full_fds_bits says not");
	ck_assert(!is_set(t.full_fds_bits, 1));
	ck_assert_int_eq(take(200, 0), 200);
	ck_assert(!is_set(t.full_fds_bits, 3));
	fdt_put_unused_fd(&t, 40);
	ck_assert(!is_set(t.full_fds_bits, 0));
	ck_assert(!is_set(t.open_fds, 40));
	ck_assert_int_eq(take(0, 0), 40);
	ck_assert(is_set(t.full_fds_bits, 0));
	for (i = 64; i < 200; i++)
		ck_assert_int_eq(take(0, 0), i);
	ck_assert(is_set(t.full_fds_bits, 1) && is_set(t.full_fds_bits, 2));
	ck_assert(!is_set(t.full_fds_bits, 3));
	fdt_put_unused_fd(&t, 130);
	ck_assert(is_set(t.full_fds_bits, 1) && !is_set(t.full_fds_bits, 2));
}
END_TEST

START_TEST(test_find_next_fd_skips_full_words)
{
	empty();
	/* Words 0 and 2 are marked full: the search does not read them. */
	t.full_fds_bits[0] = 0x5;
	t.open_fds[1] = 0xff;
	ck_assert_uint_eq(find_next_fd(&t, 0), 72);
	ck_assert_uint_eq(find_next_fd(&t, 64), 72);
	ck_assert_uint_eq(find_next_fd(&t, 100), 100);
	t.open_fds[1] = ~0UL;
	t.full_fds_bits[0] = 0x7;
	ck_assert_uint_eq(find_next_fd(&t, 5), 192);
	ck_assert_uint_eq(find_next_fd(&t, 190), 192);
	/* Every word full, descriptor 0 marked close-on-exec: none free. */
	t.full_fds_bits[0] = ~0UL;
	memset(t.open_fds, 0xff, sizeof(t.open_fds));
	t.close_on_exec[0] = 1;
	ck_assert_uint_eq(find_next_fd(&t, 0), FDT_MAX_FDS);
	ck_assert_uint_eq(find_next_fd(&t, 1023), FDT_MAX_FDS);
}
END_TEST

START_TEST(test_find_next_fd_within_a_word)
{
	empty();
	t.open_fds[0] = 0x0f;
	t.open_fds[1] = ~0UL & ~(1UL << 9);
	ck_assert_uint_eq(find_next_fd(&t, 0), 4);
	ck_assert_uint_eq(find_next_fd(&t, 2), 4);
	ck_assert_uint_eq(find_next_fd(&t, 6), 6);
	ck_assert_uint_eq(find_next_fd(&t, 63), 63);
	ck_assert_uint_eq(find_next_fd(&t, 64), 73);
	ck_assert_uint_eq(find_next_fd(&t, 74), 128);
	t.open_fds[FDT_LONGS - 1] = ~0UL >> 1;
	ck_assert_uint_eq(find_next_fd(&t, 1000), FDT_MAX_FDS - 1);
	t.open_fds[FDT_LONGS - 1] = ~0UL;
	ck_assert_uint_eq(find_next_fd(&t, 1000), FDT_MAX_FDS);
}
END_TEST

START_TEST(test_a_number_taken_but_not_installed_is_not_given_twice)
{
	empty();
	/* pipe2 takes two numbers before it installs either file. */
	ck_assert_int_eq(take(0, 0), 0);
	ck_assert_int_eq(take(0, 0), 1);
	ck_assert_int_eq(take(20, 0), 20);
	ck_assert_int_eq(take(20, 0), 21);
	fdt_put_unused_fd(&t, 20);
	ck_assert_int_eq(take(20, 0), 20);
	ck_assert_int_eq(take(20, 0), 22);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_the_lowest_free_number_comes_first, 1);
	add(test_a_start_is_a_floor, 1);
	add(test_the_limit_is_emfile, 1);
	add(test_o_cloexec_is_recorded_and_cleared, 2);
	add(test_next_fd_is_kept_as_linux_keeps_it, 2);
	add(test_the_search_starts_at_next_fd, 1);
	add(test_a_full_word_is_marked_and_unmarked, 2);
	add(test_find_next_fd_skips_full_words, 2);
	add(test_find_next_fd_within_a_word, 1);
	add(test_a_number_taken_but_not_installed_is_not_given_twice, 1);
}
