/* tests/test_buddy.c: splitting, merging, fallbacks and the reports. */
#include <regex.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>

static struct zone *zone_of(int zt)
{
	return &NODE_DATA(0)->node_zones[zt];
}

static void snapshot(const struct zone *zone, unsigned long *nr)
{
	int o;

	for (o = 0; o < MAX_ORDER; o++)
		nr[o] = zone->free_area[o].nr_free;
}

static int smallest_free_order(const struct zone *zone, int mt)
{
	int o;

	for (o = 0; o < MAX_ORDER; o++)
		if (!list_empty(&zone->free_area[o].free_list[mt]))
			return o;
	return -1;
}

START_TEST(test_split_puts_back_one_block_per_lower_order)
{
	struct zone *zone = zone_of(ZONE_DMA32);
	unsigned long before[MAX_ORDER], after[MAX_ORDER];
	int k = smallest_free_order(zone, MIGRATE_MOVABLE), o;
	struct page *page;

	ck_assert_int_gt(k, 0);
	snapshot(zone, before);
	page = __rmqueue_smallest(zone, 0, MIGRATE_MOVABLE);
	ck_assert_ptr_nonnull(page);
	ck_assert(!PageBuddy(page));
	snapshot(zone, after);
	for (o = 0; o < k; o++)
		ck_assert_uint_eq(after[o], before[o] + 1);
	ck_assert_uint_eq(after[k], before[k] - 1);
	__free_one_page(page, page_to_pfn(page), zone, 0, MIGRATE_MOVABLE);
	snapshot(zone, after);
	ck_assert_mem_eq(after, before, sizeof(before));
}
END_TEST

START_TEST(test_no_merge_with_a_buddy_in_use)
{
	struct zone *zone = zone_of(ZONE_DMA32);
	struct page *a = __rmqueue_smallest(zone, 0, MIGRATE_MOVABLE);
	struct page *b = __rmqueue_smallest(zone, 0, MIGRATE_MOVABLE);
	unsigned long pa = page_to_pfn(a), pb = page_to_pfn(b);

	ck_assert_uint_eq(pb, __find_buddy_pfn(pa, 0));
	__free_one_page(a, pa, zone, 0, MIGRATE_MOVABLE);
	ck_assert(PageBuddy(a));
	ck_assert_uint_eq(buddy_order(a), 0);
	__free_one_page(b, pb, zone, 0, MIGRATE_MOVABLE);
	ck_assert(!PageBuddy(pfn_to_page(pa | 1)));
	ck_assert(PageBuddy(pfn_to_page(pa & pb)));
	ck_assert_uint_gt(buddy_order(pfn_to_page(pa & pb)), 0);
}
END_TEST

START_TEST(test_no_merge_across_zones)
{
	struct zone *zone = zone_of(ZONE_DMA32), *dma = zone_of(ZONE_DMA);
	struct page *a = __rmqueue_smallest(zone, 0, MIGRATE_MOVABLE);
	struct page *b = __rmqueue_smallest(zone, 0, MIGRATE_MOVABLE);
	unsigned long pa = page_to_pfn(a), pb = page_to_pfn(b);

	__init_single_page(b, pb, ZONE_DMA, 0);
	__free_one_page(b, pb, dma, 0, MIGRATE_MOVABLE);
	__free_one_page(a, pa, zone, 0, MIGRATE_MOVABLE);
	ck_assert(PageBuddy(a) && buddy_order(a) == 0);
	ck_assert(PageBuddy(b) && buddy_order(b) == 0);
	ck_assert_uint_eq(dma->free_area[0].nr_free, 1);
}
END_TEST

START_TEST(test_unmovable_steals_a_movable_pageblock)
{
	struct zone *zone = zone_of(ZONE_DMA32);
	struct page *page;
	int o;

	ck_assert_int_eq(smallest_free_order(zone, MIGRATE_UNMOVABLE), -1);
	page = __rmqueue(zone, 0, MIGRATE_UNMOVABLE);
	ck_assert_ptr_nonnull(page);
	ck_assert_int_eq(get_pageblock_migratetype(page), MIGRATE_UNMOVABLE);
	for (o = 0; o < (int)pageblock_order; o++)
		ck_assert(!list_empty(
			&zone->free_area[o].free_list[MIGRATE_UNMOVABLE]));
	ck_assert_int_eq(page_zonenum(page), ZONE_DMA32);
}
END_TEST

