/*
 * Tests of Exercise 6.1, build_zonelist_zone_order(), on the simulated
 * machine with one node and with two. The points table at the end says
 * what each test is worth; `make grade CH=6` runs them.
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
		      "entry %d is not node %d zone %s", i, nid, zone_names[zt]);
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
	z[0].zone = &NODE_DATA(0)->node_zones[0];
	host_boot("");
	build_zonelist_zone_order(NODE_DATA(0), z);
	ck_assert_ptr_null(z[3].zone);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_one_node_goes_from_normal_to_dma, 2);
	add(test_two_nodes_from_node_0, 3);
	add(test_two_nodes_from_node_1, 2);
	add(test_the_list_ends_with_null, 1);
}
