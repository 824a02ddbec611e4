/*
 * mm/memory.c: the page fault of a program's address: checking it,
 * making the page and its tables, copy-on-write; copying the tables
 * for fork; unmapping; writing into an address space from the kernel.
 */
#include <asm/tlbflush.h>
#include <asm/trap_pf.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc_sync.h>
#include <linux/rmap.h>
#include "slab.h"
#include <linux/pagemap.h>
#include <linux/sched/task.h>

static vm_fault_t handle_pte_fault(struct vm_fault *vmf);
static vm_fault_t do_anonymous_page(struct vm_fault *vmf);
static vm_fault_t do_wp_page(struct vm_fault *vmf);

void flush_tlb_one_user(unsigned long addr)
{
	__flush_tlb_one_kernel(addr);
}

struct mm_struct init_mm = {
	.exe = "swapper",
};

unsigned long zero_pfn;

void setup_zero_page(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);

	if (!page)
		panic("no memory for the zero page");
	zero_pfn = page_to_pfn(page);
}

static void *pgtable_alloc(struct mm_struct *mm)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);

	if (!page)
		return NULL;
	mm->pgtables_bytes += PAGE_SIZE;
	return page_address(page);
}

static pud_t *pud_alloc(struct mm_struct *mm, p4d_t *p4d,
			unsigned long address)
{
	void *new;

	if (p4d_none(*p4d)) {
		if (!(new = pgtable_alloc(mm)))
			return NULL;
		set_p4d(p4d, __p4d(__pa(new) | _PAGE_TABLE));
	}
	return pud_offset(p4d, address);
}

static pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud,
			unsigned long address)
{
	void *new;

	if (pud_none(*pud)) {
		if (!(new = pgtable_alloc(mm)))
			return NULL;
		set_pud(pud, __pud(__pa(new) | _PAGE_TABLE));
	}
	return pmd_offset(pud, address);
}

static int __pte_alloc(struct mm_struct *mm, pmd_t *pmd)
{
	void *new = pgtable_alloc(mm);

	if (!new)
		return -ENOMEM;
	set_pmd(pmd, __pmd(__pa(new) | _PAGE_TABLE));
	return 0;
}

pte_t *lookup_pte(struct mm_struct *mm, unsigned long addr)
{
	p4d_t *p4d = p4d_offset(pgd_offset(mm, addr), addr);
	pud_t *pud;
	pmd_t *pmd;

	if (p4d_none(*p4d))
		return NULL;
	pud = pud_offset(p4d, addr);
	if (pud_none(*pud))
		return NULL;
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd))
		return NULL;
	return pte_offset_kernel(pmd, addr);
}

pte_t *get_locked_pte(struct mm_struct *mm, unsigned long addr)
{
	p4d_t *p4d = p4d_offset(pgd_offset(mm, addr), addr);
	pud_t *pud = pud_alloc(mm, p4d, addr);
	pmd_t *pmd = pud ? pmd_alloc(mm, pud, addr) : NULL;

	if (!pmd || (pmd_none(*pmd) && __pte_alloc(mm, pmd)))
		return NULL;
	return pte_offset_kernel(pmd, addr);
}

static bool access_error(unsigned long error_code,
			 const struct vm_area_struct *vma)
{
	if (error_code & X86_PF_WRITE)
		return !(vma->vm_flags & VM_WRITE);
	if (error_code & X86_PF_PROT)
		return true;
	return !(vma->vm_flags & VM_ACCESS_FLAGS);
}

bool do_user_addr_fault(struct pt_regs *regs, unsigned long error_code,
			unsigned long address)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned int flags = 0;

	if (!mm || (error_code & X86_PF_RSVD))
		return false;
	vma = find_vma(mm, address);
	if (!vma)
		return false;			/* bad_area */
	if (vma->vm_start > address &&
	    (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address)))
		return false;			/* bad_area */
	if (access_error(error_code, vma))
		return false;			/* bad_area_access_error */
	if (error_code & X86_PF_WRITE)
		flags |= FAULT_FLAG_WRITE;
	if (error_code & X86_PF_USER)
		flags |= FAULT_FLAG_USER;
	return !(handle_mm_fault(vma, address, flags) & VM_FAULT_ERROR);
}

