/*
 * Tests of Exercise 6.2, find_zone_movable_pfns_for_nodes(), on the
 * simulated machine (4608 MiB; one node, or two split at 2 GiB). The
 * points table at the end says what each test is worth; `make grade
 * CH=6` runs them.
 */
#include <check.h>
#include <string.h>
#include <asm/host.h>
#include <asm/host_acpi.h>
#include "kernelcore.h"

#define MB(x)	((unsigned long)(x) << (20 - PAGE_SHIFT))

static void boot(unsigned long split)
{
	host_firmware.numa_split = split;
	host_boot("");
	memset(zone_movable_pfn, 0, sizeof(zone_movable_pfn));
}

static void expect_movable(int nid, unsigned long pfn)
{
	ck_assert_msg(zone_movable_pfn[nid] == pfn,
		      "node %d: ZONE_MOVABLE starts at %#lx, expected %#lx",
		      nid, zone_movable_pfn[nid], pfn);
}

START_TEST(test_nothing_asked_nothing_movable)
{
	boot(0);
	find_zone_movable_pfns_for_nodes(0, 0);
	expect_movable(0, 0);
	find_zone_movable_pfns_for_nodes(MB(8192), 0);	/* more than all */
	expect_movable(0, 0);
}
END_TEST

START_TEST(test_kernelcore_below_normal_makes_all_normal_movable)
{
	boot(0);
	find_zone_movable_pfns_for_nodes(MB(1024), 0);
	expect_movable(0, 0x100000);
}
END_TEST

START_TEST(test_kernelcore_reaching_into_normal)
{
	unsigned long zs, ze;

	boot(0);
	find_zone_movable_pfns_for_nodes(MB(4096), 0);
	expect_movable(0, 0x140400);
	ck_assert_uint_eq(zone_spanned_pages_in_node(0, ZONE_NORMAL, 1,
						     0x160000, &zs, &ze),
			  0x40400);
	ck_assert_uint_eq(zone_spanned_pages_in_node(0, ZONE_MOVABLE, 1,
						     0x160000, &zs, &ze),
			  0x160000 - 0x140400);
}
END_TEST

START_TEST(test_movablecore_is_the_rest)
{
	boot(0);
	find_zone_movable_pfns_for_nodes(0, MB(512));
	expect_movable(0, 0x140000);
	memset(zone_movable_pfn, 0, sizeof(zone_movable_pfn));
	find_zone_movable_pfns_for_nodes(0, MB(511) + 1);	/* rounded up */
	expect_movable(0, 0x140000);
}
END_TEST

START_TEST(test_two_nodes_share_the_kernel_pages)
{
	boot(0x80000000);
	find_zone_movable_pfns_for_nodes(MB(2048), 0);
	expect_movable(0, 0);
	expect_movable(1, 0x100000);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_nothing_asked_nothing_movable, 1);
	add(test_kernelcore_below_normal_makes_all_normal_movable, 2);
	add(test_kernelcore_reaching_into_normal, 3);
	add(test_movablecore_is_the_rest, 2);
	add(test_two_nodes_share_the_kernel_pages, 2);
}
