/* kernel/selftest.c: the in-kernel self-tests and their runner. */
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/kernel.h>
#include <linux/selftest.h>
#include <linux/start_kernel.h>
#include <linux/string.h>
#include <linux/pgtable.h>
#include <linux/ptdump.h>
#include <asm/e820.h>
#include <linux/memblock.h>
#include <linux/minmax.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/gfp.h>
#include <linux/errno.h>
#include <linux/mm_internal.h>
#include <linux/sprintf.h>
#include <linux/sysctl.h>
#include <linux/cpumask.h>
#include <linux/mempolicy.h>
#include <linux/slab.h>

static const char *current_test;
static unsigned int current_failures;

void self_test_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[256];
	va_list args;

	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pr_err("FAIL %s: %s:%d: %s\n", current_test, file, line, msg);
	current_failures++;
}

static void test_vsnprintf_formats(void)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%d|%5d|%-5d|%05d", -7, 42, 42, -42);
	EXPECT_STREQ(buf, "-7|   42|42   |-0042");
	snprintf(buf, sizeof(buf), "%x|%#X|%lx|%llu", 255u, 255u,
		 0xffffffff80000000UL, 18446744073709551615ULL);
	EXPECT_STREQ(buf, "ff|0XFF|ffffffff80000000|18446744073709551615");
	snprintf(buf, sizeof(buf), "%s|%.2s|%c|%%|%p", "ab", "xyz", 'q',
		 (void *)0x1000);
	EXPECT_STREQ(buf, "ab|xy|q|%|0000000000001000");
	EXPECT_EQ(snprintf(buf, 4, "%d", 123456), 6);
	EXPECT_STREQ(buf, "123");
}

static void test_cmdline_finds_whole_words(void)
{
	EXPECT_EQ(cmdline_find_option_bool("test", "test"), 1);
	EXPECT_EQ(cmdline_find_option_bool("a  test b", "test"), 4);
	EXPECT_EQ(cmdline_find_option_bool("testing", "test"), 0);
	EXPECT_EQ(cmdline_find_option_bool("test=1", "test"), 0);
	EXPECT_EQ(cmdline_find_option_bool("", "test"), 0);
}

static void test_direct_map_starts_at_page_offset(void)
{
	unsigned int level;
	pte_t *pte = lookup_address(PAGE_OFFSET + ISA_END_ADDRESS, &level);

	EXPECT_TRUE(pte && pte_present(*pte));
	EXPECT_EQ(pte ? pte_pfn(*pte) : 0, ISA_END_ADDRESS >> PAGE_SHIFT);
	EXPECT_EQ(level, PG_LEVEL_4K);
	EXPECT_TRUE(max_pfn_mapped >= ISA_END_ADDRESS >> PAGE_SHIFT);
}

static void test_no_mapping_is_writable_and_executable(void)
{
	EXPECT_EQ(ptdump_check_wx(), 0);
}

static void test_e820_map_is_sorted_and_disjoint(void)
{
	const struct e820_table *t = e820_table;
	u32 i;

	EXPECT_TRUE(t->nr_entries > 0);
	for (i = 1; i < t->nr_entries; i++)
		EXPECT_TRUE(t->entries[i - 1].addr + t->entries[i - 1].size
			    <= t->entries[i].addr);
}

static void test_memblock_memory_is_the_usable_ram(void)
{
	phys_addr_t ram = 0;
	u32 i;

	for (i = 0; i < e820_table->nr_entries; i++) {
		const struct e820_entry *e = &e820_table->entries[i];

		if (e->type == E820_TYPE_RAM)
			ram += round_down(e->addr + e->size, PAGE_SIZE) -
			       round_up(e->addr, PAGE_SIZE);
	}
	EXPECT_EQ(memblock_phys_mem_size(), ram);
	EXPECT_EQ(memblock_end_of_DRAM(), (phys_addr_t)max_pfn << PAGE_SHIFT);
	EXPECT_TRUE(!memblock_is_memory(0));
}

static void test_first_megabyte_is_reserved(void)
{
	EXPECT_TRUE(memblock_is_reserved(0));
	EXPECT_TRUE(memblock_is_reserved(ISA_END_ADDRESS - 1));
}