static vm_fault_t __handle_mm_fault(struct vm_area_struct *vma,
				    unsigned long address,
				    unsigned int flags)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = address & PAGE_MASK,
		.flags = flags,
	};
	struct mm_struct *mm = vma->vm_mm;
	p4d_t *p4d = p4d_offset(pgd_offset(mm, address), address);
	pud_t *pud = pud_alloc(mm, p4d, address);

	if (!pud)
		return VM_FAULT_OOM;
	vmf.pmd = pmd_alloc(mm, pud, address);
	if (!vmf.pmd)
		return VM_FAULT_OOM;
	return handle_pte_fault(&vmf);
}

vm_fault_t handle_mm_fault(struct vm_area_struct *vma,
			   unsigned long address, unsigned int flags)
{
	vm_fault_t ret = __handle_mm_fault(vma, address, flags);

	if (!(ret & VM_FAULT_ERROR))
		current->min_flt++;
	return ret;
}

static vm_fault_t do_fault(struct vm_fault *vmf);

static vm_fault_t handle_pte_fault(struct vm_fault *vmf)
{
	if (pmd_none(*vmf->pmd) && __pte_alloc(vmf->vma->vm_mm, vmf->pmd))
		return VM_FAULT_OOM;
	vmf->pte = pte_offset_kernel(vmf->pmd, vmf->address);
	vmf->orig_pte = *vmf->pte;
	if (pte_none(vmf->orig_pte))
		return vmf->vma->vm_ops ? do_fault(vmf) :
					  do_anonymous_page(vmf);
	if ((vmf->flags & FAULT_FLAG_WRITE) && !pte_write(vmf->orig_pte))
		return do_wp_page(vmf);
	flush_tlb_one_user(vmf->address);
	return 0;
}

static pte_t mk_anon_pte(struct vm_area_struct *vma, struct page *page)
{
	pte_t entry = pfn_pte(page_to_pfn(page), vma->vm_page_prot);

	if (vma->vm_flags & VM_WRITE)
		entry = pte_mkwrite(pte_mkdirty(entry));
	return entry;
}

static vm_fault_t do_anonymous_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;

	if (!(vmf->flags & FAULT_FLAG_WRITE)) {
		set_pte(vmf->pte, pfn_pte(my_zero_pfn(vmf->address),
					  vma->vm_page_prot));
		return 0;
	}
	page = alloc_pages(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0);
	if (!page)
		return VM_FAULT_OOM;
	inc_mm_counter(vma->vm_mm, MM_ANONPAGES);
	page_add_new_anon_rmap(page, vma, vmf->address);
	set_pte(vmf->pte, mk_anon_pte(vma, page));
	return 0;
}

unsigned long cow_copies;

static vm_fault_t wp_page_copy(struct vm_fault *vmf, struct page *old)
{
	struct mm_struct *mm = vmf->vma->vm_mm;
	struct page *new;

	new = alloc_pages(GFP_HIGHUSER_MOVABLE | (old ? 0 : __GFP_ZERO), 0);
	if (!new)
		return VM_FAULT_OOM;
	if (old)
		memcpy(page_address(new), page_address(old), PAGE_SIZE);
	if (!old || !PageAnon(old)) {
		if (old)
			dec_mm_counter(mm, MM_FILEPAGES);
		inc_mm_counter(mm, MM_ANONPAGES);
	}
	page_add_new_anon_rmap(new, vmf->vma, vmf->address);
	set_pte(vmf->pte, mk_anon_pte(vmf->vma, new));
	flush_tlb_one_user(vmf->address);
	if (old) {
		page_remove_rmap(old);
		put_page(old);
	}
	cow_copies++;
	return 0;
}

