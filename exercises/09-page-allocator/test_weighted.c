/*
 * Tests of Exercise 9.2, weighted_interleave_next(): the sequence of
 * nodes a task's pages come from. `make grade CH=9` runs them.
 */
#include <check.h>
#include "weighted.h"

static void expect_sequence(unsigned long nodes, const unsigned char *w,
			    const int *want, int n)
{
	struct wil_task t = { EX_MAX_NODES - 1, 0 };
	int i;

	for (i = 0; i < n; i++)
		ck_assert_int_eq(weighted_interleave_next(&t, nodes, w),
				 want[i]);
}

START_TEST(test_equal_weights_interleave_plainly)
{
	static const unsigned char w[EX_MAX_NODES] = { 1, 1, 1 };
	static const int want[] = { 0, 1, 2, 0, 1, 2 };

	expect_sequence(0x7, w, want, 6);
}
END_TEST

START_TEST(test_weights_repeat_nodes)
{
	static const unsigned char w[EX_MAX_NODES] = { 3, 1 };
	static const int want[] = { 0, 0, 0, 1, 0, 0, 0, 1 };

	expect_sequence(0x3, w, want, 8);
}
END_TEST

START_TEST(test_zero_weight_counts_as_one_and_gaps_are_skipped)
{
	static const unsigned char w[EX_MAX_NODES] = { 0, 9, 2, 0, 0, 0, 0,
						       0 };
	static const int want[] = { 0, 2, 2, 7, 0, 2, 2, 7 };

	expect_sequence(0x85, w, want, 8);
}
END_TEST

START_TEST(test_a_node_leaving_the_set_moves_on_at_once)
{
	static const unsigned char w[EX_MAX_NODES] = { 4, 4, 4 };
	struct wil_task t = { EX_MAX_NODES - 1, 0 };

	ck_assert_int_eq(weighted_interleave_next(&t, 0x7, w), 0);
	ck_assert_int_eq(weighted_interleave_next(&t, 0x6, w), 1);
	ck_assert_int_eq(t.il_weight, 3);
	ck_assert_int_eq(weighted_interleave_next(&t, 0x7, w), 1);
}
END_TEST

START_TEST(test_an_empty_set_gives_no_node)
{
	static const unsigned char w[EX_MAX_NODES] = { 2 };
	struct wil_task t = { 0, 1 };

	ck_assert_int_eq(weighted_interleave_next(&t, 0, w), EX_MAX_NODES);
	ck_assert_int_eq(t.il_prev, 0);
	ck_assert_int_eq(t.il_weight, 1);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_equal_weights_interleave_plainly, 1);
	add(test_weights_repeat_nodes, 2);
	add(test_zero_weight_counts_as_one_and_gaps_are_skipped, 2);
	add(test_a_node_leaving_the_set_moves_on_at_once, 2);
	add(test_an_empty_set_gives_no_node, 1);
}
