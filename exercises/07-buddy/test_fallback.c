/*
 * Tests of Exercise 7.3, the choice of a fallback block, on made-up free
 * lists. The points table at the end says what each test is worth;
 * `make grade CH=7` runs them.
 */
#include <check.h>
#include <string.h>
#include "fallback.h"

static ex_free_lists_t lists;

/* Empty every list, then put n blocks of each order on mt's list. */
static void only(int mt, const unsigned int *orders, int n)
{
	int i;

	memset(lists, 0, sizeof(lists));
	for (i = 0; i < n; i++)
		lists[orders[i]][mt]++;
}

/* The pick of a request; it must find one. */
static struct fallback_pick pick_of(unsigned int order, int mt,
				    bool nofragment)
{
	struct fallback_pick pick = { 99, -7, false };

	ck_assert_msg(rmqueue_fallback(lists, order, mt, nofragment, &pick),
		      "no fallback found");
	return pick;
}

static void expect_pick(unsigned int order, int mt, bool nofragment,
			unsigned int want_order, int want_mt, bool want_steal)
{
	struct fallback_pick pick = pick_of(order, mt, nofragment);

	ck_assert_uint_eq(pick.order, want_order);
	ck_assert_int_eq(pick.migratetype, want_mt);
	ck_assert_int_eq(pick.can_steal, want_steal);
}

START_TEST(test_find_suitable_fallback_follows_the_table)
{
	unsigned long area[EX_MIGRATE_TYPES] = { 1, 0, 1 };
	bool steal = true;

	ck_assert_int_eq(find_suitable_fallback(area, 2, EX_MOVABLE, false,
						&steal), EX_RECLAIMABLE);
	ck_assert(!steal);
	ck_assert_int_eq(find_suitable_fallback(area, 4, EX_MOVABLE, false,
						&steal), EX_RECLAIMABLE);
	ck_assert(steal);
	ck_assert_int_eq(find_suitable_fallback(area, 0, EX_UNMOVABLE, false,
						&steal), EX_RECLAIMABLE);
	ck_assert(steal);
	area[EX_UNMOVABLE] = 0;
	area[EX_MOVABLE] = 2;
	ck_assert_int_eq(find_suitable_fallback(area, 0, EX_RECLAIMABLE,
						false, &steal), EX_MOVABLE);
	area[EX_MOVABLE] = 0;
	area[EX_RECLAIMABLE] = 0;
	area[EX_HIGHATOMIC] = 1;
	steal = true;
	ck_assert_int_eq(find_suitable_fallback(area, 0, EX_MOVABLE, false,
						&steal), -1);
	ck_assert(!steal);
}
END_TEST

START_TEST(test_an_empty_order_leaves_can_steal_alone)
{
	unsigned long area[EX_MIGRATE_TYPES] = { 0 };
	bool steal = true;

	ck_assert_int_eq(find_suitable_fallback(area, 5, EX_MOVABLE, false,
						&steal), -1);
	ck_assert(steal);
}
END_TEST

START_TEST(test_find_suitable_fallback_only_stealable)
{
	unsigned long area[EX_MIGRATE_TYPES] = { 1, 0, 1 };
	bool steal = true;

	ck_assert_int_eq(find_suitable_fallback(area, 3, EX_MOVABLE, true,
						&steal), -1);
	ck_assert(!steal);
	ck_assert_int_eq(find_suitable_fallback(area, 5, EX_MOVABLE, true,
						&steal), EX_RECLAIMABLE);
	ck_assert(steal);
	ck_assert_int_eq(find_suitable_fallback(area, 0, EX_RECLAIMABLE,
						true, &steal), EX_UNMOVABLE);
	ck_assert(steal);
}
END_TEST

START_TEST(test_unmovable_takes_the_largest)
{
	static const unsigned int orders[] = { 1, 3, 10 };

	only(EX_MOVABLE, orders, 3);
	expect_pick(0, EX_UNMOVABLE, false, 10, EX_MOVABLE, true);
	expect_pick(2, EX_RECLAIMABLE, false, 10, EX_MOVABLE, true);
	only(EX_MOVABLE, orders, 2);
	expect_pick(0, EX_UNMOVABLE, false, 3, EX_MOVABLE, true);
}
END_TEST

