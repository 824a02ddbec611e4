/* tests/test_bad_page.c: a caller's mistakes are reported, the block kept. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <linux/boot_info.h>
#include <linux/gfp.h>
#include <linux/mmdebug.h>
#include <linux/poison.h>

#define MAX_COUNTS	4096

struct counts {
	unsigned long v[MAX_COUNTS];
	size_t n;
};

static void put_count(struct counts *c, unsigned long v)
{
	ck_assert_uint_lt(c->n, MAX_COUNTS);
	c->v[c->n++] = v;
}

static unsigned long list_length(const struct list_head *head)
{
	const struct list_head *p;
	unsigned long n = 0;

	for (p = head->next; p != head; p = p->next)
		n++;
	return n;
}

static void take_counts(struct counts *c)
{
	struct zone *zone;
	int o, t, cpu;

	c->n = 0;
	for_each_populated_zone(zone) {
		put_count(c, zone_page_state(zone, NR_FREE_PAGES));
		for_each_possible_cpu(cpu)
			put_count(c, zone->per_cpu_pageset[cpu].count);
		for (o = 0; o < MAX_ORDER; o++) {
			put_count(c, zone->free_area[o].nr_free);
			for (t = 0; t < MIGRATE_TYPES; t++)
				put_count(c, list_length(
					&zone->free_area[o].free_list[t]));
		}
	}
}

static __attribute__((noinline)) void free_here(struct page *page,
						unsigned int order)
{
	__free_pages(page, order);
	__asm__ volatile("");
}

static void expect_caller_is_free_here(void)
{
	const char *s = strstr(host_console_output(), " <TASK>\n 0x");
	uintptr_t fn = (uintptr_t)free_here, ip;

	ck_assert_ptr_nonnull(s);
	ip = strtoul(s + strlen(" <TASK>\n "), NULL, 16);
	ck_assert_uint_gt(ip, fn);
	ck_assert_uint_lt(ip, fn + 256);
}

static void expect_text(const char *text)
{
	ck_assert_msg(strstr(host_console_output(), text) != NULL,
		      "no \"%s\" in:\n%s", text, host_console_output());
}

static struct page *take_block(unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL, order);

	ck_assert_ptr_nonnull(page);
	return page;
}

static void expect_allocator_still_works(void)
{
	unsigned long reports = nr_bad_page_reports();
	struct page *page;
	unsigned int o;

	for (o = 0; o < MAX_ORDER; o++) {
		page = alloc_pages(GFP_KERNEL, o);
		ck_assert_ptr_nonnull(page);
		__free_pages(page, o);
	}
	ck_assert_uint_eq(nr_bad_page_reports(), reports);
}

static void expect_bad_free(struct page *page, unsigned int order,
			    const struct page *at_fault, const char *reason)
{
	static struct counts before, after;
	unsigned long reports = nr_bad_page_reports();
	char line[128];

	take_counts(&before);
	host_console_reset();
	free_here(page, order);
	ck_assert_uint_eq(nr_bad_page_reports(), reports + 1);
	libc_snprintf(line, sizeof(line), "BUG: Bad page state in process "
		      "swapper/0  pfn:%05lx\n", page_to_pfn(at_fault));
	expect_text(line);
	libc_snprintf(line, sizeof(line), "page dumped because: %s\n",
		      reason);
	expect_text(line);
	expect_text("\nModules linked in:\nCPU: 0 PID: 0 Comm: swapper/0 ");
	expect_caller_is_free_here();
	take_counts(&after);
	ck_assert_uint_eq(after.n, before.n);
	ck_assert_mem_eq(after.v, before.v, after.n * sizeof(after.v[0]));
	expect_allocator_still_works();
}

START_TEST(test_boot_and_every_order_give_no_report)
{
	ck_assert_uint_eq(nr_bad_page_reports(), 0);
	expect_allocator_still_works();
	ck_assert_ptr_null(strstr(host_console_output(), "BUG:"));
}
END_TEST

START_TEST(test_mapped_page_is_kept)
{
	struct page *page = take_block(0);

	atomic_set(&page->_mapcount, 0);
	expect_bad_free(page, 0, page, "nonzero mapcount");
	ck_assert_int_eq(atomic_read(&page->_mapcount), -1);
}
END_TEST

START_TEST(test_page_with_a_mapping_is_kept)
{
	struct page *page = take_block(0);

	page->mapping = (struct address_space *)page;
	expect_bad_free(page, 0, page, "non-NULL mapping");
}
END_TEST

START_TEST(test_tail_with_a_reference_is_kept)
{
	struct page *page = take_block(1);

	atomic_set(&page[1]._refcount, 1);
	expect_bad_free(page, 1, page + 1, "nonzero _refcount");
}
END_TEST

START_TEST(test_page_on_an_lru_list_is_kept)
{
	struct page *page = take_block(0);

	SetPageLRU(page);
	expect_bad_free(page, 0, page, "PAGE_FLAGS_CHECK_AT_FREE flag(s) set");
}
END_TEST

#ifdef CONFIG_DEBUG_VM
START_TEST(test_double_free_from_a_pcp_list)
{
	struct page *page = take_block(0);

	__free_pages(page, 0);
	expect_bad_free(page, 0, page,
			"VM_BUG_ON_PAGE(page_ref_count(page) == 0)");
}
END_TEST

START_TEST(test_double_free_from_a_free_list)
{
	struct page *page = take_block(0);

	__free_pages(page, 0);
	drain_all_pages(NULL);
	expect_bad_free(page, 0, page,
			"VM_BUG_ON_PAGE(page_ref_count(page) == 0)");
}
END_TEST

START_TEST(test_smaller_order_is_kept)
{
	struct page *page = take_block(2);

	expect_bad_free(page, 0, page,
			"VM_BUG_ON_PAGE(compound_order(page) != order)");
}
END_TEST

START_TEST(test_larger_order_is_kept)
{
	struct page *page = take_block(0);

	expect_bad_free(page, 1, page,
			"VM_BUG_ON_PAGE(compound_order(page) != order)");
}
END_TEST

static void expect_bad_pointer(const void *ptr, const char *reason)
{
	static struct counts before, after;
	unsigned long reports = nr_bad_page_reports();
	char line[128];

	take_counts(&before);
	host_console_reset();
	free_here((struct page *)ptr, 0);
	ck_assert_uint_eq(nr_bad_page_reports(), reports + 1);
	libc_snprintf(line, sizeof(line), "BUG: Bad page pointer in process "
		      "swapper/0  page:%016lx\npage pointer is %s\n",
		      (unsigned long)ptr, reason);
	expect_text(line);
	expect_caller_is_free_here();
	take_counts(&after);
	ck_assert_mem_eq(after.v, before.v, after.n * sizeof(after.v[0]));
	expect_allocator_still_works();
}

START_TEST(test_page_address_is_not_a_page)
{
	struct page *page = take_block(0);

	expect_bad_pointer(page_address(page),
			   "outside every section's memory map");
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_pointer_inside_a_struct_page_is_not_a_page)
{
	struct page *page = take_block(0);

	expect_bad_pointer((char *)page + 8, "not on a struct page boundary");
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_damaged_free_page_is_not_handed_out)
{
	struct page *page = alloc_pages(GFP_KERNEL, 0), *next;

	ck_assert_ptr_nonnull(page);
	__free_pages(page, 0);
	page->mapping = (struct address_space *)page;
	host_console_reset();
	next = alloc_pages(GFP_KERNEL, 0);
	ck_assert_ptr_nonnull(next);
	ck_assert_ptr_ne(next, page);
	ck_assert_uint_eq(nr_bad_page_reports(), 1);
	expect_text("page dumped because: non-NULL mapping\n");
	__free_pages(next, 0);
	expect_allocator_still_works();
}
END_TEST
#endif

static unsigned char *free_and_poison(struct page **page)
{
	unsigned char *mem;
	size_t i;

	page_poisoning_set(true);
	*page = alloc_pages(GFP_KERNEL, 0);
	ck_assert_ptr_nonnull(*page);
	mem = page_address(*page);
	__free_pages(*page, 0);
	for (i = 0; i < PAGE_SIZE; i++)
		ck_assert_uint_eq(mem[i], PAGE_POISON);
	host_console_reset();
	return mem;
}

START_TEST(test_poison_catches_a_write_after_free)
{
	struct page *page;
	unsigned char *mem = free_and_poison(&page);
	char line[128];

	memcpy(mem + 0x40, "stale", 5);
	ck_assert_ptr_eq(alloc_pages(GFP_KERNEL, 0), page);
	ck_assert_uint_eq(nr_bad_page_reports(), 1);
	expect_text("pagealloc: memory corruption\n");
	libc_snprintf(line, sizeof(line), "%016lx: 73 74 61 6c 65%35sstale\n",
		      (unsigned long)(mem + 0x40), "");
	expect_text(line);
	expect_text("page dumped because: pagealloc: corrupted page details");
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_poison_names_a_single_bit_error)
{
	struct page *page;
	unsigned char *mem = free_and_poison(&page);

	mem[0x123] ^= 0x10;
	ck_assert_ptr_eq(alloc_pages(GFP_KERNEL, 0), page);
	ck_assert_uint_eq(nr_bad_page_reports(), 1);
	expect_text("pagealloc: single bit error\n");
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_poison_passes_an_untouched_page)
{
	struct page *page;

	free_and_poison(&page);
	ck_assert_ptr_eq(alloc_pages(GFP_KERNEL, 0), page);
	ck_assert_uint_eq(nr_bad_page_reports(), 0);
	ck_assert_str_eq(host_console_output(), "");
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_page_poison_on_the_command_line)
{
	ck_assert(!page_poisoning_enabled());
	strcpy(boot_command_line, "test page_poison=1");
	page_poisoning_init();
	ck_assert(page_poisoning_enabled());
	strcpy(boot_command_line, "page_poison=0");
	page_poisoning_init();
	ck_assert(!page_poisoning_enabled());
}
END_TEST

static void free_with_a_mapping(void)
{
	struct page *page = take_block(0);

	page->mapping = (struct address_space *)page;
	__free_pages(page, 0);
}

START_TEST(test_the_first_report_taints)
{
	const char *out = host_console_output();

	free_with_a_mapping();
	free_with_a_mapping();
	expect_lines_match(out, "^Disabling lock debugging due to kernel "
			   "taint$", 1);
	expect_lines_match(out, "^CPU: 0 PID: 0 Comm: swapper/0 "
			   "Not tainted$", 1);
	expect_lines_match(out, "^CPU: 0 PID: 0 Comm: swapper/0 "
			   "Tainted: G    B {13}$", 1);
}
END_TEST

START_TEST(test_reports_are_rate_limited)
{
	int i;

	for (i = 0; i < 120; i++)
		free_with_a_mapping();
	ck_assert_uint_eq(nr_bad_page_reports(), 120);
	expect_lines_match(host_console_output(),
			   "^BUG: Bad page state in process", 61);
	expect_lines_match(host_console_output(),
			   "^BUG: Bad page state: 59 messages suppressed$", 1);
}
END_TEST

Suite *bad_page_suite(void)
{
	Suite *s = suite_create("bad_page");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_boot_and_every_order_give_no_report);
	tcase_add_test(tc, test_mapped_page_is_kept);
	tcase_add_test(tc, test_page_with_a_mapping_is_kept);
	tcase_add_test(tc, test_tail_with_a_reference_is_kept);
	tcase_add_test(tc, test_page_on_an_lru_list_is_kept);
	#ifdef CONFIG_DEBUG_VM
	tcase_add_test(tc, test_double_free_from_a_pcp_list);
	tcase_add_test(tc, test_double_free_from_a_free_list);
	tcase_add_test(tc, test_smaller_order_is_kept);
	tcase_add_test(tc, test_larger_order_is_kept);
	tcase_add_test(tc, test_page_address_is_not_a_page);
	tcase_add_test(tc, test_pointer_inside_a_struct_page_is_not_a_page);
	tcase_add_test(tc, test_damaged_free_page_is_not_handed_out);
	#endif
	tcase_add_test(tc, test_poison_catches_a_write_after_free);
	tcase_add_test(tc, test_poison_names_a_single_bit_error);
	tcase_add_test(tc, test_poison_passes_an_untouched_page);
	tcase_add_test(tc, test_page_poison_on_the_command_line);
	tcase_add_test(tc, test_the_first_report_taints);
	tcase_add_test(tc, test_reports_are_rate_limited);
	suite_add_tcase(s, tc);
	return s;
}
