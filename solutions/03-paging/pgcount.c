/*
 * Exercise 3.3, reference solution: pgtable_pages_needed().
 */
#include "pgcount.h"

/* The page size vmap_range() chooses at addr, as a shift. */
static unsigned int page_shift_at(unsigned long addr, unsigned long end,
				  phys_addr_t phys,
				  unsigned int max_page_shift)
{
	static const unsigned int shifts[] = { PUD_SHIFT, PMD_SHIFT };
	unsigned int i;

	for (i = 0; i < 2; i++) {
		unsigned long size = 1UL << shifts[i];

		if (shifts[i] <= max_page_shift &&
		    ((addr | phys) & (size - 1)) == 0 && end - addr >= size)
			return shifts[i];
	}
	return PAGE_SHIFT;
}

/* Count a table the first time an address under a new entry needs it. */
static void count(unsigned long key, unsigned long *last, unsigned long *n)
{
	if (key != *last) {
		*last = key;
		(*n)++;
	}
}

unsigned long pgtable_pages_needed(unsigned long start, unsigned long end,
				   phys_addr_t phys,
				   unsigned int max_page_shift)
{
	unsigned long n = 0, addr = start;
	unsigned long last_pud = ~0UL, last_pmd = ~0UL, last_pte = ~0UL;

	while (addr < end) {
		unsigned int shift = page_shift_at(addr, end, phys,
						   max_page_shift);

		count(addr >> PGDIR_SHIFT, &last_pud, &n);
		if (shift < PUD_SHIFT)
			count(addr >> PUD_SHIFT, &last_pmd, &n);
		if (shift < PMD_SHIFT)
			count(addr >> PMD_SHIFT, &last_pte, &n);
		addr += 1UL << shift;
		phys += 1UL << shift;
	}
	return n;
}
