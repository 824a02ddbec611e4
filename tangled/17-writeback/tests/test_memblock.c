/* tests/test_memblock.c: merging, splitting, alignment, exhaustion. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/errno.h>
#include <linux/memblock.h>

static void empty_memblock(void)
{
	host_test_setup();
	memblock_reset();
}

/* want: pairs of [start, end), as many as the array must hold */
static void expect_regions(const struct memblock_type *type,
			   const phys_addr_t (*want)[2], unsigned long n)
{
	phys_addr_t total = 0;
	unsigned long i;

	ck_assert_msg(type->cnt == n, "%s has %lu regions, expected %lu",
		      type->name, type->cnt, n);
	for (i = 0; i < n; i++) {
		const struct memblock_region *r = &type->regions[i];

		ck_assert_msg(r->base == want[i][0] &&
			      r->base + r->size == want[i][1],
			      "%s[%lu] is [%#lx, %#lx), expected [%#lx, %#lx)",
			      type->name, i, r->base, r->base + r->size,
			      want[i][0], want[i][1]);
		total += r->size;
	}
	ck_assert_uint_eq(type->total_size, total);
}

START_TEST(test_add_merges_neighbours)
{
	static const phys_addr_t want[][2] = { { 0x1000, 0x4000 },
					       { 0x8000, 0x9000 } };

	ck_assert_int_eq(memblock_add(0x3000, 0x1000), 0);
	ck_assert_int_eq(memblock_add(0x8000, 0x1000), 0);
	ck_assert_int_eq(memblock_add(0x1000, 0x1000), 0);
	ck_assert_int_eq(memblock_add(0x2000, 0x1000), 0);
	expect_regions(&memblock.memory, want, 2);
}
END_TEST

START_TEST(test_add_over_regions_fills_only_the_gaps)
{
	static const phys_addr_t want[][2] = { { 0x1000, 0xa000 } };

	memblock_add(0x2000, 0x1000);
	memblock_add(0x5000, 0x2000);
	memblock_add(0x1000, 0x9000);
	expect_regions(&memblock.memory, want, 1);
}
END_TEST

START_TEST(test_regions_of_different_nodes_do_not_merge)
{
	static const phys_addr_t want[][2] = { { 0x1000, 0x2000 },
					       { 0x2000, 0x3000 } };

	memblock_add_node(0x1000, 0x1000, 0, MEMBLOCK_NONE);
	memblock_add_node(0x2000, 0x1000, 1, MEMBLOCK_NONE);
	expect_regions(&memblock.memory, want, 2);
	ck_assert_int_eq(memblock.memory.regions[1].nid, 1);
}
END_TEST

START_TEST(test_free_in_the_middle_splits_a_region)
{
	static const phys_addr_t want[][2] = { { 0x10000, 0x14000 },
					       { 0x15000, 0x20000 } };

	memblock_reserve(0x10000, 0x10000);
	ck_assert_int_eq(memblock_phys_free(0x14000, 0x1000), 0);
	expect_regions(&memblock.reserved, want, 2);
}
END_TEST

START_TEST(test_remove_across_regions_cuts_and_drops)
{
	static const phys_addr_t want[][2] = { { 0x1000, 0x2000 },
					       { 0x9000, 0xa000 } };

	memblock_add(0x1000, 0x2000);
	memblock_add(0x4000, 0x1000);
	memblock_add(0x6000, 0x1000);
	memblock_add(0x8000, 0x2000);
	ck_assert_int_eq(memblock_remove(0x2000, 0x7000), 0);
	expect_regions(&memblock.memory, want, 2);
}
END_TEST

START_TEST(test_trim_keeps_whole_pages)
{
	static const phys_addr_t want[][2] = { { 0x1000, 0x9f000 },
					       { 0x100000, 0x200000 } };

	memblock_add(0x800, 0x9f400);		/* ends at 0x9fc00 */
	memblock_add(0xa0100, 0x200);		/* less than a page */
	memblock_add(0x100000, 0x100000);
	memblock_trim_memory(PAGE_SIZE);
	expect_regions(&memblock.memory, want, 2);
}
END_TEST

START_TEST(test_alloc_is_top_down_and_aligned)
{
	static const phys_addr_t want[][2] = { { 0xff0000, 0xff1000 },
					       { 0xfff000, 0x1000000 } };

	memblock_add(0x100000, 0xf00000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x1000), 0xfff000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x10000), 0xff0000);
	expect_regions(&memblock.reserved, want, 2);
	ck_assert_uint_eq(memblock_phys_alloc(0x100, 0), 0xffef00);
}
END_TEST

