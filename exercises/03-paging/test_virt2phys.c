/*
 * Tests of Exercise 3.4, slow_virt_to_phys(). The points table at the end
 * says what each test is worth; `make grade CH=3` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_mmu.h>

#include "virt2phys.h"

#define VA	VMALLOC_START

/* slow_virt_to_phys() must agree with the software MMU at va. */
static void expect_same_as_mmu(unsigned long va)
{
	phys_addr_t want = 0, got = slow_virt_to_phys(swapper_pg_dir, va);

	ck_assert_int_eq(host_mmu_translate(va, 0, &want), 0);
	ck_assert_msg(got == want, "%#lx: slow_virt_to_phys() gives %#llx, "
		      "the MMU %#llx", va, (unsigned long long)got,
		      (unsigned long long)want);
}

START_TEST(test_translates_4k_pages)
{
	host_boot("");
	ck_assert_int_eq(vmap_range(swapper_pg_dir, VA, VA + 2 * PAGE_SIZE,
				    0x2000000, PAGE_KERNEL, PAGE_SHIFT), 0);
	expect_same_as_mmu(VA);
	expect_same_as_mmu(VA + 0x1fff);
	expect_same_as_mmu(PAGE_OFFSET + 0x9f123);
}
END_TEST

START_TEST(test_translates_2m_and_1g_pages_of_the_direct_map)
{
	static const unsigned long offsets[] = {
		0x200000, 0x3fffffff, 0x40000000, 0x7654321f, 0xbfdfffff,
		0x100000000, 0x123456789, 0x15fffffff,
	};
	unsigned int i;

	host_boot("");
	for (i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++)
		expect_same_as_mmu(PAGE_OFFSET + offsets[i]);
}
END_TEST

START_TEST(test_large_pages_ignore_the_pat_bit)
{
	host_boot("");
	ck_assert_int_eq(vmap_range(swapper_pg_dir, VA, VA + PMD_SIZE,
				    0x40000000, __pgprot(__PAGE_KERNEL |
				    _PAGE_PAT_LARGE), PMD_SHIFT), 0);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, VA + PUD_SIZE,
				    VA + 2 * PUD_SIZE, 0x100000000,
				    __pgprot(__PAGE_KERNEL | _PAGE_PAT_LARGE),
				    PUD_SHIFT), 0);
	expect_same_as_mmu(VA + 0x1234);
	expect_same_as_mmu(VA + PUD_SIZE + 0x2345678);
}
END_TEST

START_TEST(test_unmapped_addresses_have_no_physical_address)
{
	unsigned int level;
	pte_t *pte;

	host_boot("");
	ck_assert(slow_virt_to_phys(swapper_pg_dir, VA) == NO_PHYS_ADDR);
	ck_assert(slow_virt_to_phys(swapper_pg_dir, 0x400000) == NO_PHYS_ADDR);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, VA, VA + PAGE_SIZE,
				    0x2000000, PAGE_KERNEL, PAGE_SHIFT), 0);
	pte = lookup_address(VA, &level);
	set_pte(pte, __pte(pte_val(*pte) & ~_PAGE_PRESENT));
	ck_assert_msg(slow_virt_to_phys(swapper_pg_dir, VA) == NO_PHYS_ADDR,
		      "a pte that is not present still gives an address");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_translates_4k_pages, 2);
	add(test_translates_2m_and_1g_pages_of_the_direct_map, 3);
	add(test_large_pages_ignore_the_pat_bit, 2);
	add(test_unmapped_addresses_have_no_physical_address, 1);
}
