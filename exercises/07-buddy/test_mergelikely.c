/*
 * Tests of Exercise 7.1, buddy_merge_likely() and free_one_block(), with
 * made-up sets of free blocks. The points table at the end says what
 * each test is worth; `make grade CH=7` runs them.
 */
#include <check.h>
#include "mergelikely.h"

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

static void use_set(const unsigned long (*set)[2], int n)
{
	blocks = set;
	nr_blocks = n;
}

static bool all_free(unsigned long pfn, unsigned int order)
{
	(void)pfn;
	(void)order;
	return true;
}

/* Every block is free except those of order 9. */
static bool all_but_order_9(unsigned long pfn, unsigned int order)
{
	(void)pfn;
	return order != 9;
}

START_TEST(test_a_free_higher_buddy_means_the_tail)
{
	/* 6 (order 1) and 4 make 4 (order 2), whose buddy is 0. */
	static const unsigned long below[][2] = { { 0, 2 } };
	/* 0 (order 0) and 1 make 0 (order 1), whose buddy is 2. */
	static const unsigned long above[][2] = { { 2, 1 } };

	use_set(below, 1);
	ck_assert(buddy_merge_likely(6, 4, 1, in_set));
	ck_assert(buddy_merge_likely(4, 6, 1, in_set));
	use_set(above, 1);
	ck_assert(buddy_merge_likely(0, 1, 0, in_set));
	ck_assert(buddy_merge_likely(1, 0, 0, in_set));
}
END_TEST

START_TEST(test_the_higher_buddy_must_be_free_at_order_plus_one)
{
	/* Around 6 (order 1): its buddy, and 0 at every order but 2, 2 at 2. */
	static const unsigned long near[][2] = {
		{ 4, 1 }, { 0, 0 }, { 0, 1 }, { 0, 3 }, { 2, 1 }, { 8, 2 },
		{ 8, 3 }, { 4, 2 }, { 2, 2 },
	};

	use_set(near, 9);
	ck_assert(!buddy_merge_likely(6, 4, 1, in_set));
	nr_blocks = 0;
	ck_assert(!buddy_merge_likely(0x200, 0x201, 0, in_set));
}
END_TEST

START_TEST(test_never_the_tail_at_the_two_highest_orders)
{
	ck_assert(buddy_merge_likely(0x1000, 0x1100, 8, all_free));
	ck_assert(!buddy_merge_likely(0x1000, 0x1200, 9, all_free));
	ck_assert(!buddy_merge_likely(0x1000, 0x1400, 10, all_free));
}
END_TEST

START_TEST(test_a_merged_block_goes_to_the_tail)
{
	/* 6 merges with 4; 4 (order 2) stops, but 0's buddy 8 is free. */
	static const unsigned long set[][2] = { { 4, 1 }, { 8, 3 } };
	unsigned long pfn = 6;
	bool to_tail = false;

	use_set(set, 2);
	ck_assert_uint_eq(free_one_block(&pfn, 1, in_set, &to_tail), 2);
	ck_assert_uint_eq(pfn, 4);
	ck_assert(to_tail);
}
END_TEST

START_TEST(test_without_a_likely_merge_the_head)
{
	/* 8 is free, but only as an order-2 block: no order-3 buddy. */
	static const unsigned long set[][2] = { { 4, 1 }, { 8, 2 } };
	unsigned long pfn = 6;
	bool to_tail = true;

	use_set(set, 2);
	ck_assert_uint_eq(free_one_block(&pfn, 1, in_set, &to_tail), 2);
	ck_assert_uint_eq(pfn, 4);
	ck_assert(!to_tail);
}
END_TEST

START_TEST(test_a_block_of_the_top_orders_goes_to_the_head)
{
	unsigned long pfn = 0x12345;
	bool to_tail = true;

	ck_assert_uint_eq(free_one_block(&pfn, 0, all_free, &to_tail),
			  EX_MAX_ORDER - 1);
	ck_assert_uint_eq(pfn, 0x12345UL & ~0x3ffUL);
	ck_assert(!to_tail);

	/* Stopped at order 9 with a free order-10 buddy: still the head. */
	pfn = 0x12345;
	to_tail = true;
	ck_assert_uint_eq(free_one_block(&pfn, 0, all_but_order_9, &to_tail),
			  9);
	ck_assert_uint_eq(pfn, 0x12345UL & ~0x1ffUL);
	ck_assert(!to_tail);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_free_higher_buddy_means_the_tail, 3);
	add(test_the_higher_buddy_must_be_free_at_order_plus_one, 2);
	add(test_never_the_tail_at_the_two_highest_orders, 2);
	add(test_a_merged_block_goes_to_the_tail, 2);
	add(test_without_a_likely_merge_the_head, 1);
	add(test_a_block_of_the_top_orders_goes_to_the_head, 2);
}
