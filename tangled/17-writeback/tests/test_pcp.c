/* tests/test_pcp.c: the per-cpu pagesets' sizes, refills and drains. */
#include "tests.h"
#include <asm/host.h>
#include <linux/cpumask.h>
#include <linux/gfp.h>
#include <linux/minmax.h>

static void expect_pcp(unsigned long managed, unsigned long low, int nid,
		       int batch, int high)
{
	struct zone z = { .managed_pages = managed, .node = nid };
	int b;

	z._watermark[WMARK_LOW] = low;
	b = max(1, zone_batchsize(&z));
	ck_assert_int_eq(b, batch);
	ck_assert_int_eq(zone_highsize(&z, b, 0), high);
}

static void set_cpus(int n, int node_of_cpu1)
{
	nr_cpu_ids = n;
	cpu_to_node_map[0] = 0;
	cpu_to_node_map[1] = node_of_cpu1;
}

START_TEST(test_batch_and_high_are_linux_on_linux_inputs)
{
	set_cpus(1, 0);				/* -m 128M, -m 256M */
	expect_pcp(3840, 70, 0, 1, 70);
	expect_pcp(16640, 266, 0, 3, 266);
	expect_pcp(3840, 42, 0, 1, 42);
	expect_pcp(48848, 517, 0, 15, 517);
	set_cpus(2, 0);				/* -m 4608M -smp 2 */
	expect_pcp(3840, 71, 0, 1, 35);
	expect_pcp(754602, 14092, 0, 63, 7046);
	expect_pcp(371333, 6955, 0, 63, 3477);
	set_cpus(2, 1);				/* two nodes */
	expect_pcp(3840, 107, 0, 1, 107);
	expect_pcp(511891, 14392, 0, 63, 14392);
	expect_pcp(234410, 6527, 1, 63, 6527);
	expect_pcp(253638, 7131, 1, 63, 7131);
}
END_TEST

START_TEST(test_high_without_cpus_on_the_node_and_at_least_four_batches)
{
	set_cpus(2, 0);
	expect_pcp(234410, 6527, 1, 63, 3263);
	expect_pcp(234410, 100, 0, 63, 252);
}
END_TEST

#define list_for_each_page_safe(page, next, head)			\
	for (page = list_entry((head)->next, struct page, lru),	\
	     next = list_entry(page->lru.next, struct page, lru);	\
	     &page->lru != (head);					\
	     page = next, next = list_entry(next->lru.next, struct page, lru))

static struct per_cpu_pages *pcp_of(const struct page *page)
{
	return &page_zone(page)->per_cpu_pageset[0];
}

START_TEST(test_refill_moves_a_batch_and_the_last_freed_comes_first)
{
	struct page *a, *b;

	drain_all_pages(NULL);
	a = alloc_pages(GFP_KERNEL, 0);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(pcp_of(a)->count, pcp_of(a)->batch - 1);
	b = alloc_pages(GFP_KERNEL, 0);
	ck_assert_int_eq(pcp_of(a)->count, pcp_of(a)->batch - 2);
	__free_pages(a, 0);
	ck_assert_ptr_eq(alloc_pages(GFP_KERNEL, 0), a);
	__free_pages(a, 0);
	__free_pages(b, 0);
}
END_TEST

START_TEST(test_reaching_high_gives_back_one_batch)
{
	unsigned long before;
	struct page *page, *next;
	struct per_cpu_pages *pcp = NULL;
	struct list_head taken;
	int n, peak = 0, after_peak = -1;

	drain_all_pages(NULL);
	before = nr_free_pages();
	INIT_LIST_HEAD(&taken);
	for (n = 0; n < 20000; n++) {
		page = alloc_pages(GFP_KERNEL, 0);
		ck_assert_ptr_nonnull(page);
		list_add(&page->lru, &taken);
		pcp = pcp_of(page);
	}
	drain_all_pages(NULL);
	list_for_each_page_safe(page, next, &taken) {
		int was = pcp->count;

		__free_pages(page, 0);
		if (pcp->count < was && after_peak < 0) {
			peak = was + 1;
			after_peak = pcp->count;
		}
	}
	ck_assert_int_eq(peak, pcp->high);
	ck_assert_int_eq(after_peak, pcp->high - pcp->batch);
	drain_all_pages(NULL);
	ck_assert_uint_eq(nr_free_pages(), before);
}
END_TEST

START_TEST(test_frees_in_a_row_double_up_to_32_batches)
{
	static const int want[] = { 1, 2, 4, 8, 16, 32, 32 };
	const int steps = sizeof(want) / sizeof(want[0]);
	unsigned long before;
	struct page *page, *next;
	struct per_cpu_pages *pcp = NULL;
	struct list_head taken;
	int n, given = 0, high;

	drain_all_pages(NULL);
	before = nr_free_pages();
	INIT_LIST_HEAD(&taken);
	for (n = 0; n < 16000; n++) {
		page = alloc_pages(GFP_KERNEL, 0);
		ck_assert_ptr_nonnull(page);
		list_add(&page->lru, &taken);
		pcp = pcp_of(page);
	}
	drain_all_pages(NULL);
	high = pcp->high;
	pcp->high = 100 * pcp->batch;
	list_for_each_page_safe(page, next, &taken) {
		int was = pcp->count;

		__free_pages(page, 0);
		if (pcp->count < was + 1 && given < steps) {
			ck_assert_int_eq(was + 1 - pcp->count,
					 want[given] * pcp->batch);
			given++;
		}
	}
	ck_assert_int_eq(given, steps);
	pcp->high = high;
	drain_all_pages(NULL);
	ck_assert_uint_eq(nr_free_pages(), before);
}
END_TEST

Suite *pcp_suite(void)
{
	Suite *s = suite_create("pcp");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_batch_and_high_are_linux_on_linux_inputs);
	tcase_add_test(tc,
		test_high_without_cpus_on_the_node_and_at_least_four_batches);
	tcase_add_test(tc,
		test_refill_moves_a_batch_and_the_last_freed_comes_first);
	tcase_add_test(tc, test_reaching_high_gives_back_one_batch);
	tcase_add_test(tc, test_frees_in_a_row_double_up_to_32_batches);
	suite_add_tcase(s, tc);
	return s;
}
