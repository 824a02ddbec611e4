/*
 * Tests of Exercise A.1, mmcheck_buddy_marks(), on the simulated
 * machine: each test marks pages PageBuddy by hand where no free block
 * begins and asks for exactly the problems that names. The points table
 * at the end says what each test is worth; `make grade CH=A` runs them.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>

#include "buddymarks.h"

static char want[160];

static struct zone *zone_of(int zt)
{
	return &NODE_DATA(0)->node_zones[zt];
}

/* The first block on any of the zone's lists of this order, or NULL. */
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

/* How many times s occurs in the console's output. */
static int occurrences(const char *s)
{
	const char *p = host_console_output();
	int n = 0;

	while ((p = strstr(p, s))) {
		n++;
		p += strlen(s);
	}
	return n;
}

/*
 * Check the zone, printing: n problems, n lines, and the line `line`
 * (when not NULL) among them. mmcheck's own rules find nothing.
 */
static void expect_problems(struct zone *zone, unsigned long n,
			    const char *line)
{
	host_console_reset();
	ck_assert_uint_eq(mmcheck_buddy_marks(zone, true), n);
	ck_assert_int_eq(occurrences("mmcheck: "), (int)n);
	if (line)
		ck_assert_msg(strstr(host_console_output(), line),
			      "no line \"%s\" in:\n%s", line,
			      host_console_output());
	ck_assert_uint_eq(mmcheck_zone(zone, MMCHECK_ALLOCATED_UNKNOWN,
				       false), 0);
}

static void set_mark(struct page *page, unsigned int order)
{
	set_buddy_order(page, order);
}

static void clear_mark(struct page *page)
{
	__ClearPageBuddy(page);
	page->private = 0;
}

static struct page *taken(gfp_t gfp, unsigned int order)
{
	struct page *page = alloc_pages(gfp, order);

	ck_assert_ptr_nonnull(page);
	return page;
}

START_TEST(test_a_clean_machine_has_no_stray_marks)
{
	struct page *pages[64];
	struct zone *zone;
	int i;

	host_boot("");
	for (i = 0; i < 64; i++)
		pages[i] = taken(GFP_KERNEL, i % 6);
	for (i = 0; i < 64; i += 2)
		__free_pages(pages[i], i % 6);
	host_console_reset();
	for_each_populated_zone(zone)
		ck_assert_uint_eq(mmcheck_buddy_marks(zone, true), 0);
	ck_assert_ptr_null(strstr(host_console_output(), "mmcheck"));
}
END_TEST

START_TEST(test_a_mark_on_an_allocated_page)
{
	struct zone *dma;
	struct page *page;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	/* The page taken is the first of a block listed at this check. */
	expect_problems(dma, 0, NULL);
	page = taken(GFP_KERNEL | GFP_DMA, 0);
	set_mark(page, 0);
	snprintf(want, sizeof(want), "mmcheck: Node 0, zone DMA: pfn 0x%lx "
		 "is PageBuddy of order 0 but on no free list\n",
		 page_to_pfn(page));
	expect_problems(dma, 1, want);
	clear_mark(page);
	expect_problems(dma, 0, NULL);
}
END_TEST

START_TEST(test_a_mark_inside_a_free_block)
{
	struct zone *dma;
	struct page *block;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	/* The DMA zone's smallest free blocks are of order 8: split one. */
	taken(GFP_KERNEL | GFP_DMA, 0);
	block = listed_block(dma, 3);
	ck_assert_ptr_nonnull(block);
	set_mark(block + 5, 0);
	snprintf(want, sizeof(want), "mmcheck: Node 0, zone DMA: pfn 0x%lx "
		 "is PageBuddy inside the free block 0x%lx order 3\n",
		 page_to_pfn(block) + 5, page_to_pfn(block));
	expect_problems(dma, 1, want);
	set_mark(block + 7, 2);
	expect_problems(dma, 2, NULL);
	clear_mark(block + 5);
	clear_mark(block + 7);
	expect_problems(dma, 0, NULL);
}
END_TEST