/* Is all of [addr, addr + size) free memory below the limit? */
static bool block_is_free(phys_addr_t addr, phys_addr_t size)
{
	phys_addr_t a;

	if (addr + size > memblock.current_limit)
		return false;
	for (a = addr; a < addr + size; a += PAGE_SIZE)
		if (!memblock_is_memory(a) || memblock_is_reserved(a))
			return false;
	return true;
}

static void test_memblock_alloc_from_the_top(void)
{
	phys_addr_t before = memblock_reserved_size();
	unsigned char *p = memblock_alloc(3 * PAGE_SIZE, 16 * PAGE_SIZE);
	phys_addr_t phys = p ? __pa(p) : 0;

	EXPECT_TRUE(p != NULL);
	EXPECT_EQ(phys % (16 * PAGE_SIZE), 0);
	EXPECT_TRUE(phys + 3 * PAGE_SIZE <= memblock.current_limit);
	EXPECT_TRUE(!block_is_free(phys + 16 * PAGE_SIZE, 3 * PAGE_SIZE));
	EXPECT_TRUE(memblock_is_reserved(phys + 2 * PAGE_SIZE));
	EXPECT_EQ(p ? p[PAGE_SIZE] : 1, 0);
	memblock_free(p, 3 * PAGE_SIZE);
	EXPECT_TRUE(!memblock_is_reserved(phys));
	EXPECT_EQ(memblock_reserved_size(), before);
}

static void expect_names_agree(unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	char *addr = (char *)__va(PFN_PHYS(pfn));

	EXPECT_TRUE(pfn_valid(pfn));
	EXPECT_EQ(page_to_pfn(page), pfn);
	EXPECT_TRUE(page_address(page) == addr);
	EXPECT_TRUE(virt_to_page(addr + PAGE_SIZE - 1) == page);
	EXPECT_EQ(page_to_section(page), pfn_to_section_nr(pfn));
}

static void test_the_four_names_of_a_page_agree(void)
{
	expect_names_agree(1);
	expect_names_agree(max_pfn / 2);
	expect_names_agree(max_pfn - 1);
	EXPECT_TRUE(!pfn_valid(pfn_to_section_nr(max_pfn - 1) *
			       PAGES_PER_SECTION + PAGES_PER_SECTION));
}

static void test_reserved_pages_are_marked(void)
{
	phys_addr_t free = memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE);
	struct page *page = pfn_to_page(PFN_DOWN(free));

	EXPECT_TRUE(PageReserved(pfn_to_page(0)));
	EXPECT_TRUE(PageReserved(pfn_to_page(0xa0)));	/* the BIOS hole */
	EXPECT_TRUE(PageReserved(virt_to_page(pfn_to_page(1))));
	EXPECT_EQ(atomic_read(&pfn_to_page(0)->_refcount), 1);
	EXPECT_TRUE(!PageReserved(page));
	EXPECT_EQ(page_to_nid(page), 0);
	memblock_phys_free(free, PAGE_SIZE);
}

static void test_zones_hold_all_memory(void)
{
	unsigned long present = 0;
	int nid, j;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *z = &NODE_DATA(nid)->node_zones[j];
			unsigned long last = zone_end_pfn(z) - 1;

			present += z->present_pages;
			if (!populated_zone(z))
				continue;
			EXPECT_EQ(page_zonenum(pfn_to_page(z->zone_start_pfn)),
				  j);
			if (pfn_valid(last)) {
				EXPECT_EQ(page_zonenum(pfn_to_page(last)), j);
				EXPECT_EQ(page_to_nid(pfn_to_page(last)), nid);
			}
			EXPECT_TRUE(z->managed_pages <= z->present_pages);
		}
	}
	EXPECT_EQ(present, memblock_phys_mem_size() >> PAGE_SHIFT);
}

static void test_zonelists_go_from_local_high_to_dma(void)
{
	int nid;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		pg_data_t *pgdat = NODE_DATA(nid);
		const struct zoneref *z = pgdat->node_zonelists[0]._zonerefs;

		EXPECT_TRUE(z->zone == &pgdat->node_zones[pgdat->nr_zones - 1]);
		while (z[1].zone)
			z++;
		EXPECT_EQ(z->zone_idx, ZONE_DMA);
		EXPECT_EQ(node_distance(nid, nid), LOCAL_DISTANCE);
	}
}

