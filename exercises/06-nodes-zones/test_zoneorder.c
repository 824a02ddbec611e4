/*
 * Tests of Exercise 6.1, build_zonelist_zone_order() and
 * default_zonelist_order(), on the simulated machine with one node and
 * with two, whose zone sizes the second function's tests then change.
 * The points table at the end says what each test is worth; `make grade
 * CH=6` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_acpi.h>
#include "zoneorder.h"

static struct zoneref z[MAX_ZONES_PER_ZONELIST + 1];

static void expect_ref(int i, int nid, int zt)
{
	ck_assert_msg(z[i].zone == &NODE_DATA(nid)->node_zones[zt] &&
		      z[i].zone_idx == zt,
		      "entry %d is not node %d zone %s", i, nid,
		      zone_names[zt]);
}

START_TEST(test_one_node_goes_from_normal_to_dma)
{
	host_boot("");
	ck_assert_int_eq(build_zonelist_zone_order(NODE_DATA(0), z), 3);
	expect_ref(0, 0, ZONE_NORMAL);
	expect_ref(1, 0, ZONE_DMA32);
	expect_ref(2, 0, ZONE_DMA);
	ck_assert_ptr_null(z[3].zone);
}
END_TEST

START_TEST(test_two_nodes_from_node_0)
{
	host_firmware.numa_split = 0x80000000;
	host_boot("");
	ck_assert_int_eq(build_zonelist_zone_order(NODE_DATA(0), z), 4);
	expect_ref(0, 1, ZONE_NORMAL);
	expect_ref(1, 0, ZONE_DMA32);
	expect_ref(2, 1, ZONE_DMA32);
	expect_ref(3, 0, ZONE_DMA);
	ck_assert_ptr_null(z[4].zone);
}
END_TEST

START_TEST(test_two_nodes_from_node_1)
{
	host_firmware.numa_split = 0x80000000;
	host_boot("");
	ck_assert_int_eq(build_zonelist_zone_order(NODE_DATA(1), z), 4);
	expect_ref(0, 1, ZONE_NORMAL);
	expect_ref(1, 1, ZONE_DMA32);
	expect_ref(2, 0, ZONE_DMA32);
	expect_ref(3, 0, ZONE_DMA);
}
END_TEST

START_TEST(test_the_list_ends_with_null)
{
	int i;

	host_boot("");
	for (i = 0; i <= MAX_ZONES_PER_ZONELIST; i++)
		z[i].zone = &NODE_DATA(0)->node_zones[0];
	build_zonelist_zone_order(NODE_DATA(0), z);
	ck_assert_ptr_null(z[3].zone);
}
END_TEST

/* Give a zone of the booted machine other sizes; 0 empties it. */
static void set_zone(int nid, int zt, unsigned long present,
		     unsigned long managed)
{
	struct zone *z = &NODE_DATA(nid)->node_zones[zt];

	z->present_pages = present;
	z->managed_pages = managed;
}

static void expect_order(int want)
{
	int got = default_zonelist_order();

	ck_assert_msg(got == want, "%s order, expected %s order",
		      got == ZONELIST_ORDER_ZONE ? "zone" : "node",
		      want == ZONELIST_ORDER_ZONE ? "zone" : "node");
}

START_TEST(test_the_booted_machines_keep_node_order)
{
	host_boot("");			/* low memory is most of it */
	expect_order(ZONELIST_ORDER_NODE);
	host_firmware.numa_split = 0x80000000;
	host_boot("");			/* node 0 has no ZONE_NORMAL */
	expect_order(ZONELIST_ORDER_NODE);
}
END_TEST

START_TEST(test_little_low_memory_means_zone_order)
{
	host_boot("");
	set_zone(0, ZONE_DMA, 4000, 4000);
	set_zone(0, ZONE_DMA32, 500000, 500000);
	set_zone(0, ZONE_NORMAL, 2000000, 2000000);
	expect_order(ZONELIST_ORDER_ZONE);
	set_zone(0, ZONE_DMA, 0, 0);	/* no low memory at all */
	set_zone(0, ZONE_DMA32, 0, 0);
	expect_order(ZONELIST_ORDER_NODE);
}
END_TEST

START_TEST(test_a_large_node_of_low_memory_keeps_node_order)
{
	host_firmware.numa_split = 0x80000000;
	host_boot("");
	set_zone(0, ZONE_DMA, 4000, 4000);
	set_zone(0, ZONE_DMA32, 1500000, 1500000);
	set_zone(0, ZONE_NORMAL, 100000, 100000);
	set_zone(1, ZONE_DMA32, 0, 0);
	set_zone(1, ZONE_NORMAL, 2500000, 2500000);
	expect_order(ZONELIST_ORDER_NODE);
	/* a node below the average size does not count */
	set_zone(0, ZONE_DMA32, 1000000, 1000000);
	expect_order(ZONELIST_ORDER_ZONE);
	/* a node without ZONE_NORMAL decides alone */
	set_zone(0, ZONE_DMA32, 300000, 300000);
	set_zone(0, ZONE_NORMAL, 0, 0);
	expect_order(ZONELIST_ORDER_NODE);
}
END_TEST

START_TEST(test_managed_then_present_pages)
{
	host_boot("");
	/* managed low memory is less than half, present is not */
	set_zone(0, ZONE_DMA, 4000, 4000);
	set_zone(0, ZONE_DMA32, 1000000, 400000);
	set_zone(0, ZONE_NORMAL, 1000000, 1000000);
	expect_order(ZONELIST_ORDER_ZONE);
	/* the node's present low memory is over 70% of it */
	set_zone(0, ZONE_DMA32, 1800000, 400000);
	set_zone(0, ZONE_NORMAL, 600000, 600000);
	expect_order(ZONELIST_ORDER_NODE);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_one_node_goes_from_normal_to_dma, 2);
	add(test_two_nodes_from_node_0, 3);
	add(test_two_nodes_from_node_1, 2);
	add(test_the_list_ends_with_null, 1);
	add(test_the_booted_machines_keep_node_order, 1);
	add(test_little_low_memory_means_zone_order, 2);
	add(test_a_large_node_of_low_memory_keeps_node_order, 2);
	add(test_managed_then_present_pages, 2);
}