static vm_fault_t wp_page_reuse(struct vm_fault *vmf)
{
	set_pte(vmf->pte, pte_mkwrite(pte_mkdirty(vmf->orig_pte)));
	flush_tlb_one_user(vmf->address);
	return 0;
}

static vm_fault_t do_wp_page(struct vm_fault *vmf)
{
	struct page *page;

	if (is_zero_pfn(pte_pfn(vmf->orig_pte)))
		return wp_page_copy(vmf, NULL);
	page = pfn_to_page(pte_pfn(vmf->orig_pte));
	if (vmf->vma->vm_ops && (vmf->vma->vm_flags & VM_SHARED)) {
		set_page_dirty(page);
		wp_page_reuse(vmf);
		balance_dirty_pages_ratelimited(vmf->vma->vm_file->f_mapping);
		return 0;
	}
	if (PageAnon(page) && page_count(page) == 1)
		return wp_page_reuse(vmf);
	return wp_page_copy(vmf, page);
}

static void zap_pte_range(struct mm_struct *mm, pmd_t *pmd,
			  unsigned long addr, unsigned long end)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);

	for (; addr < end; addr += PAGE_SIZE, pte++) {
		pte_t ptent = *pte;
		struct page *page;

		if (pte_none(ptent))
			continue;
		pte_clear(pte);
		flush_tlb_one_user(addr);
		if (is_zero_pfn(pte_pfn(ptent)))
			continue;
		page = pfn_to_page(pte_pfn(ptent));
		if (!PageAnon(page) && pte_dirty(ptent))
			set_page_dirty(page);
		dec_mm_counter(mm, mm_counter(page));
		page_remove_rmap(page);
		put_page(page);
	}
}

void unmap_page_range(struct mm_struct *mm, unsigned long addr,
		      unsigned long end)
{
	update_hiwater_rss(mm);
	while (addr < end) {
		p4d_t *p4d = p4d_offset(pgd_offset(mm, addr), addr);
		pud_t *pud;
		pmd_t *pmd;
		unsigned long next;

		if (p4d_none(*p4d)) {
			addr = table_end(addr, PGDIR_SIZE);
			continue;
		}
		pud = pud_offset(p4d, addr);
		if (pud_none(*pud)) {
			addr = table_end(addr, PUD_SIZE);
			continue;
		}
		pmd = pmd_offset(pud, addr);
		next = min(table_end(addr, PMD_SIZE), end);
		if (!pmd_none(*pmd))
			zap_pte_range(mm, pmd, addr, next);
		addr = next;
	}
}

void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long size)
{
	unmap_page_range(vma->vm_mm, start, start + size);
}

static bool free_if_empty(struct mm_struct *mm, void *table,
			  unsigned long *entry)
{
	const unsigned long *e = table;
	unsigned int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (e[i])
			return false;
	*entry = 0;
	__free_pages(virt_to_page(table), 0);
	mm->pgtables_bytes -= PAGE_SIZE;
	return true;
}

void free_pgtables(struct mm_struct *mm, unsigned long addr,
		   unsigned long end)
{
	while (addr < end) {
		p4d_t *p4d = p4d_offset(pgd_offset(mm, addr), addr);
		pud_t *pud;
		pmd_t *pmd;

		if (p4d_none(*p4d)) {
			addr = table_end(addr, PGDIR_SIZE);
			continue;
		}
		pud = pud_offset(p4d, addr);
		if (pud_none(*pud)) {
			addr = table_end(addr, PUD_SIZE);
			continue;
		}
		pmd = pmd_offset(pud, addr);
		if (!pmd_none(*pmd))
			free_if_empty(mm, pmd_page_vaddr(*pmd), &pmd->pmd);
		if (free_if_empty(mm, pud_pgtable(*pud), &pud->pud))
			free_if_empty(mm, p4d_pgtable(*p4d), &p4d->pgd.pgd);
		addr = table_end(addr, PMD_SIZE);
	}
}