static void test_buddy_holds_every_managed_page(void)
{
	unsigned long managed = 0, held = 0;
	int nid, j;

	drain_all_pages(NULL);
	for (nid = 0; nid < nr_online_nodes; nid++)
		for (j = 0; j < MAX_NR_ZONES; j++)
			managed += NODE_DATA(nid)->node_zones[j].managed_pages;
	held = nr_slab_pages();
	held++;
	EXPECT_EQ(nr_free_pages() + held, managed);
	EXPECT_TRUE(managed > 0);
}

static void test_buddy_split_and_merge(void)
{
	unsigned long before;
	struct page *page;

	drain_all_pages(NULL);
	before = nr_free_pages();
	page = alloc_pages(__GFP_MOVABLE, 3);
	EXPECT_TRUE(page != NULL);
	if (!page)
		return;
	EXPECT_EQ(page_to_pfn(page) % 8, 0);
	EXPECT_TRUE(!PageBuddy(page));
	drain_all_pages(NULL);
	EXPECT_EQ(nr_free_pages(), before - 8);
	__free_pages(page, 3);
	drain_all_pages(NULL);
	EXPECT_EQ(nr_free_pages(), before);
}

static void test_buddy_unmovable_claims_a_pageblock(void)
{
	struct page *page = alloc_pages(0, 0);

	EXPECT_TRUE(page != NULL);
	if (!page)
		return;
	EXPECT_EQ(get_pageblock_migratetype(page), MIGRATE_UNMOVABLE);
	__free_pages(page, 0);
}

static void test_watermarks_share_min_free_kbytes(void)
{
	unsigned long sum = 0, pages_min = min_free_kbytes >> 2;
	struct zone *zone;
	int zones = 0;

	for_each_zone(zone) {
		unsigned long step = low_wmark_pages(zone) -
				     min_wmark_pages(zone);

		EXPECT_TRUE(min_wmark_pages(zone) <= low_wmark_pages(zone));
		EXPECT_EQ(high_wmark_pages(zone) - low_wmark_pages(zone), step);
		EXPECT_TRUE(step >= min_wmark_pages(zone) / 4);
		sum += min_wmark_pages(zone);
		zones++;
	}
	EXPECT_TRUE(sum <= pages_min && sum + zones > pages_min);
	EXPECT_TRUE(min_free_kbytes >= 128 && min_free_kbytes <= 262144);
}

static void test_lowmem_reserve_follows_the_ratios(void)
{
	int nid, i, j;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		pg_data_t *pgdat = NODE_DATA(nid);

		for (i = 0; i < MAX_NR_ZONES; i++) {
			struct zone *z = &pgdat->node_zones[i];
			int ratio = sysctl_lowmem_reserve_ratio[i];
			unsigned long above = 0;

			for (j = 0; j <= i; j++)
				EXPECT_EQ(z->lowmem_reserve[j], 0);
			for (j = i + 1; j < MAX_NR_ZONES; j++) {
				above += pgdat->node_zones[j].managed_pages;
				EXPECT_EQ(z->lowmem_reserve[j],
					  ratio && z->managed_pages ?
					  above / ratio : 0);
			}
		}
	}
}

static void test_zone_watermark_ok_on_a_live_zone(void)
{
	pg_data_t *pgdat = NODE_DATA(numa_node_id());
	struct zone *z = &pgdat->node_zones[pgdat->nr_zones - 1];
	unsigned long free = zone_free_pages(z);
	int idx = zone_idx(z);

	EXPECT_TRUE(zone_watermark_ok(z, 0, min_wmark_pages(z), idx, 0));
	EXPECT_TRUE(zone_watermark_ok(z, 0, free - 1, idx, 0));
	EXPECT_TRUE(!zone_watermark_ok(z, 0, free, idx, 0));
	EXPECT_TRUE(zone_watermark_ok(z, 0, free, idx, ALLOC_MIN_RESERVE));
	EXPECT_TRUE(zone_watermark_ok(z, MAX_ORDER - 1, 0, idx, 0));
}

static bool free_counters_match_recount(void)
{
	struct zone *zone;

	for_each_zone(zone)
		if (zone_page_state(zone, NR_FREE_PAGES) !=
		    zone_free_pages(zone))
			return false;
	return true;
}

