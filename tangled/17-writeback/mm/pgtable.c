/* mm/pgtable.c: page-table pages, the walker and the mapper. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <linux/string.h>

unsigned long pgt_buf_start, pgt_buf_end, pgt_buf_top;

void pgt_buf_setup(phys_addr_t base, unsigned long nr_pages)
{
	pgt_buf_start = base >> PAGE_SHIFT;
	pgt_buf_end = pgt_buf_start;
	pgt_buf_top = pgt_buf_start + nr_pages;
}

void *alloc_low_pages(unsigned int num)
{
	unsigned long pfn;
	void *p;


	if (pgt_buf_end + num > pgt_buf_top)
		panic("alloc_low_pages: the page-table reserve of %lu pages "
		      "is used up", pgt_buf_top - pgt_buf_start);
	pfn = pgt_buf_end;
	pgt_buf_end += num;
	p = __va((phys_addr_t)pfn << PAGE_SHIFT);
	memset(p, 0, num * PAGE_SIZE);
	return p;
}

pte_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long address,
			     unsigned int *level)
{
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	*level = PG_LEVEL_NONE;
	if (pgd_none(*pgd))
		return NULL;
	p4d = p4d_offset(pgd, address);
	if (p4d_none(*p4d))
		return NULL;
	*level = PG_LEVEL_512G;
	if (!p4d_present(*p4d))
		return (pte_t *)p4d;
	pud = pud_offset(p4d, address);
	if (pud_none(*pud))
		return NULL;
	*level = PG_LEVEL_1G;
	if (pud_large(*pud) || !pud_present(*pud))
		return (pte_t *)pud;
	pmd = pmd_offset(pud, address);
	if (pmd_none(*pmd))
		return NULL;
	*level = PG_LEVEL_2M;
	if (pmd_large(*pmd) || !pmd_present(*pmd))
		return (pte_t *)pmd;
	*level = PG_LEVEL_4K;
	return pte_offset_kernel(pmd, address);
}

pte_t *lookup_address(unsigned long address, unsigned int *level)
{
	return lookup_address_in_pgd(pgd_offset_k(address), address, level);
}

static pgdval_t table_flags(pgprot_t prot)
{
	return _KERNPG_TABLE | (pgprot_val(prot) & _PAGE_USER);
}

static pud_t *pud_alloc(p4d_t *p4d, unsigned long address, pgprot_t prot)
{
	if (p4d_none(*p4d))
		set_p4d(p4d, __p4d(__pa(alloc_low_page()) | table_flags(prot)));
	else
		set_p4d(p4d, __p4d(p4d_val(*p4d) | table_flags(prot)));
	return pud_offset(p4d, address);
}

static pmd_t *pmd_alloc(pud_t *pud, unsigned long address, pgprot_t prot)
{
	if (pud_large(*pud))
		return NULL;
	if (pud_none(*pud))
		set_pud(pud, __pud(__pa(alloc_low_page()) | table_flags(prot)));
	else
		set_pud(pud, __pud(pud_val(*pud) | table_flags(prot)));
	return pmd_offset(pud, address);
}

static pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address,
			       pgprot_t prot)
{
	if (pmd_large(*pmd))
		return NULL;
	if (pmd_none(*pmd))
		set_pmd(pmd, __pmd(__pa(alloc_low_page()) | table_flags(prot)));
	else
		set_pmd(pmd, __pmd(pmd_val(*pmd) | table_flags(prot)));
	return pte_offset_kernel(pmd, address);
}

static int map_one_page(pgd_t *pgd, unsigned long addr, phys_addr_t phys,
			pgprot_t prot, unsigned int shift)
{
	unsigned long pfn = phys >> PAGE_SHIFT;
	pgprot_t large = __pgprot(pgprot_val(prot) | _PAGE_PSE);
	pud_t *pud = pud_alloc(p4d_offset(pgd_offset_pgd(pgd, addr), addr),
			       addr, prot);
	pmd_t *pmd;
	pte_t *pte;

	if (shift == PUD_SHIFT) {
		if (!pud_none(*pud))
			return -EEXIST;
		set_pud(pud, pfn_pud(pfn, large));
		return 0;
	}
	pmd = pmd_alloc(pud, addr, prot);
	if (!pmd)
		return -EEXIST;
	if (shift == PMD_SHIFT) {
		if (!pmd_none(*pmd))
			return -EEXIST;
		set_pmd(pmd, pfn_pmd(pfn, large));
		return 0;
	}
	pte = pte_alloc_kernel(pmd, addr, prot);
	if (!pte || !pte_none(*pte))
		return -EEXIST;
	set_pte(pte, pfn_pte(pfn, prot));
	return 0;
}

unsigned int vmap_page_shift(unsigned long addr, unsigned long end,
			     phys_addr_t phys, unsigned int max_page_shift)
{
	static const unsigned int shifts[] = { PUD_SHIFT, PMD_SHIFT };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(shifts); i++) {
		unsigned long size = 1UL << shifts[i];

		if (shifts[i] <= max_page_shift &&
		    ((addr | phys) & (size - 1)) == 0 && end - addr >= size)
			return shifts[i];
	}
	return PAGE_SHIFT;
}

int vmap_range(pgd_t *pgd, unsigned long addr, unsigned long end,
	       phys_addr_t phys_addr, pgprot_t prot,
	       unsigned int max_page_shift)
{
	if ((addr | end | phys_addr) & ~PAGE_MASK || end < addr)
		return -EINVAL;
	while (addr < end) {
		unsigned int shift = vmap_page_shift(addr, end, phys_addr,
						     max_page_shift);
		int err = map_one_page(pgd, addr, phys_addr, prot, shift);

		if (err)
			return err;
		addr += 1UL << shift;
		phys_addr += 1UL << shift;
	}
	return 0;
}
