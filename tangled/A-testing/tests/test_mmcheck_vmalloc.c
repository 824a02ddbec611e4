/* tests/test_mmcheck_vmalloc.c: each vmalloc rule of mmcheck, broken. */
#include "tests.h"
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/pgtable.h>
#include <linux/vmalloc.h>

static struct list_head *busy, *free_ranges, *purge;

static struct vmap_area *busy_area(const void *addr)
{
	struct list_head *p;

	vmap_area_lists(&busy, &free_ranges, &purge);
	for (p = busy->next; p != busy; p = p->next) {
		struct vmap_area *va = list_entry(p, struct vmap_area, list);

		if (va->va_start == (unsigned long)addr)
			return va;
	}
	ck_abort_msg("no busy area at %p", addr);
	return NULL;
}

static pte_t *pte_of(const void *addr)
{
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)addr, &level);

	ck_assert_ptr_nonnull(pte);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	return pte;
}

static void expect_vmalloc(unsigned long n, const char *pattern)
{
	host_console_reset();
	ck_assert_uint_eq(mmcheck_vmalloc(true), n);
	expect_lines_match(host_console_output(), "^mmcheck: ", (int)n);
	if (pattern)
		expect_lines_match(host_console_output(), pattern, 1);
}

START_TEST(test_a_clean_vmalloc_area_has_no_problems)
{
	void *p, *q;

	expect_vmalloc(0, NULL);
	p = vmalloc(3 * PAGE_SIZE);
	q = vzalloc(PAGE_SIZE);
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(q);
	vfree(p);
	busy_area(q);
	ck_assert(!list_empty(purge));
	expect_vmalloc(0, NULL);
	ck_assert_uint_eq(mmcheck(true), 0);
	vfree(q);
}
END_TEST

START_TEST(test_a_free_range_past_the_area)
{
	struct vmap_area *last;

	vmap_area_lists(&busy, &free_ranges, &purge);
	last = list_entry(free_ranges->prev, struct vmap_area, list);
	last->va_end += PAGE_SIZE;
	expect_vmalloc(1, "^mmcheck: vmalloc: free range [0-9a-f]+-"
		       "[0-9a-f]+ is not whole pages of the vmalloc area$");
	last->va_end -= PAGE_SIZE;
	expect_vmalloc(0, NULL);
}
END_TEST

START_TEST(test_a_vm_struct_of_another_range)
{
	void *p = vmalloc(PAGE_SIZE);
	struct vmap_area *va = busy_area(p);

	va->vm->size += PAGE_SIZE;
	expect_vmalloc(1, "^mmcheck: vmalloc: busy area [0-9a-f]+-"
		       "[0-9a-f]+ has no vm_struct of its range$");
	va->vm->size -= PAGE_SIZE;
	expect_vmalloc(0, NULL);
	vfree(p);
}
END_TEST

START_TEST(test_two_ranges_that_overlap)
{
	void *p = vmalloc(PAGE_SIZE);
	struct vmap_area *va = busy_area(p), twin = *va;

	purge_vmap_area_lazy();
	twin.vm = NULL;
	list_add(&twin.list, purge);
	expect_vmalloc(1, "^mmcheck: vmalloc: purge range [0-9a-f]+-"
		       "[0-9a-f]+ overlaps busy range [0-9a-f]+-[0-9a-f]+$");
	list_del(&twin.list);
	expect_vmalloc(0, NULL);
	vfree(p);
}
END_TEST

START_TEST(test_a_mapped_guard_page)
{
	char *p = vmalloc(PAGE_SIZE);
	struct vm_struct *vm = busy_area(p)->vm;
	pte_t *guard = pte_of(p + PAGE_SIZE);

	set_pte(guard, pfn_pte(page_to_pfn(vm->pages[0]), PAGE_KERNEL));
	expect_vmalloc(1, "^mmcheck: vmalloc: area [0-9a-f]+-[0-9a-f]+ "
		       "has its guard page mapped$");
	pte_clear(guard);
	expect_vmalloc(0, NULL);
	vfree(p);
}
END_TEST

START_TEST(test_pages_mapped_at_each_others_place)
{
	void *p = vmalloc(2 * PAGE_SIZE);
	struct vm_struct *vm = busy_area(p)->vm;
	struct page *first = vm->pages[0];

	vm->pages[0] = vm->pages[1];
	vm->pages[1] = first;
	expect_vmalloc(2, "^mmcheck: vmalloc: area [0-9a-f]+-[0-9a-f]+: "
		       "page 1 of its array is not mapped at [0-9a-f]+$");
	vm->pages[1] = vm->pages[0];
	vm->pages[0] = first;
	expect_vmalloc(0, NULL);
	vfree(p);
}
END_TEST

START_TEST(test_a_page_mapped_outside_every_busy_area)
{
	void *p = vmalloc(PAGE_SIZE);
	struct page *page = alloc_pages(GFP_KERNEL, 0);
	pte_t *pte;

	ck_assert_ptr_nonnull(page);
	vfree(p);
	pte = pte_of(p);
	ck_assert(pte_none(*pte));
	set_pte(pte, pfn_pte(page_to_pfn(page), PAGE_KERNEL));
	expect_vmalloc(1, "^mmcheck: vmalloc: page [0-9a-f]+ is mapped "
		       "outside every busy area$");
	pte_clear(pte);
	expect_vmalloc(0, NULL);
	__free_pages(page, 0);
}
END_TEST

Suite *mmcheck_vmalloc_suite(void)
{
	Suite *s = suite_create("mmcheck_vmalloc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_a_clean_vmalloc_area_has_no_problems);
	tcase_add_test(tc, test_a_free_range_past_the_area);
	tcase_add_test(tc, test_a_vm_struct_of_another_range);
	tcase_add_test(tc, test_two_ranges_that_overlap);
	tcase_add_test(tc, test_a_mapped_guard_page);
	tcase_add_test(tc, test_pages_mapped_at_each_others_place);
	tcase_add_test(tc, test_a_page_mapped_outside_every_busy_area);
	suite_add_tcase(s, tc);
	return s;
}
