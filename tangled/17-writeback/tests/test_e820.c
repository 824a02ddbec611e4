/* tests/test_e820.c: the firmware map, printed, repaired, handed over. */
#include <string.h>
#include "tests.h"
#include <asm/e820.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/reboot.h>

static void boot_and_keep_output(void)
{
	host_boot("");
}

static void expect_line(const char *line)
{
	const char *out = host_console_output();

	ck_assert_msg(strstr(out, line) != NULL, "missing line \"%s\" in:\n%s",
		      line, out);
}

static void set_map(const struct e820_entry *e, u32 n)
{
	memcpy(boot_info.e820_table.entries, e, n * sizeof(*e));
	boot_info.e820_table.nr_entries = n;
	host_console_reset();
}

START_TEST(test_qemu_map_is_printed_as_linux_prints_it)
{
	static const char *const map[] = {
	"BIOS-provided physical RAM map:\n",
	"BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable\n",
	"BIOS-e820: [mem 0x000000000009fc00-0x000000000009ffff] reserved\n",
	"BIOS-e820: [mem 0x00000000000f0000-0x00000000000fffff] reserved\n",
	"BIOS-e820: [mem 0x0000000000100000-0x00000000bffdffff] usable\n",
	"BIOS-e820: [mem 0x00000000bffe0000-0x00000000bfffffff] reserved\n",
	"BIOS-e820: [mem 0x00000000fffc0000-0x00000000ffffffff] reserved\n",
	"BIOS-e820: [mem 0x0000000100000000-0x000000015fffffff] usable\n",
	"BIOS-e820: [mem 0x000000fd00000000-0x000000ffffffffff] reserved\n",
	"e820: update [mem 0x00000000-0x00000fff] usable ==> reserved\n",
	"e820: remove [mem 0x000a0000-0x000fffff] usable\n",
	"last_pfn = 0x160000 max_arch_pfn = 0x400000000\n",
	"last_pfn = 0xbffe0 max_arch_pfn = 0x400000000\n",
	};
	char want[1024] = "";
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(map); i++)
		strcat(want, map[i]);
	boot_and_keep_output();
	expect_line(want);
	ck_assert_uint_eq(max_pfn, 0x160000);
}
END_TEST

START_TEST(test_memblock_memory_is_linux_early_node_ranges)
{
	static const phys_addr_t want[][2] = {
		{ 0x1000, 0x9f000 },
		{ 0x100000, 0xbffe0000 },
		{ 0x100000000, 0x160000000 },
	};
	unsigned int i;

	ck_assert_uint_eq(memblock.memory.cnt, 3);
	for (i = 0; i < 3; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		ck_assert_uint_eq(r->base, want[i][0]);
		ck_assert_uint_eq(r->base + r->size, want[i][1]);
		/* no node yet; node 0 once chapter 6 has faked one */
		ck_assert(r->nid == MAX_NUMNODES || r->nid == 0);
	}
	ck_assert(memblock_is_reserved(0xfffff));
	ck_assert(memblock_is_reserved(HOST_PGT_BUF_BASE));
	ck_assert(!memblock_is_reserved(HOST_PGT_BUF_BASE +
					HOST_PGT_BUF_PAGES * PAGE_SIZE));
	ck_assert_uint_eq(memblock.current_limit, HOST_RAM_END);
}
END_TEST

START_TEST(test_broken_map_is_repaired_with_messages)
{
	static const struct e820_entry bad[] = {
		{ 0x100000, 0x700000, E820_TYPE_RAM },
		{ 0x0, 0x9fc00, E820_TYPE_RAM },
		{ 0x500000, 0x0, E820_TYPE_RAM },
		{ 0xfffffffffffff000, 0x2000, E820_TYPE_RAM },
		{ 0x300000, 0x100000, E820_TYPE_RESERVED },
		{ 0x900000, 0x1000, 0 },
		{ 0x800000, 0x800000, E820_TYPE_RAM },
	};
	const struct e820_entry *e = e820_table->entries;

	set_map(bad, ARRAY_SIZE(bad));
	e820__memory_setup();
	expect_line("e820: the firmware's map is not sorted (entry 1)");
	expect_line("e820: entry 2 [addr 0x500000 size 0x0 type 1] has zero "
		    "length; dropped");
	expect_line("e820: entry 3 [addr 0xfffffffffffff000 size 0x2000 "
		    "type 1] runs past the end of physical memory; dropped");
	expect_line("e820: entry 5 [addr 0x900000 size 0x1000 type 0] has "
		    "type 0; dropped");
	expect_line("e820: entries overlap at [mem 0x00300000-0x003fffff]; "
		    "reserved wins");
	ck_assert_uint_eq(e820_table->nr_entries, 4);
	ck_assert_uint_eq(e[0].addr, 0);
	ck_assert_uint_eq(e[1].addr, 0x100000);
	ck_assert_uint_eq(e[1].size, 0x200000);
	ck_assert_uint_eq(e[2].type, E820_TYPE_RESERVED);
	ck_assert_uint_eq(e[3].addr, 0x400000);
	ck_assert_uint_eq(e[3].size, 0xc00000);	/* merged with 0x800000 */
}
END_TEST

static void setup_from(void *arg)
{
	e820__memory_setup();
}

START_TEST(test_a_map_of_nothing_panics)
{
	static const struct e820_entry none[] = {
		{ 0x100000, 0, E820_TYPE_RAM },
	};

	set_map(none, ARRAY_SIZE(none));
	ck_assert_int_eq(host_catch_exit(setup_from, NULL), KERNEL_EXIT_PANIC);
	expect_line("the firmware gave no usable memory map");
}
END_TEST

START_TEST(test_update_in_the_middle_splits_an_entry)
{
	static const struct e820_entry one[] = {
		{ 0x0, 0x1000000, E820_TYPE_RAM },
	};
	const struct e820_entry *e = e820_table->entries;

	set_map(one, 1);
	e820__memory_setup();
	e820__range_update(0x400000, 0x1000, E820_TYPE_RAM, E820_TYPE_ACPI);
	e820__range_remove(0x800000, 0x2000, E820_TYPE_RAM, true);
	e820__update_table(e820_table);
	ck_assert_uint_eq(e820_table->nr_entries, 4);
	ck_assert_uint_eq(e[1].addr, 0x400000);
	ck_assert_uint_eq(e[1].type, E820_TYPE_ACPI);
	ck_assert_uint_eq(e[3].addr, 0x802000);
	ck_assert_uint_eq(e[2].addr + e[2].size, 0x800000);
	expect_line("e820: update [mem 0x00400000-0x00400fff] usable ==> "
		    "ACPI data\n");
}
END_TEST

Suite *e820_suite(void)
{
	Suite *s = suite_create("e820");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_qemu_map_is_printed_as_linux_prints_it);
	tcase_add_test(tc, test_memblock_memory_is_linux_early_node_ranges);
	tcase_add_test(tc, test_broken_map_is_repaired_with_messages);
	tcase_add_test(tc, test_a_map_of_nothing_panics);
	tcase_add_test(tc, test_update_in_the_middle_splits_an_entry);
	suite_add_tcase(s, tc);
	return s;
}
