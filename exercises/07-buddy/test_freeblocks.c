/*
 * Tests of Exercise 7.1, free_range_blocks(), on ranges of frames. The
 * points table at the end says what each test is worth; `make grade
 * CH=7` runs them.
 */
#include <check.h>
#include "freeblocks.h"

static unsigned long pfns[64];
static unsigned int orders[64];

START_TEST(test_an_aligned_range_is_one_block)
{
	ck_assert_int_eq(free_range_blocks(2048, 3072, pfns, orders, 64), 1);
	ck_assert_uint_eq(pfns[0], 2048);
	ck_assert_uint_eq(orders[0], 10);
}
END_TEST

START_TEST(test_no_block_is_larger_than_max_order)
{
	ck_assert_int_eq(free_range_blocks(0x100000, 0x100000 + 4096, pfns,
					   orders, 64), 4);
	ck_assert_uint_eq(orders[3], 10);
	ck_assert_uint_eq(pfns[3], 0x100000 + 3072);
}
END_TEST

START_TEST(test_an_unaligned_range_grows_then_shrinks)
{
	/* 0x9f alone, then 0xa0-0xbf (32 frames), then 0xc0-0xff (64). */
	static const unsigned long p[] = { 0x9f, 0xa0, 0xc0 };
	static const unsigned int o[] = { 0, 5, 6 };
	int i;

	ck_assert_int_eq(free_range_blocks(0x9f, 0x100, pfns, orders, 64), 3);
	for (i = 0; i < 3; i++) {
		ck_assert_uint_eq(pfns[i], p[i]);
		ck_assert_uint_eq(orders[i], o[i]);
	}
}
END_TEST

START_TEST(test_too_many_blocks_and_empty_ranges)
{
	ck_assert_int_eq(free_range_blocks(1, 8, pfns, orders, 2), -1);
	ck_assert_int_eq(free_range_blocks(5, 5, pfns, orders, 64), 0);
	ck_assert_int_eq(free_range_blocks(1, 8, pfns, orders, 64), 3);
	ck_assert_uint_eq(orders[2], 2);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_an_aligned_range_is_one_block, 2);
	add(test_no_block_is_larger_than_max_order, 2);
	add(test_an_unaligned_range_grows_then_shrinks, 2);
	add(test_too_many_blocks_and_empty_ranges, 2);
}
