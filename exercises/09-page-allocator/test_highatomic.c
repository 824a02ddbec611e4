/*
 * Tests of Exercise 9.1, reserve_highatomic_pageblock() and
 * unreserve_highatomic_pageblock(), on made-up zones. The points table
 * at the end says what each test is worth; `make grade CH=9` runs them.
 */
#include <check.h>
#include "highatomic.h"

#define START	0x1000UL
#define BLOCK(n)	(START + (n) * pageblock_nr_pages)

/*
 * A zone of 200 MiB (51200 managed pages, so a limit of 512 + 512
 * pages) whose eight modelled pageblocks from 0x1000 are Movable.
 */
static void init_zone(struct ex_zone *z)
{
	int i;

	*z = (struct ex_zone){ .zone_start_pfn = START,
			       .managed_pages = 51200 };
	for (i = 0; i < EX_NR_BLOCKS; i++)
		z->pageblock_type[i] = MIGRATE_MOVABLE;
}

static void add_free(struct ex_zone *z, unsigned long pfn,
		     unsigned int order, int mt)
{
	z->free[z->nr_free++] = (struct ex_free_block){ pfn, order, mt };
}

/* The list that the free block at pfn is on. */
static int list_of(const struct ex_zone *z, unsigned long pfn)
{
	int i;

	for (i = 0; i < z->nr_free; i++)
		if (z->free[i].pfn == pfn)
			return z->free[i].migratetype;
	return -1;
}

START_TEST(test_a_reserve_takes_the_whole_pageblock)
{
	struct ex_zone z;

	init_zone(&z);
	add_free(&z, BLOCK(1) + 0x100, 8, MIGRATE_MOVABLE);
	add_free(&z, BLOCK(1) + 0x8, 3, MIGRATE_MOVABLE);
	add_free(&z, BLOCK(2), 9, MIGRATE_MOVABLE);
	reserve_highatomic_pageblock(BLOCK(1) + 0x10, &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 512);
	ck_assert_int_eq(z.pageblock_type[1], MIGRATE_HIGHATOMIC);
	ck_assert_int_eq(list_of(&z, BLOCK(1) + 0x100), MIGRATE_HIGHATOMIC);
	ck_assert_int_eq(list_of(&z, BLOCK(1) + 0x8), MIGRATE_HIGHATOMIC);
	/* The next pageblock stays as it was. */
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_MOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(2)), MIGRATE_MOVABLE);
}
END_TEST

