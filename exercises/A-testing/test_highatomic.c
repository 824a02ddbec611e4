/*
 * Tests of Exercise A.2, mmcheck_highatomic(), on the simulated machine:
 * each test turns pageblocks HighAtomic, or changes the zone's
 * nr_reserved_highatomic, by hand and asks for exactly the problems
 * that makes. The points table at the end says what each test is worth;
 * `make grade CH=A` runs them.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <linux/gfp.h>
#include <linux/minmax.h>
#include <linux/mm.h>

#include "highatomic.h"

#define MAX_MARKED	64

static char want[160];

/* The pageblocks a test turned HighAtomic, and their types before. */
static struct page *marked[MAX_MARKED];
static int old_type[MAX_MARKED];
static int nr_marked;

static struct zone *zone_of(int zt)
{
	return &NODE_DATA(0)->node_zones[zt];
}

static void mark(struct page *page)
{
	ck_assert_int_lt(nr_marked, MAX_MARKED);
	marked[nr_marked] = page;
	old_type[nr_marked++] = get_pageblock_migratetype(page);
	set_pageblock_migratetype(page, MIGRATE_HIGHATOMIC);
}

static void unmark_all(void)
{
	while (nr_marked) {
		nr_marked--;
		set_pageblock_migratetype(marked[nr_marked],
					  old_type[nr_marked]);
	}
}

/* The i-th whole pageblock of the zone. */
static struct page *pageblock(struct zone *zone, unsigned long i)
{
	unsigned long pfn = round_up(zone->zone_start_pfn,
				     pageblock_nr_pages) +
			    i * pageblock_nr_pages;

