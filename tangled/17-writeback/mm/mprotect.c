/* mm/mprotect.c: mprotect: new permissions for a range of areas. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>
#include <linux/rmap.h>

static int mprotect_fixup(struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, unsigned long newflags);
static void change_protection(struct vm_area_struct *vma,
			      unsigned long addr, unsigned long end);

static int do_mprotect_pkey(unsigned long start, size_t len,
			    unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	unsigned long end, nstart, tmp, newflags;
	struct vm_area_struct *vma;
	int error;

	prot &= ~(PROT_GROWSDOWN | PROT_GROWSUP);
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))
		return -EINVAL;
	if (offset_in_page(start))
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;
	vma = find_vma(mm, start);
	if (!vma)
		return -ENOMEM;
	if (grows & PROT_GROWSDOWN) {
		if (vma->vm_start >= end)
			return -ENOMEM;
		start = vma->vm_start;
		if (!(vma->vm_flags & VM_GROWSDOWN))
			return -EINVAL;
	} else if (vma->vm_start > start || (grows & PROT_GROWSUP)) {
		return vma->vm_start > start ? -ENOMEM : -EINVAL;
	}
	for (nstart = start;;) {
		newflags = calc_vm_prot_bits(prot) |
			   (vma->vm_flags & ~VM_ACCESS_FLAGS);
		if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS)
			return -EACCES;
		tmp = min(vma->vm_end, end);
		error = mprotect_fixup(vma, nstart, tmp, newflags);
		if (error)
			return error;
		nstart = tmp;
		if (nstart >= end)
			return 0;
		vma = find_vma(mm, nstart);
		if (!vma || vma->vm_start > nstart)
			return -ENOMEM;
	}
}

static int mprotect_fixup(struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	int error;

	if (newflags == vma->vm_flags)
		return 0;
	if (start > vma->vm_start) {
		error = split_vma(mm, vma, start, 0);
		if (error)
			return error;
		vma = vma->vm_next;
	}
	if (end < vma->vm_end) {
		error = split_vma(mm, vma, end, 0);
		if (error)
			return error;
	}
	vm_stat_account(mm, vma->vm_flags, -(long)vma_pages(vma));
	vm_stat_account(mm, newflags, vma_pages(vma));
	vma->vm_flags = newflags;
	vma->vm_page_prot = vm_get_page_prot(newflags);
	change_protection(vma, start, end);
	vma_merge_neighbours(mm, vma);
	return 0;
}

static bool can_change_pte_writable(struct vm_area_struct *vma,
				    unsigned long pfn)
{
	struct page *page;

	if (!(vma->vm_flags & VM_WRITE) || (vma->vm_flags & VM_SHARED) ||
	    is_zero_pfn(pfn))
		return false;
	page = pfn_to_page(pfn);
	return PageAnon(page) && page_count(page) == 1;
}

static pte_t change_pte(struct vm_area_struct *vma, pte_t old)
{
	unsigned long pfn = pte_pfn(old);
	pte_t pte = pfn_pte(pfn, vma->vm_page_prot);

	pte = pte_set_flags(pte, pte_flags(old) &
				 (_PAGE_ACCESSED | _PAGE_DIRTY));
	if (can_change_pte_writable(vma, pfn))
		pte = pte_mkwrite(pte);
	return pte;
}

static void change_protection(struct vm_area_struct *vma,
			      unsigned long addr, unsigned long end)
{
	while (addr < end) {
		pte_t *pte = lookup_pte(vma->vm_mm, addr);

		if (!pte) {
			addr = table_end(addr, PMD_SIZE);
			continue;
		}
		if (!pte_none(*pte)) {
			set_pte(pte, change_pte(vma, *pte));
			flush_tlb_one_user(addr);
		}
		addr += PAGE_SIZE;
	}
}

long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	return do_mprotect_pkey(start, len, prot);
}
