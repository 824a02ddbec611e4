/* tests/test_numa.c: ACPI's NUMA tables, nodes, zones and zonelists. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>

static void boot_with_split(unsigned long split)
{
	host_firmware.numa_split = split;
	host_boot("");
}

static void expect_out(const char *text)
{
	ck_assert_msg(strstr(host_console_output(), text) != NULL,
		      "missing \"%s\" in:\n%s", text, host_console_output());
}

static void expect_zone(int nid, int zt, unsigned long spanned,
			unsigned long present)
{
	const struct zone *z = &NODE_DATA(nid)->node_zones[zt];

	ck_assert_msg(z->spanned_pages == spanned &&
		      z->present_pages == present,
		      "node %d zone %s: spanned %lu present %lu, expected "
		      "%lu and %lu", nid, zone_names[zt], z->spanned_pages,
		      z->present_pages, spanned, present);
}

START_TEST(test_one_node_has_linux_zone_sizes)
{
	boot_with_split(0);
	expect_out("No NUMA configuration found\n"
		   "Faking a node at [mem 0x0000000000000000-"
		   "0x000000015fffffff]\n");
	expect_out("Zone ranges:\n"
		   "  DMA      [mem 0x0000000000001000-0x0000000000ffffff]\n"
		   "  DMA32    [mem 0x0000000001000000-0x00000000ffffffff]\n"
		   "  Normal   [mem 0x0000000100000000-0x000000015fffffff]\n");
	expect_out("On node 0, zone DMA: 1 pages in unavailable ranges\n"
		   "On node 0, zone DMA: 97 pages in unavailable ranges\n"
		   "On node 0, zone Normal: 32 pages in unavailable ranges\n");
	expect_out("Fallback order for Node 0: 0 \n");
	expect_out("Policy zone: Normal\n");
	expect_out("Memory: ");
	expect_out("K/4718072K available");
	ck_assert_int_eq(nr_online_nodes, 1);
	expect_zone(0, ZONE_DMA, 4095, 3998);
	expect_zone(0, ZONE_DMA32, 1044480, 782304);
	expect_zone(0, ZONE_NORMAL, 393216, 393216);
	expect_zone(0, ZONE_MOVABLE, 0, 0);
}
END_TEST

START_TEST(test_two_nodes_from_the_srat)
{
	unsigned long i;

	boot_with_split(0x80000000);
	expect_out("SRAT: PXM 0 -> APIC 0x00 -> Node 0\n"
		   "SRAT: PXM 1 -> APIC 0x01 -> Node 1\n"
		   "ACPI: SRAT: Node 0 PXM 0 [mem 0x00000000-0x0009ffff]\n"
		   "ACPI: SRAT: Node 0 PXM 0 [mem 0x00100000-0x7fffffff]\n"
		   "ACPI: SRAT: Node 1 PXM 1 [mem 0x80000000-0xbfffffff]\n"
		   "ACPI: SRAT: Node 1 PXM 1 [mem 0x100000000-0x15fffffff]\n"
		   "NUMA: Initialized distance table, cnt=2\n"
		   "NUMA: Node 0 [mem 0x00000000-0x0009ffff] + [mem "
		   "0x00100000-0x7fffffff] -> [mem 0x00000000-0x7fffffff]\n");
	expect_out("Fallback order for Node 0: 0 1 \n"
		   "Fallback order for Node 1: 1 0 \n");
	ck_assert_int_eq(nr_online_nodes, 2);
	for (i = 0; i < memblock.memory.cnt; i++)
		ck_assert_int_eq(memblock.memory.regions[i].nid,
				 memblock.memory.regions[i].base >=
				 0x80000000);
	expect_zone(0, ZONE_DMA, 4095, 3998);
	expect_zone(0, ZONE_DMA32, 520192, 520192);
	expect_zone(1, ZONE_DMA32, 524288, 262112);
	expect_zone(1, ZONE_NORMAL, 393216, 393216);
	ck_assert_int_eq(node_distance(0, 1), 20);
	ck_assert_int_eq(NODE_DATA(1)->node_zonelists[0]._zonerefs[0]
			 .zone_idx, ZONE_NORMAL);
	ck_assert_ptr_eq(NODE_DATA(0)->node_zonelists[0]._zonerefs[1].zone,
			 &NODE_DATA(0)->node_zones[ZONE_DMA]);
	ck_assert_int_eq(page_to_nid(pfn_to_page(0x90000)), 1);
}
END_TEST

START_TEST(test_kernelcore_makes_a_movable_zone)
{
	host_boot("kernelcore=4G");
	expect_out("Movable zone start for each node\n"
		   "  Node 0: 0x0000000140400000\n");
	expect_zone(0, ZONE_NORMAL, 0x40400, 0x40400);
	expect_zone(0, ZONE_MOVABLE, 0x1fc00, 0x1fc00);
	ck_assert_int_eq(page_zonenum(pfn_to_page(0x150000)), ZONE_MOVABLE);
	host_boot("movablecore=511M");
	expect_zone(0, ZONE_MOVABLE, 0x20000, 0x20000);
	host_boot("kernelcore=6G");
	expect_zone(0, ZONE_MOVABLE, 0, 0);
}
END_TEST

START_TEST(test_kernelcore_is_shared_between_nodes)
{
	host_firmware.numa_split = 0x80000000;
	host_boot("kernelcore=2G");
	expect_out("Movable zone start for each node\n"
		   "  Node 1: 0x0000000100000000\n");
	expect_zone(1, ZONE_MOVABLE, 0x60000, 0x60000);
	expect_zone(1, ZONE_NORMAL, 0, 0);
	expect_zone(0, ZONE_MOVABLE, 0, 0);
}
END_TEST

static void expect_one_node_after(const char *message)
{
	expect_out(message);
	expect_out("No NUMA configuration found\n");
	ck_assert_int_eq(nr_online_nodes, 1);
	ck_assert_int_eq(page_to_nid(pfn_to_page(0x150000)), 0);
}

START_TEST(test_bad_srat_checksum_gives_one_node)
{
	host_firmware.bad_srat_checksum = true;
	boot_with_split(0x80000000);
	expect_one_node_after("ACPI: SRAT at 0xbffe1100 has a bad checksum;"
			      " ignored\n");
}
END_TEST

START_TEST(test_short_srat_entry_gives_one_node)
{
	host_firmware.short_srat_entry = true;
	boot_with_split(0x80000000);
	expect_one_node_after("ACPI: SRAT: malformed entry at offset 48; "
			      "ignoring the SRAT\n");
}
END_TEST

START_TEST(test_no_rsdp_gives_one_node)
{
	host_firmware.no_rsdp = true;
	boot_with_split(0x80000000);
	expect_one_node_after("ACPI: no RSDP found\n");
}
END_TEST

START_TEST(test_madt_lists_the_processors)
{
	static const int node[4] = { 0, 1, 0, 0 };
	int cpu;

	host_firmware.madt_cpus = 4;
	boot_with_split(0x80000000);
	expect_out("setup_percpu: NR_CPUS:8 nr_cpumask_bits:4 nr_cpu_ids:4 "
		   "nr_node_ids:2\n");
	ck_assert_uint_eq(nr_cpu_ids, 4);
	for (cpu = 0; cpu < 4; cpu++)
		ck_assert_msg(cpu_to_node(cpu) == node[cpu],
			      "processor %d on node %d, expected %d", cpu,
			      cpu_to_node(cpu), node[cpu]);
	host_firmware.madt_cpus = 10;
	boot_with_split(0);
	ck_assert_uint_eq(nr_cpu_ids, NR_CPUS);
	ck_assert_int_eq(cpu_to_node(NR_CPUS - 1), 0);
	host_firmware.madt_cpus = 0;
	boot_with_split(0x80000000);
	ck_assert_uint_eq(nr_cpu_ids, 2);
	boot_with_split(0);
	ck_assert_uint_eq(nr_cpu_ids, 1);
}
END_TEST

Suite *numa_suite(void)
{
	Suite *s = suite_create("numa");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_one_node_has_linux_zone_sizes);
	tcase_add_test(tc, test_two_nodes_from_the_srat);
	tcase_add_test(tc, test_kernelcore_makes_a_movable_zone);
	tcase_add_test(tc, test_kernelcore_is_shared_between_nodes);
	tcase_add_test(tc, test_bad_srat_checksum_gives_one_node);
	tcase_add_test(tc, test_short_srat_entry_gives_one_node);
	tcase_add_test(tc, test_no_rsdp_gives_one_node);
	tcase_add_test(tc, test_madt_lists_the_processors);
	suite_add_tcase(s, tc);
	return s;
}
