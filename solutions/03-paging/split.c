/*
 * Exercise 3.1, reference solution: split_large_page().
 */
#include <asm/tlbflush.h>
#include <linux/errno.h>

#include "split.h"

/* The flags each small entry gets, from the large entry's. */
static pteval_t small_flags(pteval_t large, unsigned int level)
{
	pteval_t flags = large & PTE_FLAGS_MASK;

	if (level == PG_LEVEL_1G)	/* 2 MiB entries keep PSE and PAT */
		return flags | (large & _PAGE_PAT_LARGE);
	flags &= ~_PAGE_PSE;		/* bit 7 is PAT in a 4 KiB pte */
	if (large & _PAGE_PAT_LARGE)
		flags |= _PAGE_PAT;
	return flags;
}

int split_large_page(pte_t *kpte, unsigned int level, unsigned long address)
{
	pteval_t large = pte_val(*kpte);
	unsigned long pfn, step, i;
	pteval_t flags;
	pteval_t *table;

	if ((level != PG_LEVEL_2M && level != PG_LEVEL_1G) ||
	    !(large & _PAGE_PRESENT) || !(large & _PAGE_PSE))
		return -EINVAL;
	if (level == PG_LEVEL_2M) {
		pfn = (large & PHYSICAL_PMD_PAGE_MASK) >> PAGE_SHIFT;
		step = 1;
	} else {
		pfn = (large & PHYSICAL_PUD_PAGE_MASK) >> PAGE_SHIFT;
		step = PMD_SIZE >> PAGE_SHIFT;
	}
	flags = small_flags(large, level);
	table = alloc_low_page();
	for (i = 0; i < PTRS_PER_PTE; i++)
		table[i] = ((pfn + i * step) << PAGE_SHIFT) | flags;
	set_pte(kpte, __pte(__pa(table) | _KERNPG_TABLE |
			    (large & _PAGE_USER)));
	__flush_tlb_all();
	(void)address;
	return 0;
}
