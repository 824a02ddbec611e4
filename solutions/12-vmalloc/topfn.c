/*
 * Exercise 12.1: vmalloc_to_pfn(), the reference solution: the walk of
 * Linux 6.1's vmalloc_to_page(), which stops at a leaf of any level.
 */
#include <linux/vmalloc.h>
#include "topfn.h"

unsigned long vmalloc_to_pfn(const void *addr)
{
	unsigned long a = (unsigned long)addr;
	p4d_t *p4d = p4d_offset(pgd_offset_k(a), a);
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;

	if (!is_vmalloc_addr(addr) || p4d_none(*p4d))
		return 0;
	pud = pud_offset(p4d, a);
	if (pud_none(*pud))
		return 0;
	if (pud_large(*pud))
		return pte_pfn(*(pte_t *)pud) + ((a & ~PUD_MASK) >> PAGE_SHIFT);
	pmd = pmd_offset(pud, a);
	if (pmd_none(*pmd))
		return 0;
	if (pmd_large(*pmd))
		return pte_pfn(*(pte_t *)pmd) + ((a & ~PMD_MASK) >> PAGE_SHIFT);
	pte = pte_offset_kernel(pmd, a);
	return pte_present(*pte) ? pte_pfn(*pte) : 0;
}
