/*
 * Exercise 3.3: pgtable_pages_needed() and direct_map_pgtable_pages(),
 * the page-table pages a mapping needs. See 3-pgcount.md; grade them with
 * `make grade CH=3`.
 */
#include "pgcount.h"

/*
 * How many pages of page tables would vmap_range(pgd, start, end, phys,
 * prot, max_page_shift) allocate if pgd were empty? Count pud tables, pmd
 * tables and page tables; not the pgd itself.
 */
unsigned long pgtable_pages_needed(unsigned long start, unsigned long end,
				   phys_addr_t phys,
				   unsigned int max_page_shift)
{
	/* Walk the range as vmap_range() does and count new tables. */
	(void)start;
	(void)end;
	(void)phys;
	(void)max_page_shift;
	return 0;
}

/*
 * How many would mapping each ram[i] at PAGE_OFFSET + ram[i].start, in
 * increasing order and into one empty pgd, allocate in all?
 */
unsigned long direct_map_pgtable_pages(const struct ram_range *ram,
				       unsigned int nr,
				       unsigned int max_page_shift)
{
	(void)ram;
	(void)nr;
	(void)max_page_shift;
	return 0;
}
