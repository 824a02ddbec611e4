/* mm/memory.c: a program's page tables: making, filling, freeing them. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc_sync.h>

static void *table_alloc(struct mm_struct *mm)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);

	return page ? page_address(page) : NULL;
}

static pte_t *pte_alloc_map(struct mm_struct *mm, unsigned long addr)
{
	p4d_t *p4d = p4d_offset(pgd_offset_pgd(mm->pgd, addr), addr);
	pud_t *pud;
	pmd_t *pmd;
	void *t;

	if (p4d_none(*p4d)) {
		if (!(t = table_alloc(mm)))
			return NULL;
		set_p4d(p4d, __p4d(__pa(t) | _PAGE_TABLE));
	}
	pud = pud_offset(p4d, addr);
	if (pud_none(*pud)) {
		if (!(t = table_alloc(mm)))
			return NULL;
		set_pud(pud, __pud(__pa(t) | _PAGE_TABLE));
	}
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd)) {
		if (!(t = table_alloc(mm)))
			return NULL;
		set_pmd(pmd, __pmd(__pa(t) | _PAGE_TABLE));
	}
	return pte_offset_kernel(pmd, addr);
}

struct mm_struct init_mm = {
	.exe = "swapper",
};

static int mm_add_region(struct mm_struct *mm, unsigned long start,
			 unsigned long end)
{
	unsigned int i;

	for (i = 0; i < mm->nr_regions; i++) {
		struct mm_region *r = &mm->regions[i];

		if (start <= r->end && end >= r->start) {
			r->start = min(r->start, start);
			r->end = max(r->end, end);
			return 0;
		}
	}
	if (mm->nr_regions == MM_MAX_REGIONS)
		return -ENOMEM;
	mm->regions[mm->nr_regions++] = (struct mm_region){ start, end };
	return 0;
}

int mm_map_pages(struct mm_struct *mm, unsigned long start,
		 unsigned long end, pgprot_t prot)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = pte_alloc_map(mm, addr);
		struct page *page;

		if (!pte)
			return -ENOMEM;
		if (pte_present(*pte)) {
			pteval_t v = pte_val(*pte) | pgprot_val(prot);

			if (!(pgprot_val(prot) & _PAGE_NX))
				v &= ~_PAGE_NX;
			set_pte(pte, __pte(v));
			continue;
		}
		page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
		if (!page)
			return -ENOMEM;
		set_pte(pte, pfn_pte(page_to_pfn(page), prot));
		mm->nr_pages++;
	}
	return mm_add_region(mm, start, end);
}

static void *mm_page_address(struct mm_struct *mm, unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address_in_pgd(pgd_offset_pgd(mm->pgd, addr),
					   addr, &level);

	if (!pte || !pte_present(*pte) || level != PG_LEVEL_4K)
		return NULL;
	return __va(pte_pfn(*pte) << PAGE_SHIFT);
}

int mm_copy_to(struct mm_struct *mm, unsigned long addr, const void *src,
	       size_t len)
{
	while (len) {
		size_t n = min(len, PAGE_SIZE - (addr & ~PAGE_MASK));
		char *page = mm_page_address(mm, addr & PAGE_MASK);

		if (!page)
			return -EFAULT;
		memcpy(page + (addr & ~PAGE_MASK), src, n);
		addr += n;
		src = (const char *)src + n;
		len -= n;
	}
	return 0;
}

static void free_pte_table(pte_t *pte)
{
	unsigned int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (pte_present(pte[i]))
			__free_pages(pfn_to_page(pte_pfn(pte[i])), 0);
	__free_pages(virt_to_page(pte), 0);
}

static void free_pmd_table(pmd_t *pmd)
{
	unsigned int i;

	for (i = 0; i < PTRS_PER_PMD; i++)
		if (pmd_present(pmd[i]))
			free_pte_table(pmd_page_vaddr(pmd[i]));
	__free_pages(virt_to_page(pmd), 0);
}

static void free_pgtables(pgd_t *pgd)
{
	unsigned int i, j;

	for (i = 0; i < pgd_index(PAGE_OFFSET); i++) {
		p4d_t *p4d = p4d_offset(pgd + i, 0);
		pud_t *pud;

		if (!p4d_present(*p4d))
			continue;
		pud = p4d_pgtable(*p4d);
		for (j = 0; j < PTRS_PER_PUD; j++)
			if (pud_present(pud[j]))
				free_pmd_table(pud_pgtable(pud[j]));
		__free_pages(virt_to_page(pud), 0);
	}
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (mm && !(mm->pgd = pgd_alloc())) {
		kfree(mm);
		return NULL;
	}
	return mm;
}

void mmput(struct mm_struct *mm)
{
	free_pgtables(mm->pgd);
	pgd_free(mm->pgd);
	kfree(mm);
}

void print_vma_addr(char *buf, size_t size, struct mm_struct *mm,
		    unsigned long ip)
{
	unsigned int i;

	buf[0] = '\0';
	for (i = 0; mm && i < mm->nr_regions; i++)
		if (ip >= mm->regions[i].start && ip < mm->regions[i].end)
			snprintf(buf, size, " in %s[%lx+%lx]", mm->exe,
				 mm->regions[i].start,
				 mm->regions[i].end - mm->regions[i].start);
}
