/* tests/test_mmcheck.c: each invariant of mmcheck, broken by hand. */
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mmcheck.h>
#include <linux/sched/mm.h>

static struct zone *zone_of(int zt)
{
	return &NODE_DATA(0)->node_zones[zt];
}

static struct page *listed_block(struct zone *zone, unsigned int order)
{
	int t;

	for (t = 0; t < MIGRATE_TYPES; t++) {
		struct list_head *list = &zone->free_area[order].free_list[t];

		if (!list_empty(list))
			return list_entry(list->next, struct page, lru);
	}
	return NULL;
}

static struct page *dma_block(unsigned int order)
{
	struct zone *dma = zone_of(ZONE_DMA);

	if (!listed_block(dma, order))
		ck_assert_ptr_nonnull(alloc_pages(GFP_KERNEL | GFP_DMA |
						  __GFP_MOVABLE, 0));
	ck_assert_ptr_nonnull(listed_block(dma, order));
	return listed_block(dma, order);
}

static void expect_problems(struct zone *zone, long allocated,
			    unsigned long n, const char *pattern)
{
	host_console_reset();
	ck_assert_uint_eq(mmcheck_zone(zone, allocated, true), n);
	expect_lines_match(host_console_output(), "^mmcheck: ", (int)n);
	if (pattern)
		expect_lines_match(host_console_output(), pattern, 1);
}

static void expect_one(const char *pattern)
{
	expect_problems(zone_of(ZONE_DMA), MMCHECK_ALLOCATED_UNKNOWN, 1,
			pattern);
}

static void expect_clean(void)
{
	ck_assert_uint_eq(mmcheck(true), 0);
}

static long slab_pages_of(struct zone *zone)
{
	unsigned long pfn;
	long n = 0;

	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone); pfn++)
		if (pfn_valid(pfn) && PageSlab(pfn_to_page(pfn)))
			n += 1L << compound_order(pfn_to_page(pfn));
	return n;
}

static long boot_pages_of(struct zone *zone)
{
	return slab_pages_of(zone) + (zero_pfn >= zone->zone_start_pfn &&
				      zero_pfn < zone_end_pfn(zone));
}

START_TEST(test_a_clean_machine_has_no_problems)
{
	struct zone *zone;

	expect_clean();
	for_each_populated_zone(zone)
		ck_assert_uint_eq(mmcheck_zone(zone, boot_pages_of(zone),
					       true), 0);
	ck_assert_ptr_eq(strstr(host_console_output(), "mmcheck"), NULL);
}
END_TEST

START_TEST(test_managed_is_free_plus_pcp_plus_allocated)
{
	struct zone *dma32 = zone_of(ZONE_DMA32);
	struct list_head taken;
	int i;

	INIT_LIST_HEAD(&taken);
	for (i = 0; i < 100; i++) {
		struct page *page = alloc_pages(GFP_KERNEL | GFP_DMA32, 2);

		ck_assert_ptr_nonnull(page);
		list_add(&page->lru, &taken);
	}
	expect_problems(dma32, 400, 0, NULL);
	expect_problems(dma32, 399, 1, "managed [0-9]+ but free [0-9]+ "
			"\\+ pcp [0-9]+ \\+ allocated 399 is [0-9]+$");
	give_back_pages(&taken, 2);
	expect_problems(dma32, 0, 0, NULL);
}
END_TEST

START_TEST(test_a_block_off_its_list_breaks_nr_free_and_the_count)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = dma_block(3);
	struct list_head *prev = page->lru.prev;

	list_del(&page->lru);
	expect_problems(dma, MMCHECK_ALLOCATED_UNKNOWN, 2, NULL);
	expect_lines_match(host_console_output(),
			   "zone DMA: order 3: [0-9]+ blocks on the lists but "
			   "nr_free [0-9]+$", 1);
	expect_lines_match(host_console_output(),
			   "NR_FREE_PAGES is [0-9]+ but the lists hold", 1);
	list_add(&page->lru, prev);
	expect_clean();
}
END_TEST

