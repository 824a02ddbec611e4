/*
 * Tests of Exercise 8.2, ex_watermark_ok() and ex_watermark_ok_old(),
 * on zones described by their free blocks. The points table at the end
 * says what each test is worth; `make grade CH=8` runs them.
 */
#include <check.h>
#include <string.h>
#include "wmarkcheck.h"

static struct ex_zone zone;

static struct ex_zone *movable(unsigned long order0, unsigned int o,
			       unsigned long blocks)
{
	memset(&zone, 0, sizeof(zone));
	zone.nr_free[0][1] = order0;
	zone.nr_free[o][1] += blocks;
	return &zone;
}

START_TEST(test_order_0_and_the_reserve)
{
	struct ex_zone *z = movable(1000, 0, 0);

	ck_assert_int_eq(ex_free_pages(z), 1000);
	ck_assert(ex_watermark_ok(z, 0, 999, 0, 0));
	ck_assert(!ex_watermark_ok(z, 0, 1000, 0, 0));
	z->lowmem_reserve[2] = 100;
	ck_assert(ex_watermark_ok(z, 0, 899, 2, 0));
	ck_assert(!ex_watermark_ok(z, 0, 900, 2, 0));
	ck_assert(ex_watermark_ok_old(z, 0, 899, 2, 0));
	ck_assert(!ex_watermark_ok_old(z, 0, 900, 2, 0));
}
END_TEST

START_TEST(test_privileges_lower_the_mark)
{
	struct ex_zone *z = movable(1000, 0, 0);

	ck_assert(ex_watermark_ok(z, 0, 1998, 0, EX_ALLOC_HIGH));
	ck_assert(!ex_watermark_ok(z, 0, 1999, 0, EX_ALLOC_HIGH));
	ck_assert(ex_watermark_ok(z, 0, 2664, 0,
				  EX_ALLOC_HIGH | EX_ALLOC_HARDER));
	ck_assert(!ex_watermark_ok(z, 0, 2665, 0,
				   EX_ALLOC_HIGH | EX_ALLOC_HARDER));
	ck_assert(ex_watermark_ok(z, 0, 3996, 0,
				  EX_ALLOC_HIGH | EX_ALLOC_OOM));
	ck_assert(ex_watermark_ok_old(z, 0, 2664, 0,
				      EX_ALLOC_HIGH | EX_ALLOC_HARDER));
}
END_TEST

START_TEST(test_highatomic_pages)
{
	struct ex_zone *z = movable(1000, 0, 0);

	z->nr_reserved_highatomic = 512;
	ck_assert(!ex_watermark_ok(z, 0, 500, 0, 0));
	ck_assert(ex_watermark_ok(z, 0, 500, 0, EX_ALLOC_HARDER));
	memset(z, 0, sizeof(*z));
	z->nr_free[4][EX_MIGRATE_HIGHATOMIC] = 100;
	ck_assert(!ex_watermark_ok(z, 4, 10, 0, 0));
	ck_assert(ex_watermark_ok(z, 4, 10, 0, EX_ALLOC_HARDER));
}
END_TEST

START_TEST(test_one_block_is_enough_now)
{
	struct ex_zone *z = movable(1000, 3, 1);

	ck_assert(ex_watermark_ok(z, 3, 100, 0, 0));
	ck_assert(!ex_watermark_ok(z, 4, 100, 0, 0));
	ck_assert(!ex_watermark_ok_old(z, 3, 100, 0, 0));
	z = movable(1000, 0, 0);
	ck_assert(!ex_watermark_ok(z, 1, 100, 0, 0));
	ck_assert(!ex_watermark_ok_old(z, 1, 100, 0, 0));
}
END_TEST

START_TEST(test_the_old_loop_wants_shares)
{
	struct ex_zone *z = movable(2000, 3, 40);

	ck_assert(ex_watermark_ok_old(z, 3, 500, 0, 0));
	ck_assert(!ex_watermark_ok_old(z, 3, 1000, 0, 0));
	ck_assert(ex_watermark_ok(z, 3, 1000, 0, 0));
	z = movable(0, 2, 100);
	ck_assert(ex_watermark_ok_old(z, 2, 300, 0, 0));
	ck_assert(!ex_watermark_ok_old(z, 2, 397, 0, 0));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_order_0_and_the_reserve, 2);
	add(test_privileges_lower_the_mark, 2);
	add(test_highatomic_pages, 2);
	add(test_one_block_is_enough_now, 2);
	add(test_the_old_loop_wants_shares, 2);
}