static pte_t *follow_pte(struct mm_struct *mm, unsigned long addr)
{
	p4d_t *p4d = p4d_offset(pgd_offset(mm, addr), addr);
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;

	if (p4d_none(*p4d))
		return NULL;
	pud = pud_offset(p4d, addr);
	if (pud_none(*pud))
		return NULL;
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd))
		return NULL;
	pte = pte_offset_kernel(pmd, addr);
	return pte_present(*pte) ? pte : NULL;
}

static void *faultin_page(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	pte_t *pte = follow_pte(mm, addr);

	if (!vma || vma->vm_start > addr)
		return NULL;
	if (!pte || is_zero_pfn(pte_pfn(*pte))) {
		if (handle_mm_fault(vma, addr, FAULT_FLAG_WRITE) &
		    VM_FAULT_ERROR)
			return NULL;
		pte = follow_pte(mm, addr);
	}
	return __va(pte_pfn(*pte) << PAGE_SHIFT);
}

int mm_copy_to(struct mm_struct *mm, unsigned long addr, const void *src,
	       size_t len)
{
	while (len) {
		size_t n = min(len, PAGE_SIZE - offset_in_page(addr));
		char *page = faultin_page(mm, addr & PAGE_MASK);

		if (!page)
			return -EFAULT;
		memcpy(page + offset_in_page(addr), src, n);
		addr += n;
		src = (const char *)src + n;
		len -= n;
	}
	return 0;
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kmem_cache_alloc(mm_cachep, GFP_KERNEL);

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	mm->mm_users = 1;
	mm->task_size = TASK_SIZE;
	arch_pick_mmap_layout(mm);
	return mm;
}

void mmput(struct mm_struct *mm)
{
	if (--mm->mm_users)
		return;
	exit_mmap(mm);
	pgd_free(mm->pgd);
	kfree(mm->exe_file);
	if (mm->anon_vma)
		put_anon_vma(mm->anon_vma);
	kmem_cache_free(mm_cachep, mm);
}

void print_vma_addr(char *buf, size_t size, struct mm_struct *mm,
		    unsigned long ip)
{
	struct vm_area_struct *vma = mm ? find_vma(mm, ip) : NULL;

	buf[0] = '\0';
	if (vma && vma->vm_file)
		snprintf(buf, size, " in %s[%lx+%lx]",
			 kbasename(vma->vm_file->f_path), vma->vm_start,
			 vma->vm_end - vma->vm_start);
}