START_TEST(test_fallback_table_is_linux_table)
{
	ck_assert_int_eq(fallbacks_of(MIGRATE_UNMOVABLE, 0),
			 MIGRATE_RECLAIMABLE);
	ck_assert_int_eq(fallbacks_of(MIGRATE_UNMOVABLE, 1), MIGRATE_MOVABLE);
	ck_assert_int_eq(fallbacks_of(MIGRATE_MOVABLE, 0),
			 MIGRATE_RECLAIMABLE);
	ck_assert_int_eq(fallbacks_of(MIGRATE_MOVABLE, 1),
			 MIGRATE_UNMOVABLE);
	ck_assert_int_eq(fallbacks_of(MIGRATE_RECLAIMABLE, 0),
			 MIGRATE_UNMOVABLE);
	ck_assert_int_eq(fallbacks_of(MIGRATE_RECLAIMABLE, 1),
			 MIGRATE_MOVABLE);
}
END_TEST


#define BUDDYINFO_LINE "^Node [0-9]+, zone +[A-Za-z0-9]+ ( +[0-9]+ ){11}$"
#define TYPE_LINE \
	"^Node +[0-9]+, zone +[A-Za-z0-9]+, type +[A-Za-z]+ ( +[0-9]+ ){11}$"

START_TEST(test_buddyinfo_has_linux_format)
{
	expect_lines_match("Node 0, zone      DMA      0      0      0"
			   "      0      0      1      1      1      0"
			   "      1      3 \n", BUDDYINFO_LINE, 1);
	frag_show(test_seq());
	expect_lines_match(test_seq_text(), BUDDYINFO_LINE, 3);
	ck_assert_ptr_nonnull(strstr(test_seq_text(),
				     "Node 0, zone      DMA "));
	ck_assert_str_eq(host_console_output(), "");
}
END_TEST

START_TEST(test_pagetypeinfo_has_linux_format)
{
	expect_lines_match("Node    0, zone    DMA32, type      Movable      3"
			   "      2      7      5      5      4      4      4"
			   "      5      1     37 \n", TYPE_LINE, 1);
	pagetypeinfo_show(test_seq());
	/* three zones, each with Linux's five types (Isolate included) */
	expect_lines_match(test_seq_text(), TYPE_LINE, 3 * 5);
	ck_assert_ptr_nonnull(strstr(test_seq_text(),
		"Page block order: 9\nPages per block:  512\n\n"
		"Free pages count per migrate type at order       0      1"));
	ck_assert_ptr_nonnull(strstr(test_seq_text(),
		"\nNumber of blocks type     Unmovable      Movable  "
		"Reclaimable   HighAtomic      Isolate \n"));
}
END_TEST

START_TEST(test_fragmented_memory_fails_order_1_then_merges_back)
{
	unsigned long before[MAX_NR_ZONES][MAX_ORDER], now[MAX_ORDER];
	unsigned long n = 0, total;
	struct page *page, *next;
	struct list_head taken;
	gfp_t gfp = __GFP_MEMALLOC;
	int j;

	drain_all_pages(NULL);
	total = nr_free_pages();
	INIT_LIST_HEAD(&taken);
	for (j = 0; j < MAX_NR_ZONES; j++)
		snapshot(zone_of(j), before[j]);
	for (; (page = alloc_pages(gfp, 0)) != NULL; n++)
		list_add(&page->lru, &taken);
	ck_assert_uint_eq(n, total);
	for (page = list_entry(taken.next, struct page, lru); &page->lru != &taken;
	     page = next) {
		next = list_entry(page->lru.next, struct page, lru);
		if (page_to_pfn(page) % 2) {
			list_del(&page->lru);
			__free_pages(page, 0);
		}
	}
	ck_assert_uint_gt(nr_free_pages(), total / 3);
	ck_assert_ptr_null(alloc_pages(0, 1));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"page allocation failure: order:1, mode:0x0"));
	while (!list_empty(&taken)) {
		page = list_entry(taken.next, struct page, lru);
		list_del(&page->lru);
		__free_pages(page, 0);
	}
	drain_all_pages(NULL);
	ck_assert_uint_eq(nr_free_pages(), total);
	for (j = 0; j < MAX_NR_ZONES; j++) {
		snapshot(zone_of(j), now);
		ck_assert_mem_eq(now, before[j], sizeof(now));
	}
}
END_TEST

Suite *buddy_suite(void)
{
	Suite *s = suite_create("buddy");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_split_puts_back_one_block_per_lower_order);
	tcase_add_test(tc, test_no_merge_with_a_buddy_in_use);
	tcase_add_test(tc, test_no_merge_across_zones);
	tcase_add_test(tc, test_unmovable_steals_a_movable_pageblock);
	tcase_add_test(tc, test_fallback_table_is_linux_table);
	tcase_add_test(tc, test_buddyinfo_has_linux_format);
	tcase_add_test(tc, test_pagetypeinfo_has_linux_format);
	tcase_add_test(tc,
		       test_fragmented_memory_fails_order_1_then_merges_back);
	suite_add_tcase(s, tc);
	return s;
}
