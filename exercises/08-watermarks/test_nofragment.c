/*
 * Tests of Exercise 8.2, alloc_flags_nofragment(), rmqueue_ok() and
 * get_page_from_freelist(), on made-up machines. The points table at
 * the end says what each test is worth; `make grade CH=8` runs them.
 */
#include <check.h>
#include "nofragment.h"

/*
 * Two nodes, each with DMA32 and Normal populated (node 0 with DMA too)
 * and every zone passing its watermark, but with no free block at all.
 */
static struct ex_pglist_data node[2];

static void machine(int nodes)
{
	int n, z;

	nr_online_nodes = nodes;
	for (n = 0; n < 2; n++) {
		node[n].node_id = n;
		for (z = 0; z < MAX_NR_ZONES; z++) {
			struct ex_zone *zone = &node[n].node_zones[z];

			zone->zone_pgdat = &node[n];
			zone->present_pages = z == ZONE_DMA32 ||
					      z == ZONE_NORMAL ||
					      (z == ZONE_DMA && n == 0) ?
					      100000 : 0;
			zone->watermark_ok = true;
			zone->own_order = -1;
			zone->fallback_order = -1;
		}
	}
}

#define ZONE(n, z)	(&node[n].node_zones[ZONE_##z])

START_TEST(test_nofragment_for_a_normal_zone_over_dma32)
{
	machine(2);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, NORMAL), 0),
			  ALLOC_NOFRAGMENT);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(1, NORMAL),
						 __GFP_KSWAPD_RECLAIM),
			  ALLOC_NOFRAGMENT | ALLOC_KSWAPD);
	/* Only that bit of the mask counts (0xcc0 is GFP_KERNEL). */
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, NORMAL), 0xcc0),
			  ALLOC_NOFRAGMENT | ALLOC_KSWAPD);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, NORMAL), 0x4c0),
			  ALLOC_NOFRAGMENT);
}
END_TEST

START_TEST(test_no_nofragment_for_the_other_zones)
{
	machine(2);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, DMA32), 0), 0);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, DMA), 0), 0);
	node[1].node_zones[ZONE_MOVABLE].present_pages = 1000;
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(1, MOVABLE), 0xcc0),
			  ALLOC_KSWAPD);
	ck_assert_uint_eq(alloc_flags_nofragment(NULL, 0xcc0), ALLOC_KSWAPD);
	ck_assert_uint_eq(alloc_flags_nofragment(NULL, 0x4c0), 0);
}
END_TEST

START_TEST(test_no_nofragment_over_an_empty_dma32_with_more_nodes)
{
	machine(2);
	node[1].node_zones[ZONE_DMA32].present_pages = 0;
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(1, NORMAL), 0xcc0),
			  ALLOC_KSWAPD);
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, NORMAL), 0xcc0),
			  ALLOC_NOFRAGMENT | ALLOC_KSWAPD);
	/* On one node Linux assumes DMA32 is there. */
	machine(1);
	node[0].node_zones[ZONE_DMA32].present_pages = 0;
	ck_assert_uint_eq(alloc_flags_nofragment(ZONE(0, NORMAL), 0),
			  ALLOC_NOFRAGMENT);
}
END_TEST

START_TEST(test_nofragment_takes_only_whole_pageblocks)
{
	struct ex_zone *z;

	machine(1);
	z = ZONE(0, NORMAL);
	z->fallback_order = 8;
	ck_assert(rmqueue_ok(z, 0, 0));
	ck_assert(rmqueue_ok(z, 8, 0));
	ck_assert(!rmqueue_ok(z, 9, 0));
	ck_assert(!rmqueue_ok(z, 0, ALLOC_NOFRAGMENT));
	z->fallback_order = 9;
	ck_assert(rmqueue_ok(z, 0, ALLOC_NOFRAGMENT));
	ck_assert(rmqueue_ok(z, 9, ALLOC_NOFRAGMENT));
	ck_assert(!rmqueue_ok(z, 10, ALLOC_NOFRAGMENT));
	z->fallback_order = 10;
	ck_assert(rmqueue_ok(z, 10, ALLOC_NOFRAGMENT));
	ck_assert(rmqueue_ok(z, 3, ALLOC_NOFRAGMENT | ALLOC_KSWAPD));
}
END_TEST

START_TEST(test_the_own_lists_need_no_fallback)
{
	struct ex_zone *z;

	machine(1);
	z = ZONE(0, NORMAL);
	z->own_order = 2;
	ck_assert(rmqueue_ok(z, 2, ALLOC_NOFRAGMENT));
	ck_assert(rmqueue_ok(z, 0, ALLOC_NOFRAGMENT));
	ck_assert(!rmqueue_ok(z, 3, ALLOC_NOFRAGMENT));
	z->fallback_order = 3;
	ck_assert(rmqueue_ok(z, 3, 0));
	ck_assert(!rmqueue_ok(z, 4, 0));
}
END_TEST