START_TEST(test_movable_takes_the_largest_when_it_may_steal)
{
	static const unsigned int orders[] = { 1, 6 };

	only(EX_UNMOVABLE, orders, 2);
	expect_pick(0, EX_MOVABLE, false, 6, EX_UNMOVABLE, true);
	lists[4][EX_RECLAIMABLE] = 1;
	lists[6][EX_UNMOVABLE] = 0;
	expect_pick(0, EX_MOVABLE, false, 4, EX_RECLAIMABLE, true);
}
END_TEST

START_TEST(test_movable_takes_the_smallest_it_cannot_steal)
{
	static const unsigned int orders[] = { 0, 2, 3 };

	only(EX_UNMOVABLE, orders, 3);
	lists[3][EX_RECLAIMABLE] = 2;
	expect_pick(1, EX_MOVABLE, false, 2, EX_UNMOVABLE, false);
	expect_pick(0, EX_MOVABLE, false, 0, EX_UNMOVABLE, false);
	lists[0][EX_UNMOVABLE] = 0;
	expect_pick(0, EX_MOVABLE, false, 2, EX_UNMOVABLE, false);
}
END_TEST

START_TEST(test_the_smallest_keeps_the_table_order)
{
	static const unsigned int orders[] = { 1, 2 };

	only(EX_RECLAIMABLE, orders, 2);
	lists[1][EX_UNMOVABLE] = 1;
	expect_pick(0, EX_MOVABLE, false, 1, EX_RECLAIMABLE, false);
	lists[1][EX_RECLAIMABLE] = 0;
	expect_pick(0, EX_MOVABLE, false, 1, EX_UNMOVABLE, false);
}
END_TEST

START_TEST(test_a_block_of_the_requested_order_is_taken_as_it_is)
{
	static const unsigned int orders[] = { 2, 2 };

	only(EX_UNMOVABLE, orders, 2);
	expect_pick(2, EX_MOVABLE, false, 2, EX_UNMOVABLE, false);
}
END_TEST

START_TEST(test_nofragment_takes_no_block_below_a_pageblock)
{
	static const unsigned int orders[] = { 3, 8 };
	struct fallback_pick pick;

	only(EX_UNMOVABLE, orders, 2);
	ck_assert(!rmqueue_fallback(lists, 0, EX_MOVABLE, true, &pick));
	ck_assert(!rmqueue_fallback(lists, 0, EX_RECLAIMABLE, true, &pick));
	expect_pick(0, EX_MOVABLE, false, 8, EX_UNMOVABLE, true);
	lists[8][EX_UNMOVABLE] = 0;
	expect_pick(0, EX_MOVABLE, false, 3, EX_UNMOVABLE, false);
	ck_assert(!rmqueue_fallback(lists, 0, EX_MOVABLE, true, &pick));
	lists[9][EX_UNMOVABLE] = 1;
	expect_pick(0, EX_MOVABLE, true, 9, EX_UNMOVABLE, true);
	/* A request of a pageblock or more is not held back, nor helped. */
	ck_assert(!rmqueue_fallback(lists, 10, EX_MOVABLE, true, &pick));
	only(EX_UNMOVABLE, orders, 0);
	lists[10][EX_MOVABLE] = 1;
	expect_pick(10, EX_UNMOVABLE, true, 10, EX_MOVABLE, true);
}
END_TEST

START_TEST(test_no_fallback_no_pick)
{
	static const unsigned int orders[] = { 0, 5, 10 };
	struct fallback_pick pick;

	only(EX_MOVABLE, orders, 3);
	ck_assert(!rmqueue_fallback(lists, 0, EX_MOVABLE, false, &pick));
	ck_assert(!rmqueue_fallback(lists, 0, EX_HIGHATOMIC, false, &pick));
	lists[1][EX_UNMOVABLE] = 1;
	ck_assert(!rmqueue_fallback(lists, 2, EX_MOVABLE, false, &pick));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_find_suitable_fallback_follows_the_table, 2);
	add(test_an_empty_order_leaves_can_steal_alone, 1);
	add(test_find_suitable_fallback_only_stealable, 2);
	add(test_unmovable_takes_the_largest, 1);
	add(test_movable_takes_the_largest_when_it_may_steal, 1);
	add(test_movable_takes_the_smallest_it_cannot_steal, 3);
	add(test_the_smallest_keeps_the_table_order, 1);
	add(test_a_block_of_the_requested_order_is_taken_as_it_is, 1);
	add(test_nofragment_takes_no_block_below_a_pageblock, 2);
	add(test_no_fallback_no_pick, 1);
}
