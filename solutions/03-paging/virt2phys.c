/*
 * Exercise 3.4, reference solution: slow_virt_to_phys().
 */
#include "virt2phys.h"

phys_addr_t slow_virt_to_phys(pgd_t *pgd, unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address_in_pgd(pgd_offset_pgd(pgd, addr), addr,
					   &level);
	unsigned long pfn;
	unsigned int shift;

	if (!pte || !pte_present(*pte))
		return NO_PHYS_ADDR;
	switch (level) {
	case PG_LEVEL_1G:
		pfn = pud_pfn(*(pud_t *)pte);
		shift = PUD_SHIFT;
		break;
	case PG_LEVEL_2M:
		pfn = pmd_pfn(*(pmd_t *)pte);
		shift = PMD_SHIFT;
		break;
	default:
		pfn = pte_pfn(*pte);
		shift = PAGE_SHIFT;
		break;
	}
	return ((phys_addr_t)pfn << PAGE_SHIFT) | (addr & ((1UL << shift) - 1));
}
