/*
 * Exercise 15.1: copy_one_pte(), the reference solution: Linux 6.1's
 * copy_present_pte() for an anonymous page, without pinned pages.
 */
#include <asm/tlbflush.h>
#include <linux/mm.h>
#include <linux/rmap.h>
#include "copypte.h"

static bool is_cow(unsigned long flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

void copy_one_pte(struct vm_area_struct *dst_vma,
		  struct vm_area_struct *src_vma, pte_t *dst_pte,
		  pte_t *src_pte, unsigned long addr)
{
	pte_t pte = *src_pte;

	if (!is_zero_pfn(pte_pfn(pte))) {
		struct page *page = pfn_to_page(pte_pfn(pte));

		get_page(page);
		page_dup_rmap(page);
		inc_mm_counter(dst_vma->vm_mm, MM_ANONPAGES);
	}
	if (is_cow(src_vma->vm_flags) && pte_write(pte)) {
		pte = pte_wrprotect(pte);
		set_pte(src_pte, pte);
		flush_tlb_one_user(addr);
	}
	set_pte(dst_pte, pte);
}