static bool is_cow_mapping(unsigned long flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

static void copy_present_pte(struct vm_area_struct *dst_vma,
			     struct vm_area_struct *src_vma,
			     pte_t *dst_pte, pte_t *src_pte,
			     unsigned long addr)
{
	pte_t pte = *src_pte;

	if (!is_zero_pfn(pte_pfn(pte))) {
		struct page *page = pfn_to_page(pte_pfn(pte));

		get_page(page);
		page_dup_rmap(page);
		inc_mm_counter(dst_vma->vm_mm, mm_counter(page));
	}
	if (is_cow_mapping(src_vma->vm_flags) && pte_write(pte)) {
		pte = pte_wrprotect(pte);
		set_pte(src_pte, pte);
		flush_tlb_one_user(addr);
	}
	set_pte(dst_pte, pte);
}

static int copy_pte_range(struct vm_area_struct *dst_vma,
			  struct vm_area_struct *src_vma, pmd_t *dst_pmd,
			  pmd_t *src_pmd, unsigned long addr,
			  unsigned long end)
{
	pte_t *src_pte, *dst_pte;

	if (pmd_none(*dst_pmd) && __pte_alloc(dst_vma->vm_mm, dst_pmd))
		return -ENOMEM;
	src_pte = pte_offset_kernel(src_pmd, addr);
	dst_pte = pte_offset_kernel(dst_pmd, addr);
	for (; addr < end; addr += PAGE_SIZE, src_pte++, dst_pte++)
		if (!pte_none(*src_pte))
			copy_present_pte(dst_vma, src_vma, dst_pte, src_pte,
					 addr);
	return 0;
}

int copy_page_range(struct vm_area_struct *dst_vma,
		    struct vm_area_struct *src_vma)
{
	struct mm_struct *dst_mm = dst_vma->vm_mm, *src_mm = src_vma->vm_mm;
	unsigned long addr = src_vma->vm_start, end = src_vma->vm_end, next;

	while (addr < end) {
		p4d_t *p4d = p4d_offset(pgd_offset(src_mm, addr), addr);
		pud_t *src_pud, *dst_pud;
		pmd_t *src_pmd, *dst_pmd;

		if (p4d_none(*p4d)) {
			addr = table_end(addr, PGDIR_SIZE);
			continue;
		}
		src_pud = pud_offset(p4d, addr);
		if (pud_none(*src_pud)) {
			addr = table_end(addr, PUD_SIZE);
			continue;
		}
		src_pmd = pmd_offset(src_pud, addr);
		next = min(table_end(addr, PMD_SIZE), end);
		if (!pmd_none(*src_pmd)) {
			p4d = p4d_offset(pgd_offset(dst_mm, addr), addr);
			dst_pud = pud_alloc(dst_mm, p4d, addr);
			dst_pmd = dst_pud ? pmd_alloc(dst_mm, dst_pud, addr)
					  : NULL;
			if (!dst_pmd ||
			    copy_pte_range(dst_vma, src_vma, dst_pmd, src_pmd,
					   addr, next))
				return -ENOMEM;
		}
		addr = next;
	}
	return 0;
}

struct kmem_cache *mm_cachep;

void mm_cache_init(void)
{
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct),
				      0, SLAB_PANIC, NULL);
	radix_tree_init();
	anon_vma_cachep = kmem_cache_create("anon_vma",
					    sizeof(struct anon_vma), 0,
					    SLAB_PANIC, NULL);
}

static unsigned long active_objects(struct kmem_cache *s)
{
	unsigned long active, total, slabs;

	kmem_cache_shrink(s);	/* the cpu slab's too */
	get_slabinfo(s, &active, &total, &slabs);
	return active;
}

void mm_caches_report(const char *name)
{
	unsigned long mms = active_objects(mm_cachep);
	unsigned long anon_vmas = active_objects(anon_vma_cachep);

	if (mms)
		pr_info("=== %s: %lu mm_structs not given back\n", name, mms);
	if (anon_vmas)
		pr_info("=== %s: %lu anon_vmas not given back\n", name,
			anon_vmas);
}

int mm_copy_from(struct mm_struct *mm, void *dst, unsigned long addr,
		 size_t len)
{
	while (len) {
		size_t n = min(len, PAGE_SIZE - offset_in_page(addr));
		struct vm_area_struct *vma = find_vma(mm, addr);
		pte_t *pte = follow_pte(mm, addr);

		if (!vma || vma->vm_start > addr)
			return -EFAULT;
		if (!pte && !(handle_mm_fault(vma, addr, 0) & VM_FAULT_ERROR))
			pte = follow_pte(mm, addr);
		if (!pte)
			return -EFAULT;
		memcpy(dst, (char *)__va(pte_pfn(*pte) << PAGE_SHIFT) +
		       offset_in_page(addr), n);
		addr += n;
		dst = (char *)dst + n;
		len -= n;
	}
	return 0;
}

#define SIGBUS	7

static vm_fault_t __do_fault(struct vm_fault *vmf)
{
	vm_fault_t ret = vmf->vma->vm_ops->fault(vmf);

	if ((ret & VM_FAULT_SIGBUS) && (vmf->flags & FAULT_FLAG_USER))
		do_exit(SIGBUS);	/* force_sig_fault(BUS_ADRERR) */
	return ret;
}

