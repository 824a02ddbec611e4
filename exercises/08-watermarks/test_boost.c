/*
 * Tests of Exercise 8.1, boost_watermark(), fallback_boost() and
 * zone_watermark_fast(), on made-up zones. The points table at the end
 * says what each test is worth; `make grade CH=8` runs them.
 */
#include <check.h>
#include "boost.h"

/*
 * A zone of 200 MiB with the watermarks of chapter 8's step rule:
 * min 400, low 500, high 600; nothing boosted, nothing reserved.
 */
static struct ex_zone zone(void)
{
	struct ex_zone z = {
		.managed_pages = 51200,
		._watermark = { 400, 500, 600 },
		.free_pages = 10000,
		.largest_free_order = 10,
	};

	watermark_boost_factor = 15000;
	return z;
}

START_TEST(test_boost_grows_by_a_pageblock_up_to_the_factor)
{
	struct ex_zone z = zone();

	/* 150 % of high 600 is 900. */
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 512);
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 900);
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 900);
	ck_assert_uint_eq(wmark_pages(&z, WMARK_MIN), 1300);

	/* The factor is in ten-thousandths: 250 % of 2000. */
	z = zone();
	z._watermark[WMARK_HIGH] = 2000;
	watermark_boost_factor = 25000;
	z.watermark_boost = 4700;
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 5000);
}
END_TEST

START_TEST(test_boost_is_at_least_one_pageblock)
{
	struct ex_zone z = zone();

	/* 150 % of 100 is 150, less than a pageblock. */
	z._watermark[WMARK_HIGH] = 100;
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 512);
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 512);
}
END_TEST

START_TEST(test_no_boost_without_a_factor_or_a_high_share)
{
	struct ex_zone z = zone();

	watermark_boost_factor = 0;
	ck_assert(!boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 0);

	/* A share of 9999 * 1 / 10000 rounds to 0. */
	z = zone();
	watermark_boost_factor = 1;
	z._watermark[WMARK_HIGH] = 9999;
	ck_assert(!boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 0);

	/* High not set yet: no boost, not even a pageblock. */
	z = zone();
	z._watermark[WMARK_HIGH] = 0;
	ck_assert(!boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 0);
}
END_TEST

START_TEST(test_no_boost_in_a_zone_below_four_pageblocks)
{
	struct ex_zone z = zone();

	z.managed_pages = 4 * 512 - 1;
	ck_assert(!boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 0);
	z.managed_pages = 4 * 512;
	ck_assert(boost_watermark(&z));
	ck_assert_uint_eq(z.watermark_boost, 512);
}
END_TEST

START_TEST(test_a_fallback_boosts_and_asks_for_kswapd)
{
	struct ex_zone z = zone();

	fallback_boost(&z, 3, MIGRATE_MOVABLE, ALLOC_WMARK_LOW | ALLOC_KSWAPD);
	ck_assert_uint_eq(z.watermark_boost, 512);
	ck_assert_uint_eq(z.flags, ZONE_BOOSTED_WATERMARK);

	/* Without ALLOC_KSWAPD the boost stays, but kswapd is not asked. */
	z = zone();
	fallback_boost(&z, 8, MIGRATE_RECLAIMABLE, ALLOC_WMARK_LOW);
	ck_assert_uint_eq(z.watermark_boost, 512);
	ck_assert_uint_eq(z.flags, 0);

	/* No boost, no kswapd. */
	z = zone();
	z.managed_pages = 1000;
	fallback_boost(&z, 0, MIGRATE_UNMOVABLE, ALLOC_KSWAPD);
	ck_assert_uint_eq(z.watermark_boost, 0);
	ck_assert_uint_eq(z.flags, 0);
}
END_TEST

START_TEST(test_whole_pageblocks_and_highatomic_blocks_do_not_boost)
{
	struct ex_zone z = zone();

	fallback_boost(&z, 9, MIGRATE_MOVABLE, ALLOC_KSWAPD);
	fallback_boost(&z, 10, MIGRATE_UNMOVABLE, ALLOC_KSWAPD);
	fallback_boost(&z, 2, MIGRATE_HIGHATOMIC, ALLOC_KSWAPD);
	ck_assert_uint_eq(z.watermark_boost, 0);
	ck_assert_uint_eq(z.flags, 0);
}
END_TEST