START_TEST(test_stray_marks_side_by_side_are_each_reported)
{
	struct zone *dma;
	struct page *page;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	page = taken(GFP_KERNEL | GFP_DMA, 2);
	set_mark(page, 2);
	set_mark(page + 1, 0);
	set_mark(page + 3, 10);
	expect_problems(dma, 3, NULL);
	snprintf(want, sizeof(want), "pfn 0x%lx is PageBuddy of order 0 but "
		 "on no free list\n", page_to_pfn(page) + 1);
	ck_assert_ptr_nonnull(strstr(host_console_output(), want));
	snprintf(want, sizeof(want), "pfn 0x%lx is PageBuddy of order 10 but "
		 "on no free list\n", page_to_pfn(page) + 3);
	ck_assert_ptr_nonnull(strstr(host_console_output(), want));
	clear_mark(page);
	clear_mark(page + 1);
	clear_mark(page + 3);
	expect_problems(dma, 0, NULL);
}
END_TEST

START_TEST(test_each_zone_counts_its_own_marks)
{
	struct page *page, *stranger;

	host_boot("");
	page = taken(GFP_KERNEL | GFP_DMA32, 0);
	ck_assert_ptr_eq(page_zone(page), zone_of(ZONE_DMA32));
	set_mark(page, 0);
	/* A page in the DMA zone's span whose flags name DMA32. */
	stranger = taken(GFP_KERNEL | GFP_DMA, 0);
	__init_single_page(stranger, page_to_pfn(stranger), ZONE_DMA32, 0);
	set_mark(stranger, 0);
	expect_problems(zone_of(ZONE_DMA), 0, NULL);
	snprintf(want, sizeof(want), "mmcheck: Node 0, zone DMA32: pfn "
		 "0x%lx is PageBuddy of order 0 but on no free list\n",
		 page_to_pfn(page));
	expect_problems(zone_of(ZONE_DMA32), 1, want);
	clear_mark(page);
}
END_TEST

/* Move the block to the list of type t, and its pageblocks to type t. */
static void move_to_list(struct zone *zone, struct page *block, int t)
{
	unsigned int order = buddy_order(block);
	unsigned long i;

	for (i = 0; i < (1UL << order); i += pageblock_nr_pages)
		set_pageblock_migratetype(block + i, t);
	list_del(&block->lru);
	list_add(&block->lru, &zone->free_area[order].free_list[t]);
}

START_TEST(test_blocks_on_every_list_are_listed)
{
	struct zone *dma;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	/* An order-2 block goes to the HighAtomic list, order 10 to Isolate. */
	move_to_list(dma, listed_block(dma, 10), MIGRATE_ISOLATE);
	taken(GFP_KERNEL | GFP_DMA, 0);
	move_to_list(dma, listed_block(dma, 2), MIGRATE_HIGHATOMIC);
	expect_problems(dma, 0, NULL);
}
END_TEST

START_TEST(test_a_quiet_check_counts_without_printing)
{
	struct page *page;

	host_boot("");
	page = taken(GFP_KERNEL | GFP_DMA, 1);
	set_mark(page + 1, 0);
	host_console_reset();
	ck_assert_uint_eq(mmcheck_buddy_marks(zone_of(ZONE_DMA), false), 1);
	ck_assert_str_eq(host_console_output(), "");
	ck_assert_uint_eq(mmcheck_buddy_marks(zone_of(ZONE_DMA), true), 1);
	ck_assert_int_eq(occurrences("mmcheck: "), 1);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_clean_machine_has_no_stray_marks, 1);
	add(test_a_mark_on_an_allocated_page, 3);
	add(test_a_mark_inside_a_free_block, 3);
	add(test_stray_marks_side_by_side_are_each_reported, 2);
	add(test_each_zone_counts_its_own_marks, 1);
	add(test_blocks_on_every_list_are_listed, 1);
	add(test_a_quiet_check_counts_without_printing, 1);
}