START_TEST(test_a_list_that_loops_is_caught)
{
	struct page *page = dma_block(0);
	struct list_head *next = page->lru.next;

	page->lru.next = &page->lru;
	expect_one("the free list of order 0, type [0-9] has an entry "
		   "whose prev link is wrong after 1 entries$");
	page->lru.next = next;
	expect_clean();
}
END_TEST

START_TEST(test_an_entry_that_is_not_a_page_is_caught)
{
	static struct page fake;
	struct zone *dma = zone_of(ZONE_DMA);
	struct list_head *list = &dma->free_area[0].free_list[
		MIGRATE_UNMOVABLE];

	list_add(&fake.lru, list);
	expect_one("the free list of order 0, type 0 holds an entry that "
		   "is not a page after 0 entries$");
	list_del(&fake.lru);
	expect_clean();
}
END_TEST

static int nonempty_free_lists(struct zone *zone)
{
	int o, t, n = 0;

	for (o = 0; o < MAX_ORDER; o++)
		for (t = 0; t < MIGRATE_TYPES; t++)
			n += !list_empty(&zone->free_area[o].free_list[t]);
	return n;
}

START_TEST(test_a_list_longer_than_the_zone_is_caught)
{
	struct zone *dma = zone_of(ZONE_DMA);
	unsigned long managed = dma->managed_pages;
	int n;

	drain_all_pages(NULL);
	n = nonempty_free_lists(dma);
	ck_assert_int_gt(n, 0);
	dma->managed_pages = 0;
	expect_problems(dma, MMCHECK_ALLOCATED_UNKNOWN, n, NULL);
	expect_lines_match(host_console_output(), "has more entries than "
			   "the zone has pages after 0 entries$", n);
	dma->managed_pages = managed;
	expect_clean();
}
END_TEST


static void take_off(struct zone *zone, struct page *page,
		     unsigned int order)
{
	del_page_from_free_list(page, zone, order);
	__mod_zone_page_state(zone, NR_FREE_PAGES, -(1L << order));
}

static void put_on(struct zone *zone, struct page *page, unsigned int order,
		   int type)
{
	add_to_free_list(page, zone, order, type);
	__mod_zone_page_state(zone, NR_FREE_PAGES, 1L << order);
}

static void relist(struct zone *zone, struct page *page, unsigned int order,
		   struct page *to, unsigned int to_order, int type)
{
	take_off(zone, page, order);
	put_on(zone, to, to_order, type);
}

START_TEST(test_a_listed_block_that_is_not_page_buddy)
{
	struct page *page = dma_block(2);

	__ClearPageBuddy(page);
	expect_one("zone DMA: pfn 0x[0-9a-f]+ order 2 is on the free list "
		   "but not PageBuddy$");
	__SetPageBuddy(page);
	expect_clean();
}
END_TEST

START_TEST(test_a_listed_block_with_the_wrong_order)
{
	struct page *page = dma_block(2);

	set_buddy_order(page, 1);
	expect_one("pfn 0x[0-9a-f]+ order 2 is on the free list but its "
		   "buddy_order is 1$");
	set_buddy_order(page, 2);
	expect_clean();
}
END_TEST

START_TEST(test_a_misaligned_block)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = dma_block(2);
	int type = get_pageblock_migratetype(page);

	relist(dma, page, 2, page + 1, 1, type);
	expect_one("pfn 0x[0-9a-f]*[13579bdf] order 1 is not aligned to its "
		   "order$");
	relist(dma, page + 1, 1, page, 2, type);
	expect_clean();
}
END_TEST

START_TEST(test_a_page_listed_twice)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = dma_block(1);

	put_on(dma, page + 1, 0, MIGRATE_MOVABLE);
	expect_one("pfn 0x[0-9a-f]*[02468ace] order 1 overlaps a block "
		   "listed before it$");
	take_off(dma, page + 1, 0);
	expect_clean();
}
END_TEST

START_TEST(test_two_free_buddies_left_unmerged)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = dma_block(1);
	int type = get_pageblock_migratetype(page);

	relist(dma, page, 1, page, 0, type);
	put_on(dma, page + 1, 0, type);
	expect_one("pfn 0x[0-9a-f]*[02468ace] order 0 and its buddy "
		   "0x[0-9a-f]+ are both free$");
	take_off(dma, page + 1, 0);
	relist(dma, page, 0, page, 1, type);
	expect_clean();
}
END_TEST

