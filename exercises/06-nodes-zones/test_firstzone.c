/*
 * Tests of Exercise 6.3, first_zones_zonelist() and
 * next_zones_zonelist(), on the simulated machine with two nodes. The
 * points table at the end says what each test is worth; `make grade
 * CH=6` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_acpi.h>
#include "firstzone.h"

static struct zonelist *zonelist_of(int nid)
{
	host_firmware.numa_split = 0x80000000;
	host_boot("");
	return &NODE_DATA(nid)->node_zonelists[0];
}

static void expect_zone(const struct zoneref *z, int nid, int zt)
{
	ck_assert_ptr_nonnull(z->zone);
	ck_assert_msg(z->zone == &NODE_DATA(nid)->node_zones[zt],
		      "got node %d zone %s, expected node %d zone %s",
		      z->zone->node, z->zone->name, nid, zone_names[zt]);
}

START_TEST(test_normal_request_takes_the_local_highest_zone)
{
	expect_zone(first_zones_zonelist(zonelist_of(1), ZONE_NORMAL, NULL),
		    1, ZONE_NORMAL);
	expect_zone(first_zones_zonelist(zonelist_of(0), ZONE_NORMAL, NULL),
		    0, ZONE_DMA32);
}
END_TEST

START_TEST(test_dma_request_goes_to_the_node_that_has_dma)
{
	expect_zone(first_zones_zonelist(zonelist_of(1), ZONE_DMA, NULL),
		    0, ZONE_DMA);
}
END_TEST

START_TEST(test_next_walks_the_allowed_zones_in_order)
{
	struct zonelist *zl = zonelist_of(1);
	struct zoneref *z = first_zones_zonelist(zl, ZONE_DMA32, NULL);

	expect_zone(z, 1, ZONE_DMA32);
	z = next_zones_zonelist(z + 1, ZONE_DMA32, NULL);
	expect_zone(z, 0, ZONE_DMA32);
	z = next_zones_zonelist(z + 1, ZONE_DMA32, NULL);
	expect_zone(z, 0, ZONE_DMA);
	z = next_zones_zonelist(z + 1, ZONE_DMA32, NULL);
	ck_assert_ptr_null(z->zone);
}
END_TEST

START_TEST(test_a_nodemask_leaves_nodes_out)
{
	bool only_node_0[MAX_NUMNODES] = { true };
	bool none[MAX_NUMNODES] = { false };

	expect_zone(first_zones_zonelist(zonelist_of(1), ZONE_NORMAL,
					 only_node_0), 0, ZONE_DMA32);
	ck_assert_ptr_null(first_zones_zonelist(zonelist_of(1), ZONE_NORMAL,
						none)->zone);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_normal_request_takes_the_local_highest_zone, 2);
	add(test_dma_request_goes_to_the_node_that_has_dma, 2);
	add(test_next_walks_the_allowed_zones_in_order, 2);
	add(test_a_nodemask_leaves_nodes_out, 2);
}
