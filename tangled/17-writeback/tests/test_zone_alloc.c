/* tests/test_zone_alloc.c: zones, watermarks, the warning, Mem-Info. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>

static struct zone *zone_of(int zt)
{
	return &NODE_DATA(0)->node_zones[zt];
}

static unsigned long take_all(gfp_t gfp, struct list_head *taken)
{
	struct page *page;
	unsigned long n = 0;

	while ((page = alloc_pages(gfp, 0)) != NULL) {
		list_add(&page->lru, taken);
		n++;
	}
	return n;
}


START_TEST(test_each_gfp_zone_gets_its_zone)
{
	struct page *dma = alloc_pages(GFP_KERNEL | GFP_DMA, 0);
	struct page *dma32 = alloc_pages(GFP_KERNEL | GFP_DMA32, 0);
	struct page *normal = alloc_pages(GFP_KERNEL, 0);

	ck_assert_int_eq(page_zonenum(dma), ZONE_DMA);
	ck_assert_int_eq(page_zonenum(dma32), ZONE_DMA32);
	ck_assert_int_eq(page_zonenum(normal), ZONE_NORMAL);
	ck_assert_ptr_null(alloc_pages(GFP_KERNEL | __GFP_NOWARN,
				       MAX_ORDER));
	__free_pages(dma, 0);
	__free_pages(dma32, 0);
	__free_pages(normal, 0);
}
END_TEST

START_TEST(test_gfp_zero_clears_the_page)
{
	struct page *page = alloc_pages(GFP_KERNEL, 2);
	unsigned char *p = page_address(page);
	int i;

	memset(p, 0xa5, 4 * PAGE_SIZE);
	__free_pages(page, 2);
	page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 2);
	ck_assert_ptr_eq(page_address(page), p);
	for (i = 0; i < 4 * (int)PAGE_SIZE; i++)
		ck_assert_int_eq(p[i], 0);
	__free_pages(page, 2);
}
END_TEST
static void expect_counters_match(int step)
{
	int zt;

	for (zt = 0; zt < MAX_NR_ZONES; zt++) {
		struct zone *z = zone_of(zt);

		unsigned long counter = zone_page_state(z, NR_FREE_PAGES);

		ck_assert_msg(counter == zone_free_pages(z),
			      "step %d, zone %s: counter %lu, recount %lu",
			      step, z->name, counter, zone_free_pages(z));
	}
}

START_TEST(test_free_page_counter_matches_the_recount)
{
	static const gfp_t zones[] = { GFP_DMA, GFP_DMA32, 0 };
	struct page *held[256] = { NULL };
	unsigned int order[256] = { 0 }, seed = 1;
	int step, i;

	expect_counters_match(-1);
	for (step = 0; step < 20000; step++) {
		seed = seed * 1103515245u + 12345u;
		i = (seed >> 16) % 256;
		if (held[i]) {
			__free_pages(held[i], order[i]);
			held[i] = NULL;
		} else {
			order[i] = (seed >> 8) % 6 ? (seed >> 4) % 4 :
				   (seed >> 4) % MAX_ORDER;
			held[i] = alloc_pages(GFP_KERNEL | __GFP_NOWARN |
					      zones[(seed >> 24) % 3],
					      order[i]);
		}
		if (seed % 997 == 0)
			drain_all_pages(NULL);
		expect_counters_match(step);
	}
	for (i = 0; i < 256; i++)
		if (held[i])
			__free_pages(held[i], order[i]);
	expect_counters_match(step);
}
END_TEST

static void expect_stopped_at(int zt, unsigned long mark)
{
	struct zone *z = zone_of(zt);
	unsigned long free = zone_free_pages(z);
	unsigned long limit = mark + z->lowmem_reserve[ZONE_NORMAL];

	ck_assert_msg(free <= limit && (free + z->pageset_batch > limit ||
					free == z->managed_pages),
		      "zone %s: %lu free, limit %lu", z->name, free, limit);
}

START_TEST(test_kernel_requests_stop_at_min_and_warn)
{
	struct list_head taken;
	int zt;

	INIT_LIST_HEAD(&taken);
	ck_assert_uint_gt(take_all(GFP_KERNEL, &taken), 1000000);
	for (zt = ZONE_DMA; zt <= ZONE_NORMAL; zt++)
		expect_stopped_at(zt, min_wmark_pages(zone_of(zt)));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"swapper/0: page allocation failure: order:0, "
		"mode:0xcc0(GFP_KERNEL), nodemask=(null)\nMem-Info:\n"));
	give_back_pages(&taken, 0);
}
END_TEST

START_TEST(test_atomic_requests_go_below_min_and_nowarn_is_quiet)
{
	unsigned long min = min_wmark_pages(zone_of(ZONE_NORMAL));
	struct list_head taken;
	int zt;

	INIT_LIST_HEAD(&taken);
	take_all(GFP_KERNEL | __GFP_NOWARN, &taken);
	ck_assert_ptr_null(strstr(host_console_output(), "failure"));
	ck_assert_uint_eq(take_all(GFP_NOWAIT | __GFP_NOWARN, &taken), 0);
	ck_assert_uint_gt(take_all(GFP_ATOMIC | __GFP_NOWARN, &taken),
			  min / 2);
	for (zt = ZONE_DMA; zt <= ZONE_NORMAL; zt++) {
		unsigned long m = min_wmark_pages(zone_of(zt));

		m -= m / 2;
		expect_stopped_at(zt, m - m / 4);
	}
	ck_assert_ptr_null(strstr(host_console_output(), "failure"));
	give_back_pages(&taken, 0);
}
END_TEST

#define ZONE_LINE "^Node [0-9]+ [A-Za-z0-9]+ free:[0-9]+kB boost:[0-9]+kB " \
	"min:[0-9]+kB low:[0-9]+kB high:[0-9]+kB reserved_highatomic:" \
	"[0-9]+KB( [a-z_]+:[0-9]+kB){13}$"
#define AREA_LINE "^Node [0-9]+ [A-Za-z0-9]+: ([0-9]+\\*[0-9]+kB " \
	"(\\([UMEH]+\\) )?){11}= [0-9]+kB$"

START_TEST(test_mem_info_has_linux_lines)
{
	const char *text;
	char want[64];

	ck_assert_int_eq(count_matching_lines("Node 0 DMA: 0*4kB 0*8kB 0*16kB "
		"1*32kB (U) 2*64kB (U) 1*128kB (U) 1*256kB (U) 0*512kB "
		"1*1024kB (U) 1*2048kB (M) 3*4096kB (M) = 15904kB",
		AREA_LINE), 1);
	show_mem(GFP_KERNEL, NULL);
	text = host_console_output();
	ck_assert_int_eq(count_matching_lines(text, ZONE_LINE), 3);
	ck_assert_int_eq(count_matching_lines(text, AREA_LINE), 3);
	ck_assert_int_eq(count_matching_lines(text,
		"^lowmem_reserve\\[\\]:( [0-9]+)+$"), 3);
	snprintf(want, sizeof(want), "= %lukB\n",
		 zone_free_pages(zone_of(ZONE_DMA32)) * 4);
	ck_assert_ptr_nonnull(strstr(text, want));
}
END_TEST

Suite *zone_alloc_suite(void)
{
	Suite *s = suite_create("zone_alloc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_each_gfp_zone_gets_its_zone);
	tcase_add_test(tc, test_gfp_zero_clears_the_page);
	tcase_add_test(tc, test_free_page_counter_matches_the_recount);
	tcase_add_test(tc, test_kernel_requests_stop_at_min_and_warn);
	tcase_add_test(tc,
		       test_atomic_requests_go_below_min_and_nowarn_is_quiet);
	tcase_add_test(tc, test_mem_info_has_linux_lines);
	suite_add_tcase(s, tc);
	return s;
}