static void test_free_page_counter_matches_the_recount(void)
{
	static const gfp_t zones[] = { GFP_DMA, GFP_DMA32, 0 };
	struct page *held[64] = { NULL };
	unsigned int order[64] = { 0 }, seed = 12345;
	int step, i;

	EXPECT_TRUE(free_counters_match_recount());
	for (step = 0; step < 2000; step++) {
		seed = seed * 1103515245u + 12345u;
		i = (seed >> 16) % 64;
		if (held[i]) {
			__free_pages(held[i], order[i]);
			held[i] = NULL;
			continue;
		}
		order[i] = (seed >> 8) % 6;
		held[i] = alloc_pages(GFP_KERNEL | __GFP_NOWARN |
				      zones[(seed >> 24) % 3], order[i]);
	}
	EXPECT_TRUE(free_counters_match_recount());
	for (i = 0; i < 64; i++)
		if (held[i])
			__free_pages(held[i], order[i]);
	drain_all_pages(NULL);
	EXPECT_TRUE(free_counters_match_recount());
}

static void test_sysctl_moves_the_watermarks(void)
{
	pg_data_t *pgdat = NODE_DATA(numa_node_id());
	struct zone *z = &pgdat->node_zones[pgdat->nr_zones - 1];
	unsigned long low = low_wmark_pages(z), min = min_wmark_pages(z);
	char buf[64];

	EXPECT_EQ(sysctl_vm_write("vm.watermark_scale_factor", "1000"), 0);
	EXPECT_EQ(low_wmark_pages(z) - min_wmark_pages(z),
		  z->managed_pages / 10);
	EXPECT_EQ(sysctl_vm_write("vm.watermark_scale_factor", "0"),
		  -EINVAL);
	EXPECT_EQ(sysctl_vm_write("vm.watermark_scale_factor", "10"), 0);
	EXPECT_EQ(low_wmark_pages(z), low);
	EXPECT_EQ(min_wmark_pages(z), min);
	EXPECT_TRUE(sysctl_vm_read("vm.lowmem_reserve_ratio", buf,
				   sizeof(buf)) > 0);
	EXPECT_STREQ(buf, "256\t256\t32\t0\t0");
}

static void test_gfp_flags_by_name(void)
{
	gfp_t gfp = GFP_KERNEL | __GFP_NOWARN;
	char buf[64];

	snprintf(buf, sizeof(buf), "%#x(%pGg)", gfp, &gfp);
	EXPECT_STREQ(buf, "0x2cc0(GFP_KERNEL|__GFP_NOWARN)");
	EXPECT_EQ(gfp_zone(GFP_HIGHUSER_MOVABLE), ZONE_MOVABLE);
}

static void test_pcp_batch_and_high_have_linux_shape(void)
{
	int nid, j;

	for (nid = 0; nid < nr_online_nodes; nid++)
		for (j = 0; j < MAX_NR_ZONES; j++) {
			const struct zone *z = &NODE_DATA(nid)->node_zones[j];
			int batch = z->per_cpu_pageset[0].batch;
			int high = z->per_cpu_pageset[0].high;

			if (!populated_zone(z))
				continue;
			EXPECT_TRUE(batch >= 1 && batch <= 63);
			EXPECT_EQ(batch & (batch + 1), 0);
			EXPECT_TRUE(high >= 4 * batch);
			EXPECT_TRUE(high <= max(4 * batch,
					(int)low_wmark_pages(z)));
		}
}

static void test_pcp_hands_out_the_page_freed_last(void)
{
	struct page *a = alloc_pages(GFP_KERNEL, 0), *b;

	EXPECT_TRUE(a != NULL);
	if (!a)
		return;
	__free_pages(a, 0);
	b = alloc_pages(GFP_KERNEL, 0);
	EXPECT_TRUE(a == b);
	if (b)
		__free_pages(b, 0);
}

static void test_pcp_refill_moves_one_batch(void)
{
	struct page *page;
	struct per_cpu_pages *pcp;

	drain_all_pages(NULL);
	page = alloc_pages(GFP_KERNEL, 0);
	EXPECT_TRUE(page != NULL);
	if (!page)
		return;
	pcp = &page_zone(page)->per_cpu_pageset[smp_processor_id()];
	EXPECT_EQ(pcp->count, pcp->batch - 1);
	__free_pages(page, 0);
}