START_TEST(test_the_reserve_stops_at_a_hundredth_plus_a_pageblock)
{
	struct ex_zone z;

	/* 51200 pages: the limit is 1024, two pageblocks. */
	init_zone(&z);
	reserve_highatomic_pageblock(BLOCK(0), &z);
	reserve_highatomic_pageblock(BLOCK(3), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	reserve_highatomic_pageblock(BLOCK(5), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(z.pageblock_type[5], MIGRATE_MOVABLE);

	/* 51300 pages: the limit is 1025, so a third one fits. */
	init_zone(&z);
	z.managed_pages = 51300;
	reserve_highatomic_pageblock(BLOCK(0), &z);
	reserve_highatomic_pageblock(BLOCK(3), &z);
	reserve_highatomic_pageblock(BLOCK(5), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1536);
	ck_assert_int_eq(z.pageblock_type[5], MIGRATE_HIGHATOMIC);
	reserve_highatomic_pageblock(BLOCK(6), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1536);

	/* 1000 pages: the limit is 522; the first one fits, not a third. */
	init_zone(&z);
	z.managed_pages = 1000;
	reserve_highatomic_pageblock(BLOCK(0), &z);
	reserve_highatomic_pageblock(BLOCK(1), &z);
	reserve_highatomic_pageblock(BLOCK(2), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_MOVABLE);
}
END_TEST

START_TEST(test_only_ordinary_pageblocks_are_reserved)
{
	struct ex_zone z;

	init_zone(&z);
	z.managed_pages = 512000;
	z.pageblock_type[0] = MIGRATE_UNMOVABLE;
	z.pageblock_type[1] = MIGRATE_RECLAIMABLE;
	z.pageblock_type[2] = MIGRATE_ISOLATE;
	add_free(&z, BLOCK(2) + 0x40, 6, MIGRATE_ISOLATE);
	reserve_highatomic_pageblock(BLOCK(0), &z);
	reserve_highatomic_pageblock(BLOCK(1), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(z.pageblock_type[1], MIGRATE_HIGHATOMIC);
	/* An isolated pageblock, and one reserved already, stay as they are. */
	reserve_highatomic_pageblock(BLOCK(2), &z);
	reserve_highatomic_pageblock(BLOCK(1), &z);
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_ISOLATE);
	ck_assert_int_eq(list_of(&z, BLOCK(2) + 0x40), MIGRATE_ISOLATE);
}
END_TEST

/* A zone with two HighAtomic pageblocks, 1 and 2, each with free blocks. */
static void init_reserved(struct ex_zone *z)
{
	init_zone(z);
	z->nr_reserved_highatomic = 1024;
	z->pageblock_type[1] = MIGRATE_HIGHATOMIC;
	z->pageblock_type[2] = MIGRATE_HIGHATOMIC;
	add_free(z, BLOCK(2) + 0x80, 3, MIGRATE_HIGHATOMIC);
	add_free(z, BLOCK(2) + 0x40, 6, MIGRATE_HIGHATOMIC);
	add_free(z, BLOCK(1) + 0x20, 1, MIGRATE_HIGHATOMIC);
	add_free(z, BLOCK(1) + 0x100, 4, MIGRATE_HIGHATOMIC);
}

START_TEST(test_unreserve_gives_back_the_lowest_order_block_first)
{
	struct ex_zone z;
	struct ex_zone *zonelist[] = { &z };

	init_reserved(&z);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_UNMOVABLE, false));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 512);
	ck_assert_int_eq(z.pageblock_type[1], MIGRATE_UNMOVABLE);
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_HIGHATOMIC);
	/* Every free block of the pageblock changes lists. */
	ck_assert_int_eq(list_of(&z, BLOCK(1) + 0x20), MIGRATE_UNMOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(1) + 0x100), MIGRATE_UNMOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(2) + 0x80), MIGRATE_HIGHATOMIC);
	ck_assert_int_eq(list_of(&z, BLOCK(2) + 0x40), MIGRATE_HIGHATOMIC);
}
END_TEST

START_TEST(test_unreserve_looks_at_every_order)
{
	struct ex_zone z;
	struct ex_zone *zonelist[] = { &z };

	/* A single free page. */
	init_zone(&z);
	z.nr_reserved_highatomic = 1024;
	z.pageblock_type[6] = MIGRATE_HIGHATOMIC;
	z.pageblock_type[7] = MIGRATE_HIGHATOMIC;
	add_free(&z, BLOCK(7) + 0x1ff, 0, MIGRATE_HIGHATOMIC);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_MOVABLE, false));
	ck_assert_int_eq(z.pageblock_type[7], MIGRATE_MOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(7) + 0x1ff), MIGRATE_MOVABLE);

	/* A free block of order 10, over two pageblocks. */
	init_zone(&z);
	z.nr_reserved_highatomic = 1024;
	z.pageblock_type[6] = MIGRATE_HIGHATOMIC;
	z.pageblock_type[7] = MIGRATE_HIGHATOMIC;
	add_free(&z, BLOCK(6), 10, MIGRATE_HIGHATOMIC);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_MOVABLE, false));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 512);
	ck_assert_int_eq(z.pageblock_type[6], MIGRATE_MOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(6)), MIGRATE_MOVABLE);
}
END_TEST

START_TEST(test_the_last_pageblock_goes_only_when_forced)
{
	struct ex_zone z;
	struct ex_zone *zonelist[] = { &z };

	init_reserved(&z);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_MOVABLE, false));
	ck_assert(!unreserve_highatomic_pageblock(zonelist, 1,
						  MIGRATE_MOVABLE, false));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 512);
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_HIGHATOMIC);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_MOVABLE, true));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 0);
	ck_assert_int_eq(z.pageblock_type[2], MIGRATE_MOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(2) + 0x80), MIGRATE_MOVABLE);
	ck_assert(!unreserve_highatomic_pageblock(zonelist, 1,
						  MIGRATE_MOVABLE, true));
}
END_TEST

