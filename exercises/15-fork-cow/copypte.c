/*
 * Exercise 15.1: copy_one_pte(). See 1-copypte.md; grade it with
 * `make grade CH=15`.
 */
#include <asm/tlbflush.h>
#include <linux/mm.h>
#include <linux/rmap.h>
#include "copypte.h"

/*
 * fork's copy of the present entry *src_pte, which maps addr in
 * src_vma, into the child's entry *dst_pte (dst_vma is the child's copy
 * of the area).  For now the child's entry is the parent's, as it is:
 * both may write the same page.
 */
void copy_one_pte(struct vm_area_struct *dst_vma,
		  struct vm_area_struct *src_vma, pte_t *dst_pte,
		  pte_t *src_pte, unsigned long addr)
{
	(void)dst_vma;
	(void)src_vma;
	(void)addr;
	set_pte(dst_pte, *src_pte);
}