START_TEST(test_the_fast_check_counts_the_highatomic_reserve)
{
	struct ex_zone z = zone();

	/* 1000 free, 512 of them reserved: 488 usable. */
	z.free_pages = 1000;
	z.nr_reserved_highatomic = 512;
	ck_assert(zone_watermark_fast(&z, 0, 487, 0, ALLOC_WMARK_LOW, 0));
	ck_assert(!zone_watermark_fast(&z, 0, 600, 0, ALLOC_WMARK_LOW, 0));
	/* The reserve against a higher zone counts too. */
	z.lowmem_reserve[2] = 100;
	ck_assert(!zone_watermark_fast(&z, 0, 400, 2, ALLOC_WMARK_LOW, 0));
	ck_assert(zone_watermark_fast(&z, 0, 400, 0, ALLOC_WMARK_LOW, 0));
	/* A request that may use the reserve counts it. */
	ck_assert(zone_watermark_fast(&z, 0, 600, 0,
				      ALLOC_WMARK_LOW | ALLOC_NON_BLOCK, 0));
}
END_TEST

START_TEST(test_an_atomic_page_at_min_ignores_the_boost)
{
	struct ex_zone z = zone();
	unsigned int atomic = ALLOC_WMARK_MIN | ALLOC_MIN_RESERVE | ALLOC_NON_BLOCK;
	gfp_t gfp = __GFP_HIGH | __GFP_ATOMIC;

	/* Boosted min 912 is 342 for an atomic request; min 400 is 150. */
	z.watermark_boost = 512;
	z.free_pages = 300;
	ck_assert(zone_watermark_fast(&z, 0, wmark_pages(&z, WMARK_MIN), 0,
				      atomic, gfp));
	/* Against the unboosted min, 400: 150 pages are not enough. */
	z.free_pages = 151;
	ck_assert(zone_watermark_fast(&z, 0, wmark_pages(&z, WMARK_MIN), 0,
				      atomic, gfp));
	z.free_pages = 150;
	ck_assert(!zone_watermark_fast(&z, 0, wmark_pages(&z, WMARK_MIN), 0,
				       atomic, gfp));
}
END_TEST

START_TEST(test_only_an_atomic_page_at_min_ignores_the_boost)
{
	struct ex_zone z = zone();
	unsigned int atomic = ALLOC_WMARK_MIN | ALLOC_MIN_RESERVE | ALLOC_NON_BLOCK;
	gfp_t gfp = __GFP_HIGH | __GFP_ATOMIC;
	unsigned long min;

	z.watermark_boost = 512;
	z.free_pages = 300;
	min = wmark_pages(&z, WMARK_MIN);
	/* Not without __GFP_ATOMIC. */
	ck_assert(!zone_watermark_fast(&z, 0, min, 0, atomic, __GFP_HIGH));
	/* Not against low. */
	ck_assert(!zone_watermark_fast(&z, 0, wmark_pages(&z, WMARK_LOW), 0,
				       ALLOC_WMARK_LOW | ALLOC_MIN_RESERVE |
				       ALLOC_NON_BLOCK, gfp));
	/* Not against high. */
	ck_assert(!zone_watermark_fast(&z, 0, wmark_pages(&z, WMARK_HIGH), 0,
				       ALLOC_WMARK_HIGH | ALLOC_MIN_RESERVE |
				       ALLOC_NON_BLOCK, gfp));
	/* Not for two pages. */
	ck_assert(!zone_watermark_fast(&z, 1, min, 0, atomic, gfp));
	/* Not when the zone has no boost: the caller's mark stands. */
	z.watermark_boost = 0;
	ck_assert(!zone_watermark_fast(&z, 0, 912, 0, atomic, gfp));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_boost_grows_by_a_pageblock_up_to_the_factor, 2);
	add(test_boost_is_at_least_one_pageblock, 1);
	add(test_no_boost_without_a_factor_or_a_high_share, 2);
	add(test_no_boost_in_a_zone_below_four_pageblocks, 1);
	add(test_a_fallback_boosts_and_asks_for_kswapd, 2);
	add(test_whole_pageblocks_and_highatomic_blocks_do_not_boost, 1);
	add(test_the_fast_check_counts_the_highatomic_reserve, 1);
	add(test_an_atomic_page_at_min_ignores_the_boost, 2);
	add(test_only_an_atomic_page_at_min_ignores_the_boost, 2);
}