START_TEST(test_unreserve_walks_the_zonelist)
{
	struct ex_zone a, b, c;
	struct ex_zone *zonelist[] = { &a, &b, &c };

	/* a keeps its last pageblock; b has reserved pages but none free. */
	init_zone(&a);
	a.nr_reserved_highatomic = 512;
	a.pageblock_type[4] = MIGRATE_HIGHATOMIC;
	add_free(&a, BLOCK(4), 2, MIGRATE_HIGHATOMIC);
	init_zone(&b);
	b.nr_reserved_highatomic = 1024;
	b.pageblock_type[0] = MIGRATE_HIGHATOMIC;
	b.pageblock_type[1] = MIGRATE_HIGHATOMIC;
	add_free(&b, BLOCK(3), 0, MIGRATE_MOVABLE);
	init_reserved(&c);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 3,
						 MIGRATE_RECLAIMABLE, false));
	ck_assert_uint_eq(a.nr_reserved_highatomic, 512);
	ck_assert_int_eq(a.pageblock_type[4], MIGRATE_HIGHATOMIC);
	ck_assert_uint_eq(b.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(b.pageblock_type[0], MIGRATE_HIGHATOMIC);
	ck_assert_uint_eq(c.nr_reserved_highatomic, 512);
	ck_assert_int_eq(c.pageblock_type[1], MIGRATE_RECLAIMABLE);

	/* Forced, the first zone gives its last pageblock. */
	ck_assert(unreserve_highatomic_pageblock(zonelist, 3,
						 MIGRATE_RECLAIMABLE, true));
	ck_assert_uint_eq(a.nr_reserved_highatomic, 0);
	ck_assert_int_eq(a.pageblock_type[4], MIGRATE_RECLAIMABLE);
	ck_assert_uint_eq(c.nr_reserved_highatomic, 512);
}
END_TEST

START_TEST(test_the_count_drops_only_for_a_highatomic_pageblock)
{
	struct ex_zone z;
	struct ex_zone *zonelist[] = { &z };

	/* A block left on the HighAtomic list of a Movable pageblock. */
	init_zone(&z);
	z.nr_reserved_highatomic = 1024;
	z.pageblock_type[5] = MIGRATE_HIGHATOMIC;
	z.pageblock_type[6] = MIGRATE_HIGHATOMIC;
	add_free(&z, BLOCK(3) + 0x4, 2, MIGRATE_HIGHATOMIC);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_UNMOVABLE, false));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 1024);
	ck_assert_int_eq(z.pageblock_type[3], MIGRATE_UNMOVABLE);
	ck_assert_int_eq(list_of(&z, BLOCK(3) + 0x4), MIGRATE_UNMOVABLE);

	/* A count that went wrong does not go below 0. */
	init_zone(&z);
	z.nr_reserved_highatomic = 100;
	z.pageblock_type[0] = MIGRATE_HIGHATOMIC;
	add_free(&z, BLOCK(0), 4, MIGRATE_HIGHATOMIC);
	ck_assert(unreserve_highatomic_pageblock(zonelist, 1,
						 MIGRATE_MOVABLE, true));
	ck_assert_uint_eq(z.nr_reserved_highatomic, 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_reserve_takes_the_whole_pageblock, 2);
	add(test_the_reserve_stops_at_a_hundredth_plus_a_pageblock, 2);
	add(test_only_ordinary_pageblocks_are_reserved, 2);
	add(test_unreserve_gives_back_the_lowest_order_block_first, 2);
	add(test_unreserve_looks_at_every_order, 1);
	add(test_the_last_pageblock_goes_only_when_forced, 2);
	add(test_unreserve_walks_the_zonelist, 2);
	add(test_the_count_drops_only_for_a_highatomic_pageblock, 2);
}