START_TEST(test_a_page_of_another_zone)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = alloc_pages(GFP_KERNEL | GFP_DMA32, 0);

	ck_assert_int_eq(page_zonenum(page), ZONE_DMA32);
	put_on(dma, page, 0, MIGRATE_MOVABLE);
	expect_one("zone DMA: pfn 0x[0-9a-f]+ order 0 is on the free list "
		   "but belongs to Node 0, zone DMA32$");
	take_off(dma, page, 0);
	__free_pages(page, 0);
	expect_clean();
}
END_TEST

START_TEST(test_the_special_lists_hold_their_own_pageblocks)
{
	struct zone *dma = zone_of(ZONE_DMA);
	struct page *page = dma_block(3);
	int type = get_pageblock_migratetype(page);

	relist(dma, page, 3, page, 3, MIGRATE_ISOLATE);
	expect_one("order 3 is on the Isolate list but its pageblock is "
		   "Movable$");
	relist(dma, page, 3, page, 3, MIGRATE_UNMOVABLE);
	expect_clean();
	relist(dma, page, 3, page, 3, type);
}
END_TEST

START_TEST(test_a_pcp_count_off_by_one)
{
	struct per_cpu_pages *pcp = &zone_of(ZONE_DMA)->per_cpu_pageset[0];

	pcp->count++;
	expect_one("zone DMA: cpu 0: pcp count [0-9]+ but its lists hold "
		   "[0-9]+ pages$");
	pcp->count--;
	expect_clean();
}
END_TEST

START_TEST(test_nr_free_pages_off_by_one)
{
	struct zone *dma = zone_of(ZONE_DMA);

	__mod_zone_page_state(dma, NR_FREE_PAGES, -1);
	expect_one("NR_FREE_PAGES is [0-9]+ but the lists hold [0-9]+ "
		   "pages$");
	__mod_zone_page_state(dma, NR_FREE_PAGES, 1);
	expect_clean();
}
END_TEST

START_TEST(test_a_pcp_page_marked_page_buddy)
{
	struct page *page = alloc_pages(GFP_KERNEL | GFP_DMA, 0);
	struct per_cpu_pages *pcp = &zone_of(ZONE_DMA)->per_cpu_pageset[0];

	__free_pages(page, 0);
	ck_assert_int_eq(pcp->count, 1);
	__SetPageBuddy(page);
	expect_one("pfn 0x[0-9a-f]+ order 0 is on a pcp list but "
		   "PageBuddy$");
	__ClearPageBuddy(page);
	expect_clean();
}
END_TEST

Suite *mmcheck_suite(void)
{
	Suite *s = suite_create("mmcheck");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_a_clean_machine_has_no_problems);
	tcase_add_test(tc, test_managed_is_free_plus_pcp_plus_allocated);
	tcase_add_test(tc,
		test_a_block_off_its_list_breaks_nr_free_and_the_count);
	tcase_add_test(tc, test_a_list_that_loops_is_caught);
	tcase_add_test(tc, test_an_entry_that_is_not_a_page_is_caught);
	tcase_add_test(tc, test_a_list_longer_than_the_zone_is_caught);
	tcase_add_test(tc, test_a_listed_block_that_is_not_page_buddy);
	tcase_add_test(tc, test_a_listed_block_with_the_wrong_order);
	tcase_add_test(tc, test_a_misaligned_block);
	tcase_add_test(tc, test_a_page_listed_twice);
	tcase_add_test(tc, test_two_free_buddies_left_unmerged);
	tcase_add_test(tc, test_a_page_of_another_zone);
	tcase_add_test(tc, test_the_special_lists_hold_their_own_pageblocks);
	tcase_add_test(tc, test_a_pcp_count_off_by_one);
	tcase_add_test(tc, test_nr_free_pages_off_by_one);
	tcase_add_test(tc, test_a_pcp_page_marked_page_buddy);
	suite_add_tcase(s, tc);
	return s;
}
