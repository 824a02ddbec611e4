/*
 * Tests of Exercise 10.1, shrink_partial(): which slabs are discarded
 * and the order of the partial list after. `make grade CH=10` runs them.
 */
#include <check.h>
#include "shrink.h"

#define MAX_SLABS	16

static struct ex_slab slabs[MAX_SLABS];
static struct ex_list partial, discard;

/* A partial list of n slabs: objects[i] objects, inuse[i] in use, id i. */
static void make_list(int n, const unsigned int *objects,
		      const unsigned int *inuse)
{
	int i;

	ex_list_init(&partial);
	ex_list_init(&discard);
	for (i = 0; i < n; i++) {
		slabs[i].objects = objects[i];
		slabs[i].inuse = inuse[i];
		slabs[i].id = i;
		ex_list_add_tail(&slabs[i].slab_list, &partial);
	}
}

/* The ids of a list, in order, and their count. */
static int ids(const struct ex_list *head, int *out)
{
	const struct ex_list *p;
	int n = 0;

	for (p = head->next; p != head && n <= MAX_SLABS; p = p->next)
		out[n++] = ex_slab_of(p)->id;
	return n;
}

static void expect_order(const int *want, int n)
{
	int got[MAX_SLABS + 1], i;

	ck_assert_int_eq(ids(&partial, got), n);
	for (i = 0; i < n; i++)
		ck_assert_msg(got[i] == want[i], "place %d: slab %d, not %d",
			      i, got[i], want[i]);
}

START_TEST(test_empty_slabs_are_discarded)
{
	static const unsigned int objects[] = { 16, 16, 16 };
	static const unsigned int inuse[] = { 0, 3, 0 };
	int got[MAX_SLABS + 1];

	make_list(3, objects, inuse);
	ck_assert_int_eq(shrink_partial(&partial, &discard), 2);
	ck_assert_int_eq(ids(&discard, got), 2);
	ck_assert_int_eq(ids(&partial, got), 1);
	ck_assert_int_eq(got[0], 1);
}
END_TEST

START_TEST(test_partial_list_is_fullest_first)
{
	static const unsigned int objects[] = { 16, 16, 16 };
	static const unsigned int inuse[] = { 2, 15, 8 };
	static const int want[] = { 1, 2, 0 };

	make_list(3, objects, inuse);
	shrink_partial(&partial, &discard);
	expect_order(want, 3);
}
END_TEST

START_TEST(test_equal_free_counts_come_last_met_first)
{
	static const unsigned int objects[] = { 16, 16, 16, 16 };
	static const unsigned int inuse[] = { 10, 10, 12, 10 };
	static const int want[] = { 2, 3, 1, 0 };

	make_list(4, objects, inuse);
	shrink_partial(&partial, &discard);
	expect_order(want, 4);
}
END_TEST

START_TEST(test_more_than_32_free_stay_behind_in_their_order)
{
	static const unsigned int objects[] = { 64, 64, 64, 64, 64 };
	static const unsigned int inuse[] = { 1, 60, 2, 40, 32 };
	static const int want[] = { 1, 3, 4, 0, 2 };

	make_list(5, objects, inuse);
	shrink_partial(&partial, &discard);
	expect_order(want, 5);
}
END_TEST

START_TEST(test_every_slab_is_kept_or_discarded_once)
{
	static const unsigned int objects[] = { 8, 8, 8, 8, 8, 8, 8, 8, 8, 8 };
	static const unsigned int inuse[] = { 7, 0, 3, 7, 1, 0, 5, 2, 6, 4 };
	int kept[MAX_SLABS + 1], gone[MAX_SLABS + 1], seen[10] = { 0 };
	int nk, ng, i;

	make_list(10, objects, inuse);
	shrink_partial(&partial, &discard);
	nk = ids(&partial, kept);
	ng = ids(&discard, gone);
	ck_assert_int_eq(nk + ng, 10);
	for (i = 0; i < nk; i++)
		seen[kept[i]]++;
	for (i = 0; i < ng; i++)
		seen[gone[i]]++;
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(seen[i], 1);
}
END_TEST

void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_empty_slabs_are_discarded, 1);
	add(test_partial_list_is_fullest_first, 2);
	add(test_equal_free_counts_come_last_met_first, 2);
	add(test_more_than_32_free_stay_behind_in_their_order, 2);
	add(test_every_slab_is_kept_or_discarded_once, 1);
}