START_TEST(test_dma32_serves_before_normal_fragments)
{
	struct ex_zone *list[] = { ZONE(0, NORMAL), ZONE(0, DMA32),
				   ZONE(0, DMA) };
	unsigned int flags = ALLOC_NOFRAGMENT | ALLOC_KSWAPD;

	machine(1);
	ZONE(0, NORMAL)->fallback_order = 3;
	ZONE(0, DMA32)->own_order = 0;
	ck_assert_ptr_eq(get_page_from_freelist(list, 3, 0, &flags),
			 ZONE(0, DMA32));
	ck_assert_uint_eq(flags, ALLOC_NOFRAGMENT | ALLOC_KSWAPD);
	/* Without the flag, Normal fragments. */
	flags = ALLOC_KSWAPD;
	ck_assert_ptr_eq(get_page_from_freelist(list, 3, 0, &flags),
			 ZONE(0, NORMAL));
	ck_assert_uint_eq(flags, ALLOC_KSWAPD);
}
END_TEST

START_TEST(test_fragmenting_beats_failing)
{
	struct ex_zone *list[] = { ZONE(0, NORMAL), ZONE(0, DMA32),
				   ZONE(0, DMA) };
	unsigned int flags = ALLOC_NOFRAGMENT | ALLOC_KSWAPD;

	machine(1);
	ZONE(0, NORMAL)->fallback_order = 3;
	ZONE(0, DMA32)->fallback_order = 4;
	ZONE(0, DMA)->own_order = 5;
	ZONE(0, DMA)->watermark_ok = false;
	ck_assert_ptr_eq(get_page_from_freelist(list, 3, 1, &flags),
			 ZONE(0, NORMAL));
	ck_assert_uint_eq(flags, ALLOC_KSWAPD);
	/* Nothing anywhere: no page, and the flag is gone. */
	flags = ALLOC_NOFRAGMENT;
	ck_assert_ptr_null(get_page_from_freelist(list, 3, 5, &flags));
	ck_assert_uint_eq(flags, 0);
}
END_TEST

START_TEST(test_a_remote_node_does_not_beat_fragmenting)
{
	struct ex_zone *list[] = { ZONE(0, NORMAL), ZONE(0, DMA32),
				   ZONE(0, DMA), ZONE(1, NORMAL),
				   ZONE(1, DMA32) };
	unsigned int flags = ALLOC_NOFRAGMENT;

	machine(2);
	ZONE(0, NORMAL)->fallback_order = 3;
	ZONE(0, DMA32)->fallback_order = 6;
	ZONE(1, NORMAL)->own_order = 10;
	ZONE(1, DMA32)->own_order = 10;
	ck_assert_ptr_eq(get_page_from_freelist(list, 5, 0, &flags),
			 ZONE(0, NORMAL));
	ck_assert_uint_eq(flags, 0);
	/* A zone of the node that passes its watermark is still first. */
	flags = ALLOC_NOFRAGMENT;
	ZONE(0, NORMAL)->watermark_ok = false;
	ck_assert_ptr_eq(get_page_from_freelist(list, 5, 0, &flags),
			 ZONE(0, DMA32));
	ck_assert_uint_eq(flags, 0);
}
END_TEST

START_TEST(test_a_remote_node_serves_when_the_local_one_cannot)
{
	struct ex_zone *list[] = { ZONE(1, NORMAL), ZONE(1, DMA32),
				   ZONE(0, NORMAL), ZONE(0, DMA32) };
	unsigned int flags = ALLOC_NOFRAGMENT | ALLOC_KSWAPD;

	machine(2);
	ZONE(1, NORMAL)->watermark_ok = false;
	ZONE(1, DMA32)->own_order = 1;
	ZONE(0, NORMAL)->own_order = 2;
	/* Order 2: node 1 has nothing, node 0 has it on its own lists. */
	ck_assert_ptr_eq(get_page_from_freelist(list, 4, 2, &flags),
			 ZONE(0, NORMAL));
	ck_assert_uint_eq(flags, ALLOC_KSWAPD);
	/* Order 1: DMA32 of the same node serves with the flag on. */
	flags = ALLOC_NOFRAGMENT | ALLOC_KSWAPD;
	ck_assert_ptr_eq(get_page_from_freelist(list, 4, 1, &flags),
			 ZONE(1, DMA32));
	ck_assert_uint_eq(flags, ALLOC_NOFRAGMENT | ALLOC_KSWAPD);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_nofragment_for_a_normal_zone_over_dma32, 2);
	add(test_no_nofragment_for_the_other_zones, 1);
	add(test_no_nofragment_over_an_empty_dma32_with_more_nodes, 2);
	add(test_nofragment_takes_only_whole_pageblocks, 2);
	add(test_the_own_lists_need_no_fallback, 1);
	add(test_dma32_serves_before_normal_fragments, 2);
	add(test_fragmenting_beats_failing, 2);
	add(test_a_remote_node_does_not_beat_fragmenting, 2);
	add(test_a_remote_node_serves_when_the_local_one_cannot, 2);
}
