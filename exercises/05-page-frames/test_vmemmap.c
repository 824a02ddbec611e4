/*
 * Tests of Exercise 5.1, vmemmap_populate_section(). The points table at
 * the end says what each test is worth; `make grade CH=5` runs them.
 */
#include <check.h>
#include <string.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/errno.h>
#include <linux/memblock.h>
#include "vmemmap.h"

/* Where the simulated MMU says the struct page of pfn lives. */
static phys_addr_t backing_of(unsigned long pfn)
{
	phys_addr_t pa = 0;

	ck_assert_int_eq(host_mmu_translate((unsigned long)
					    vmemmap_pfn_to_page(pfn),
					    HOST_ACCESS_WRITE, &pa), 0);
	return pa;
}

START_TEST(test_a_section_is_mapped_by_one_2m_page)
{
	unsigned int level;
	pte_t *pte;

	host_boot("");
	ck_assert_int_eq(vmemmap_populate_section(0, 0), 0);
	pte = lookup_address((unsigned long)vmemmap_pfn_to_page(5), &level);
	ck_assert_ptr_nonnull(pte);
	ck_assert(pte_present(*pte));
	ck_assert_uint_eq(level, PG_LEVEL_2M);
	ck_assert_uint_eq(backing_of(PAGES_PER_SECTION - 1) - backing_of(0),
			  (PAGES_PER_SECTION - 1) * sizeof(struct page));
}
END_TEST

START_TEST(test_the_backing_comes_from_memblock)
{
	phys_addr_t pa;

	host_boot("");
	ck_assert_int_eq(vmemmap_populate_section(33, 0), 0);
	pa = backing_of(section_nr_to_pfn(33));
	ck_assert_uint_eq(pa % PMD_SIZE, 0);
	ck_assert(memblock_is_reserved(pa));
	ck_assert(memblock_is_reserved(pa + PMD_SIZE - 1));
}
END_TEST

START_TEST(test_sections_get_separate_backing)
{
	host_boot("");
	ck_assert_int_eq(vmemmap_populate_section(1, 0), 0);
	ck_assert_int_eq(vmemmap_populate_section(40, 0), 0);
	ck_assert_uint_ne(backing_of(section_nr_to_pfn(1)),
			  backing_of(section_nr_to_pfn(40)));
}
END_TEST

START_TEST(test_writes_through_vmemmap_land_in_the_backing)
{
	unsigned long pfn = section_nr_to_pfn(2) + 77;
	struct page page = { .flags = 0x1234, .private = 42 };
	struct page *direct;

	host_boot("");
	ck_assert_int_eq(vmemmap_populate_section(2, 0), 0);
	ck_assert_int_eq(host_mmu_write((unsigned long)
					vmemmap_pfn_to_page(pfn), &page,
					sizeof(page), HOST_ACCESS_WRITE), 0);
	direct = __va(backing_of(pfn));
	ck_assert_uint_eq(direct->flags, 0x1234);
	ck_assert_uint_eq(direct->private, 42);
}
END_TEST

START_TEST(test_a_section_without_memory_is_refused)
{
	unsigned long before;

	host_boot("");
	before = memblock_reserved_size();
	ck_assert_int_eq(vmemmap_populate_section(25, 0), -EINVAL);
	ck_assert_uint_eq(memblock_reserved_size(), before);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_section_is_mapped_by_one_2m_page, 3);
	add(test_the_backing_comes_from_memblock, 2);
	add(test_sections_get_separate_backing, 1);
	add(test_writes_through_vmemmap_land_in_the_backing, 2);
	add(test_a_section_without_memory_is_refused, 1);
}