/* The cache's page, in the table: read-only, or writable if shared. */
static void finish_fault(struct vm_fault *vmf, bool write)
{
	struct vm_area_struct *vma = vmf->vma;
	pte_t entry = pfn_pte(page_to_pfn(vmf->page), vma->vm_page_prot);

	entry = write ? pte_mkwrite(pte_mkdirty(entry)) :
			pte_wrprotect(entry);
	page_add_file_rmap(vmf->page);
	inc_mm_counter(vma->vm_mm, MM_FILEPAGES);
	set_pte(vmf->pte, entry);
}

static vm_fault_t do_read_fault(struct vm_fault *vmf)
{
	vm_fault_t ret = __do_fault(vmf);

	if (!ret)
		finish_fault(vmf, false);
	return ret;
}

/* A private write: a copy of the page, the process's own. */
static vm_fault_t do_cow_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *new;
	vm_fault_t ret;

	new = alloc_pages(GFP_HIGHUSER_MOVABLE, 0);
	if (!new)
		return VM_FAULT_OOM;
	ret = __do_fault(vmf);
	if (ret) {
		__free_pages(new, 0);
		return ret;
	}
	memcpy(page_address(new), page_address(vmf->page), PAGE_SIZE);
	put_page(vmf->page);
	inc_mm_counter(vma->vm_mm, MM_ANONPAGES);
	page_add_new_anon_rmap(new, vma, vmf->address);
	set_pte(vmf->pte, mk_anon_pte(vma, new));
	return 0;
}

/* A shared write: the cache's page itself, now dirty. */
static vm_fault_t do_shared_fault(struct vm_fault *vmf)
{
	vm_fault_t ret = __do_fault(vmf);

	if (ret)
		return ret;
	set_page_dirty(vmf->page);
	finish_fault(vmf, true);
	balance_dirty_pages_ratelimited(vmf->vma->vm_file->f_mapping);
	return 0;
}

static vm_fault_t do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;

	vmf->pgoff = linear_page_index(vma, vmf->address);
	if (!(vmf->flags & FAULT_FLAG_WRITE))
		return do_read_fault(vmf);
	if (!(vma->vm_flags & VM_SHARED))
		return do_cow_fault(vmf);
	return do_shared_fault(vmf);
}

/*
 * Take the file's pages from holebegin on (holelen bytes; 0: to the
 * end) out of every area that maps them, the private copies too: the
 * next touch faults, and past the end of the file that is SIGBUS.
 */
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin,
			 loff_t holelen, int even_cows)
{
	unsigned long first = holebegin >> PAGE_SHIFT, last = ULONG_MAX;
	struct vm_area_struct *vma;

	if (holelen)
		last = first + ((holelen + PAGE_SIZE - 1) >> PAGE_SHIFT) - 1;
	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		unsigned long start = vma->vm_pgoff, end;

		end = start + vma_pages(vma) - 1;
		if (end < first || start > last)
			continue;
		if (!even_cows && !(vma->vm_flags & VM_SHARED))
			continue;
		start = max(start, first);
		end = min(end, last);
		zap_page_range(vma, vma->vm_start +
			       ((start - vma->vm_pgoff) << PAGE_SHIFT),
			       (end - start + 1) << PAGE_SHIFT);
	}
}

int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages)
{
	struct mm_struct *mm = current->mm;
	bool write = gup_flags & FOLL_WRITE;
	int i;

	for (i = 0; i < nr_pages; i++) {
		unsigned long addr = (start & PAGE_MASK) + i * PAGE_SIZE;
		struct vm_area_struct *vma = find_vma(mm, addr);
		pte_t *pte;

		if (!vma || vma->vm_start > addr ||
		    !(vma->vm_flags & (write ? VM_WRITE : VM_READ)))
			break;
		pte = follow_pte(mm, addr);
		if (!pte || (write && !pte_write(*pte))) {
			if (handle_mm_fault(vma, addr, write ?
					    FAULT_FLAG_WRITE : 0) &
			    VM_FAULT_ERROR)
				break;
			pte = follow_pte(mm, addr);
			if (!pte)
				break;
		}
		pages[i] = pfn_to_page(pte_pfn(*pte));
		get_page(pages[i]);
	}
	return i ? i : -EFAULT;
}