	ck_assert_uint_le(pfn + pageblock_nr_pages, zone_end_pfn(zone));
	return pfn_to_page(pfn);
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

/* n problems, n lines printed, and `line` (when not NULL) among them. */
static void expect_problems(struct zone *zone, unsigned long n,
			    const char *line)
{
	host_console_reset();
	ck_assert_uint_eq(mmcheck_highatomic(zone, true), n);
	ck_assert_int_eq(occurrences("mmcheck: "), (int)n);
	if (line)
		ck_assert_msg(strstr(host_console_output(), line),
			      "no line \"%s\" in:\n%s", line,
			      host_console_output());
}

START_TEST(test_a_clean_machine_has_no_reserve_problem)
{
	struct zone *zone;

	host_boot("");
	host_console_reset();
	for_each_populated_zone(zone)
		ck_assert_uint_eq(mmcheck_highatomic(zone, true), 0);
	ck_assert_ptr_null(strstr(host_console_output(), "mmcheck"));
}
END_TEST

START_TEST(test_the_limit_is_a_hundredth_and_a_pageblock_rounded_up)
{
	struct zone *dma32;

	host_boot("");
	dma32 = zone_of(ZONE_DMA32);
	dma32->managed_pages = 100000;
	ck_assert_uint_eq(highatomic_limit(dma32), 1536);
	dma32->managed_pages = 51200;
	ck_assert_uint_eq(highatomic_limit(dma32), 1024);
	dma32->managed_pages = 51300;
	ck_assert_uint_eq(highatomic_limit(dma32), 1536);
	dma32->managed_pages = 51299;
	ck_assert_uint_eq(highatomic_limit(dma32), 1024);
	dma32->managed_pages = 99;
	ck_assert_uint_eq(highatomic_limit(dma32), 512);
}
END_TEST

START_TEST(test_an_uncounted_highatomic_pageblock)
{
	struct zone *dma32;

	host_boot("");
	dma32 = zone_of(ZONE_DMA32);
	mark(pageblock(dma32, 8));
	expect_problems(dma32, 1, "mmcheck: Node 0, zone DMA32: "
			"nr_reserved_highatomic 0 but HighAtomic pageblocks "
			"hold 512 pages\n");
	dma32->nr_reserved_highatomic = 512;
	expect_problems(dma32, 0, NULL);
	mark(pageblock(dma32, 3));
	expect_problems(dma32, 1, "mmcheck: Node 0, zone DMA32: "
			"nr_reserved_highatomic 512 but HighAtomic pageblocks "
			"hold 1024 pages\n");
	unmark_all();
	dma32->nr_reserved_highatomic = 0;
	expect_problems(dma32, 0, NULL);
}
END_TEST

START_TEST(test_a_reserve_with_no_pageblock)
{
	struct zone *dma32;

	host_boot("");
	dma32 = zone_of(ZONE_DMA32);
	dma32->nr_reserved_highatomic = 512;
	expect_problems(dma32, 1, "mmcheck: Node 0, zone DMA32: "
			"nr_reserved_highatomic 512 but HighAtomic pageblocks "
			"hold 0 pages\n");
	dma32->nr_reserved_highatomic = 0;
	expect_problems(dma32, 0, NULL);
}
END_TEST

START_TEST(test_every_pageblock_of_the_zone_and_no_other_counts)
{
	struct zone *dma, *dma32;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	dma32 = zone_of(ZONE_DMA32);
	/* The DMA zone's first and last pageblocks, and DMA32's first. */
	mark(pfn_to_page(dma->zone_start_pfn));
	mark(pfn_to_page(zone_end_pfn(dma) - 1));
	mark(pfn_to_page(dma32->zone_start_pfn));
	dma->nr_reserved_highatomic = 1024;
	expect_problems(dma, 0, NULL);
	dma->nr_reserved_highatomic = 512;
	expect_problems(dma, 1, "nr_reserved_highatomic 512 but HighAtomic "
			"pageblocks hold 1024 pages\n");
	dma32->nr_reserved_highatomic = 512;
	expect_problems(dma32, 0, NULL);
	unmark_all();
}
END_TEST

START_TEST(test_pageblocks_cut_by_a_zone_edge_count)
{
	struct zone *n0, *n1;

	/* Node 1 begins at pfn 0x7ffff, inside a pageblock. */
	host_firmware.numa_split = 0x7ffff000;
	host_boot("");
	n0 = &NODE_DATA(0)->node_zones[ZONE_DMA32];
	n1 = &NODE_DATA(1)->node_zones[ZONE_DMA32];
	ck_assert_uint_eq(zone_end_pfn(n0), 0x7ffff);
	ck_assert_uint_eq(n1->zone_start_pfn, 0x7ffff);
	/* Node 1's first pageblock, then node 0's last: one each. */
	mark(pfn_to_page(0x7ffff));
	n1->nr_reserved_highatomic = 512;
	expect_problems(n0, 0, NULL);
	expect_problems(n1, 0, NULL);
	unmark_all();
	mark(pfn_to_page(0x7fffe));
	n0->nr_reserved_highatomic = 512;
	expect_problems(n0, 0, NULL);
	expect_problems(n1, 1, NULL);
	unmark_all();
	n0->nr_reserved_highatomic = 0;
	expect_problems(n0, 0, NULL);
	expect_problems(n1, 1, "mmcheck: Node 1, zone DMA32: "
			"nr_reserved_highatomic 512 but HighAtomic pageblocks "
			"hold 0 pages\n");
}
END_TEST

START_TEST(test_a_reserve_above_its_limit)
{
	struct zone *dma32;
	unsigned long limit, i;

	host_boot("");
	dma32 = zone_of(ZONE_DMA32);
	dma32->managed_pages = 20000;	/* a limit of 2 pageblocks */
	limit = highatomic_limit(dma32);
	for (i = 0; i < limit / pageblock_nr_pages; i++)
		mark(pageblock(dma32, i));
	dma32->nr_reserved_highatomic = limit;
	expect_problems(dma32, 0, NULL);
	mark(pageblock(dma32, i));
	dma32->nr_reserved_highatomic += pageblock_nr_pages;
	snprintf(want, sizeof(want), "mmcheck: Node 0, zone DMA32: "
		 "nr_reserved_highatomic %lu is above its limit %lu\n",
		 limit + pageblock_nr_pages, limit);
	expect_problems(dma32, 1, want);
	dma32->nr_reserved_highatomic += pageblock_nr_pages;
	expect_problems(dma32, 2, "nr_reserved_highatomic 2048 but "
			"HighAtomic pageblocks hold 1536 pages\n");
	unmark_all();
}
END_TEST

START_TEST(test_a_quiet_check_counts_without_printing)
{
	struct zone *dma;

	host_boot("");
	dma = zone_of(ZONE_DMA);
	dma->managed_pages = 0;
	dma->nr_reserved_highatomic = 1024;
	host_console_reset();
	ck_assert_uint_eq(mmcheck_highatomic(dma, false), 2);
	ck_assert_str_eq(host_console_output(), "");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_clean_machine_has_no_reserve_problem, 1);
	add(test_the_limit_is_a_hundredth_and_a_pageblock_rounded_up, 2);
	add(test_an_uncounted_highatomic_pageblock, 3);
	add(test_a_reserve_with_no_pageblock, 1);
	add(test_every_pageblock_of_the_zone_and_no_other_counts, 2);
	add(test_pageblocks_cut_by_a_zone_edge_count, 2);
	add(test_a_reserve_above_its_limit, 2);
	add(test_a_quiet_check_counts_without_printing, 1);
}