START_TEST(test_alloc_stays_below_the_limit_and_skips_reserved)
{
	memblock_add(0x100000, 0xf00000);
	memblock_set_current_limit(0x800000);
	memblock_reserve(0x7fe000, 0x2000);
	ck_assert_uint_eq(memblock_phys_alloc(0x2000, 0x1000), 0x7fc000);
	ck_assert_uint_eq(memblock_phys_alloc_range(0x1000, 0x1000, 0,
						    0x400000), 0x3ff000);
	ck_assert_uint_eq(memblock_phys_alloc_range(0x1000, 0x1000, 0x900000,
						    MEMBLOCK_ALLOC_ANYWHERE),
			  0xfff000);
}
END_TEST

START_TEST(test_free_ranges_are_walked_both_ways)
{
	phys_addr_t s, e, seen[4][2];
	unsigned int n = 0;
	u64 i;

	memblock_add(0x1000, 0x9000);
	memblock_add(0x20000, 0x10000);
	memblock_reserve(0x3000, 0x1000);
	memblock_reserve(0x9000, 0x18000);	/* ends at 0x21000 */
	for_each_free_mem_range(i, NUMA_NO_NODE, &s, &e) {
		ck_assert_uint_lt(n, 3);
		seen[n][0] = s;
		seen[n++][1] = e;
	}
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(seen[0][0], 0x1000);
	ck_assert_uint_eq(seen[1][1], 0x9000);
	ck_assert_uint_eq(seen[2][0], 0x21000);
	for_each_free_mem_range_reverse(i, NUMA_NO_NODE, &s, &e) {
		ck_assert_uint_gt(n, 0);
		n--;
		ck_assert_uint_eq(s, seen[n][0]);
		ck_assert_uint_eq(e, seen[n][1]);
	}
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_alloc_fails_cleanly_when_memory_runs_out)
{
	memblock_add(0x1000, 0x2000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x1000), 0x2000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x1000), 0x1000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x1000), 0);
	ck_assert_ptr_null(memblock_alloc(0x10, 8));
	ck_assert_uint_eq(memblock.reserved.cnt, 1);
	ck_assert_uint_eq(memblock_reserved_size(), 0x2000);
	ck_assert_uint_eq(memblock_phys_alloc(0x1000, 0x3000), 0);
}
END_TEST

START_TEST(test_a_full_array_refuses_and_keeps_its_regions)
{
	phys_addr_t b;

	for (b = 0; b < 128; b++)
		ck_assert_int_eq(memblock_add(b * 0x2000, 0x1000), 0);
	ck_assert_int_eq(memblock_add(0x200000, 0x1000), -ENOMEM);
	ck_assert_uint_eq(memblock.memory.cnt, 128);
	ck_assert_uint_eq(memblock_phys_mem_size(), 128 * 0x1000);
	ck_assert_int_eq(memblock_add(0x1000, 0x1000), -ENOMEM);
	ck_assert_int_eq(memblock_add(0x0, 0x800), 0);	/* already there */
	ck_assert_int_eq(memblock_remove(0x4000, 0x1000), 0);	/* no split */
	ck_assert_uint_eq(memblock.memory.cnt, 127);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "the memory array is full"));
}
END_TEST

START_TEST(test_alloc_for_a_node_falls_back_to_any_node)
{
	memblock_add_node(0x100000, 0x100000, 0, MEMBLOCK_NONE);
	memblock_add_node(0x200000, 0x100000, 1, MEMBLOCK_NONE);
	ck_assert_uint_eq(memblock_alloc_range_nid(0x1000, 0x1000, 0,
						   MEMBLOCK_ALLOC_ANYWHERE, 0),
			  0x1ff000);
	ck_assert_uint_eq(memblock_alloc_range_nid(0x1000, 0x1000, 0,
						   MEMBLOCK_ALLOC_ANYWHERE, 5),
			  0x2ff000);
	ck_assert_uint_eq(memblock_alloc_range_nid(0x1000, 0x3000, 0,
						   MEMBLOCK_ALLOC_ANYWHERE, 0),
			  0);
}
END_TEST

Suite *memblock_suite(void)
{
	Suite *s = suite_create("memblock");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, empty_memblock, NULL);
	tcase_add_test(tc, test_add_merges_neighbours);
	tcase_add_test(tc, test_add_over_regions_fills_only_the_gaps);
	tcase_add_test(tc, test_regions_of_different_nodes_do_not_merge);
	tcase_add_test(tc, test_free_in_the_middle_splits_a_region);
	tcase_add_test(tc, test_remove_across_regions_cuts_and_drops);
	tcase_add_test(tc, test_trim_keeps_whole_pages);
	tcase_add_test(tc, test_alloc_is_top_down_and_aligned);
	tcase_add_test(tc, test_alloc_stays_below_the_limit_and_skips_reserved);
	tcase_add_test(tc, test_free_ranges_are_walked_both_ways);
	tcase_add_test(tc, test_alloc_fails_cleanly_when_memory_runs_out);
	tcase_add_test(tc, test_a_full_array_refuses_and_keeps_its_regions);
	tcase_add_test(tc, test_alloc_for_a_node_falls_back_to_any_node);
	suite_add_tcase(s, tc);
	return s;
}
