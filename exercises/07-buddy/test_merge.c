/*
 * Tests of Exercise 7.3, buddy_merge(), with made-up sets of free
 * blocks. The points table at the end says what each test is worth;
 * `make grade CH=7` runs them.
 */
#include <check.h>
#include "merge.h"

/* The free blocks of the test: (pfn, order) pairs. */
static const unsigned long (*blocks)[2];
static int nr_blocks;

static bool in_set(unsigned long pfn, unsigned int order)
{
	int i;

	for (i = 0; i < nr_blocks; i++)
		if (blocks[i][0] == pfn && blocks[i][1] == order)
			return true;
	return false;
}

static bool all_free(unsigned long pfn, unsigned int order)
{
	(void)pfn;
	(void)order;
	return true;
}

START_TEST(test_a_lone_block_stays)
{
	unsigned long pfn = 6;

	nr_blocks = 0;
	ck_assert_uint_eq(buddy_merge(&pfn, 1, in_set), 1);
	ck_assert_uint_eq(pfn, 6);
}
END_TEST

START_TEST(test_the_buddy_below_merges_down)
{
	static const unsigned long free_set[][2] = { { 4, 1 }, { 0, 2 } };
	unsigned long pfn = 6;

	blocks = free_set;
	nr_blocks = 2;
	ck_assert_uint_eq(buddy_merge(&pfn, 1, in_set), 3);
	ck_assert_uint_eq(pfn, 0);
}
END_TEST

START_TEST(test_a_buddy_of_another_order_does_not_merge)
{
	static const unsigned long free_set[][2] = { { 8, 1 }, { 12, 1 } };
	unsigned long pfn = 14;

	blocks = free_set;
	nr_blocks = 2;
	ck_assert_uint_eq(buddy_merge(&pfn, 1, in_set), 2);
	ck_assert_uint_eq(pfn, 12);
}
END_TEST

START_TEST(test_merging_stops_at_the_largest_order)
{
	unsigned long pfn = 0x12345;

	ck_assert_uint_eq(buddy_merge(&pfn, 0, all_free), EX_MAX_ORDER - 1);
	ck_assert_uint_eq(pfn, 0x12345UL & ~0x3ffUL);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_lone_block_stays, 1);
	add(test_the_buddy_below_merges_down, 3);
	add(test_a_buddy_of_another_order_does_not_merge, 2);
	add(test_merging_stops_at_the_largest_order, 2);
}