static void test_gfp_zero_and_gfp_dma(void)
{
	struct page *page = alloc_pages(GFP_KERNEL, 0);
	unsigned char *p;
	int i, nonzero = 0;

	EXPECT_TRUE(page != NULL);
	if (!page)
		return;
	memset(page_address(page), 0xa5, PAGE_SIZE);
	__free_pages(page, 0);
	page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	EXPECT_TRUE(page != NULL);
	if (!page)
		return;
	for (p = page_address(page), i = 0; i < (int)PAGE_SIZE; i++)
		nonzero |= p[i];
	EXPECT_EQ(nonzero, 0);
	__free_pages(page, 0);
	page = alloc_pages(GFP_KERNEL | GFP_DMA, 0);
	EXPECT_TRUE(page != NULL && page_zonenum(page) == ZONE_DMA);
	if (page)
		__free_pages(page, 0);
}

static const struct self_test self_tests[] = {
	{ "vsnprintf_formats", test_vsnprintf_formats },
	{ "cmdline_finds_whole_words", test_cmdline_finds_whole_words },
	{ "direct_map_starts_at_page_offset",
	  test_direct_map_starts_at_page_offset },
	{ "no_mapping_is_writable_and_executable",
	  test_no_mapping_is_writable_and_executable },
	{ "e820_map_is_sorted_and_disjoint", test_e820_map_is_sorted_and_disjoint },
	{ "memblock_memory_is_the_usable_ram",
	  test_memblock_memory_is_the_usable_ram },
	{ "first_megabyte_is_reserved", test_first_megabyte_is_reserved },
	{ "memblock_alloc_from_the_top", test_memblock_alloc_from_the_top },
	{ "the_four_names_of_a_page_agree", test_the_four_names_of_a_page_agree },
	{ "reserved_pages_are_marked", test_reserved_pages_are_marked },
	{ "zones_hold_all_memory", test_zones_hold_all_memory },
	{ "zonelists_go_from_local_high_to_dma",
	  test_zonelists_go_from_local_high_to_dma },
	{ "buddy_holds_every_managed_page", test_buddy_holds_every_managed_page },
	{ "buddy_split_and_merge", test_buddy_split_and_merge },
	{ "buddy_unmovable_claims_a_pageblock",
	  test_buddy_unmovable_claims_a_pageblock },
	{ "watermarks_share_min_free_kbytes",
	  test_watermarks_share_min_free_kbytes },
	{ "lowmem_reserve_follows_the_ratios",
	  test_lowmem_reserve_follows_the_ratios },
	{ "zone_watermark_ok_on_a_live_zone",
	  test_zone_watermark_ok_on_a_live_zone },
	{ "free_page_counter_matches_the_recount",
	  test_free_page_counter_matches_the_recount },
	{ "sysctl_moves_the_watermarks", test_sysctl_moves_the_watermarks },
	{ "gfp_flags_by_name", test_gfp_flags_by_name },
	{ "pcp_batch_and_high_have_linux_shape",
	  test_pcp_batch_and_high_have_linux_shape },
	{ "pcp_hands_out_the_page_freed_last",
	  test_pcp_hands_out_the_page_freed_last },
	{ "pcp_refill_moves_one_batch", test_pcp_refill_moves_one_batch },
	{ "gfp_zero_and_gfp_dma", test_gfp_zero_and_gfp_dma },
};

static void run_one(const struct self_test *t, unsigned int *passed,
		    unsigned int *failed)
{
	current_test = t->name;
	current_failures = 0;
	t->run();
	if (current_failures)
		(*failed)++;
	else
		(*passed)++;
}

int run_self_tests(void)
{
	unsigned int passed = 0, failed = 0, i;

	for (i = 0; i < ARRAY_SIZE(self_tests); i++)
		run_one(&self_tests[i], &passed, &failed);
	for (i = 0; i < nr_arch_self_tests; i++)
		run_one(&arch_self_tests[i], &passed, &failed);
	for (i = 0; i < nr_slab_self_tests; i++)
		run_one(&slab_self_tests[i], &passed, &failed);
	for (i = 0; i < nr_kmalloc_self_tests; i++)
		run_one(&kmalloc_self_tests[i], &passed, &failed);
	for (i = 0; i < nr_vmalloc_self_tests; i++)
		run_one(&vmalloc_self_tests[i], &passed, &failed);
	for (i = 0; i < nr_sched_self_tests; i++)
		run_one(&sched_self_tests[i], &passed, &failed);
	pr_info("%u passed, %u failed\n", passed, failed);
	return failed;
}
