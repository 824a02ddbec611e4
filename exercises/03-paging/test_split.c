/*
 * Tests of Exercise 3.1, split_large_page(). The points table at the end
 * says what each test is worth; `make grade CH=3` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/errno.h>

#include "split.h"

#define VA	VMALLOC_START

/* Boot the simulated machine and map one large page at VA. */
static pte_t *map_large(phys_addr_t pa, pteval_t prot, unsigned int shift)
{
	unsigned int level;

	host_boot("");
	ck_assert_int_eq(vmap_range(swapper_pg_dir, VA, VA + (1UL << shift),
				    pa, __pgprot(prot), shift), 0);
	return lookup_address(VA, &level);
}

static void expect_translation(unsigned long va, unsigned int access,
			       phys_addr_t want)
{
	phys_addr_t pa = 0;
	int err = host_mmu_translate(va, access, &pa);

	ck_assert_msg(err == 0, "access %#x at %#lx faulted, error code %#lx",
		      access, va, host_cpu.error_code);
	ck_assert_msg(pa == want, "%#lx translates to %#llx, expected %#llx",
		      va, (unsigned long long)pa, (unsigned long long)want);
}

START_TEST(test_split_2m_keeps_every_translation)
{
	pte_t *kpte = map_large(0x40000000, __PAGE_KERNEL, PMD_SHIFT);
	unsigned int level;
	unsigned long k;

	ck_assert_int_eq(split_large_page(kpte, PG_LEVEL_2M, VA), 0);
	lookup_address(VA + 0x1234, &level);
	ck_assert_msg(level == PG_LEVEL_4K, "after the split, the walk "
		      "ends at level %u, expected PG_LEVEL_4K", level);
	for (k = 0; k < PTRS_PER_PTE; k += 73)
		expect_translation(VA + k * PAGE_SIZE + 0x10, 0,
				   0x40000000 + k * PAGE_SIZE + 0x10);
	expect_translation(VA + PMD_SIZE - 1, HOST_ACCESS_WRITE,
			   0x40000000 + PMD_SIZE - 1);
}
END_TEST

START_TEST(test_split_2m_keeps_the_flags)
{
	pteval_t prot = _PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_NX |
			_PAGE_GLOBAL | _PAGE_ACCESSED;
	pte_t *kpte = map_large(0x40000000, prot, PMD_SHIFT);
	unsigned int level;
	pte_t *pte;

	ck_assert_int_eq(split_large_page(kpte, PG_LEVEL_2M, VA), 0);
	pte = lookup_address(VA + 511 * PAGE_SIZE, &level);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert_msg(pte_flags(*pte) == prot, "the last pte has flags %#lx, "
		      "expected %#lx", pte_flags(*pte), prot);
	ck_assert_uint_eq(pte_pfn(*pte), (0x40000000 >> PAGE_SHIFT) + 511);
	expect_translation(VA + 3 * PAGE_SIZE, HOST_ACCESS_USER |
			   HOST_ACCESS_WRITE, 0x40000000 + 3 * PAGE_SIZE);
}
END_TEST

START_TEST(test_split_flushes_the_large_translation)
{
	pte_t *kpte = map_large(0x40000000, __PAGE_KERNEL, PMD_SHIFT);
	unsigned int level;
	pte_t *pte;

	expect_translation(VA + 5 * PAGE_SIZE, HOST_ACCESS_WRITE,
			   0x40000000 + 5 * PAGE_SIZE);
	ck_assert_int_eq(split_large_page(kpte, PG_LEVEL_2M, VA), 0);
	ck_assert_msg(!host_tlb_cached(VA + 6 * PAGE_SIZE),
		      "the 2 MiB translation is still in the TLB");
	pte = lookup_address(VA + 5 * PAGE_SIZE, &level);
	set_pte(pte, pte_wrprotect(*pte));
	expect_translation(VA + 6 * PAGE_SIZE, HOST_ACCESS_WRITE,
			   0x40000000 + 6 * PAGE_SIZE);
	ck_assert_int_eq(host_mmu_write(VA + 5 * PAGE_SIZE, "x", 1, 0),
			 -EFAULT);
	ck_assert_uint_eq(host_cpu.error_code, 0x3);
}
END_TEST

START_TEST(test_split_1g_into_2m_pages)
{
	pte_t *kpte = map_large(0x100000000, __PAGE_KERNEL, PUD_SHIFT);
	unsigned int level;
	pte_t *pmd;

	ck_assert_int_eq(split_large_page(kpte, PG_LEVEL_1G, VA), 0);
	pmd = lookup_address(VA + 3 * PMD_SIZE, &level);
	ck_assert_msg(level == PG_LEVEL_2M, "after splitting 1 GiB, the walk "
		      "ends at level %u, expected PG_LEVEL_2M", level);
	ck_assert(pmd_large(*(pmd_t *)pmd));
	expect_translation(VA + 3 * PMD_SIZE + 0x1234, 0,
			   0x100000000 + 3 * PMD_SIZE + 0x1234);
	expect_translation(VA + PUD_SIZE - 8, HOST_ACCESS_WRITE,
			   0x100000000 + PUD_SIZE - 8);
}
END_TEST

START_TEST(test_split_refuses_what_is_not_a_large_page)
{
	pte_t *kpte = map_large(0x40000000, __PAGE_KERNEL, PAGE_SHIFT);
	pte_t none = __pte(0);

	ck_assert_int_eq(split_large_page(kpte, PG_LEVEL_4K, VA), -EINVAL);
	ck_assert_int_eq(split_large_page(&none, PG_LEVEL_2M, VA), -EINVAL);
	ck_assert_uint_eq(pte_val(none), 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_split_2m_keeps_every_translation, 3);
	add(test_split_2m_keeps_the_flags, 2);
	add(test_split_flushes_the_large_translation, 3);
	add(test_split_1g_into_2m_pages, 2);
	add(test_split_refuses_what_is_not_a_large_page, 1);
}
