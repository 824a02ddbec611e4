/*
 * Exercise 3.3, reference solution: pgtable_pages_needed() and
 * direct_map_pgtable_pages().
 */
#include "pgcount.h"

/* The last pgd, pud and pmd entry a table was counted for. */
struct table_count {
	unsigned long last_pud, last_pmd, last_pte;
	unsigned long n;
};

#define TABLE_COUNT_INIT { ~0UL, ~0UL, ~0UL, 0 }

/* Count a table the first time an address under a new entry needs it. */
static void count(unsigned long key, unsigned long *last, unsigned long *n)
{
	if (key != *last) {
		*last = key;
		(*n)++;
	}
}

/* Follow vmap_range() over one range, counting the tables it adds. */
static void count_range(struct table_count *c, unsigned long addr,
			unsigned long end, phys_addr_t phys,
			unsigned int max_page_shift)
{
	while (addr < end) {
		unsigned int shift = vmap_page_shift(addr, end, phys,
						     max_page_shift);

		count(addr >> PGDIR_SHIFT, &c->last_pud, &c->n);
		if (shift < PUD_SHIFT)
			count(addr >> PUD_SHIFT, &c->last_pmd, &c->n);
		if (shift < PMD_SHIFT)
			count(addr >> PMD_SHIFT, &c->last_pte, &c->n);
		addr += 1UL << shift;
		phys += 1UL << shift;
	}
}

unsigned long pgtable_pages_needed(unsigned long start, unsigned long end,
				   phys_addr_t phys,
				   unsigned int max_page_shift)
{
	struct table_count c = TABLE_COUNT_INIT;

	count_range(&c, start, end, phys, max_page_shift);
	return c.n;
}

unsigned long direct_map_pgtable_pages(const struct ram_range *ram,
				       unsigned int nr,
				       unsigned int max_page_shift)
{
	struct table_count c = TABLE_COUNT_INIT;
	unsigned int i;

	for (i = 0; i < nr; i++)
		count_range(&c, PAGE_OFFSET + ram[i].start,
			    PAGE_OFFSET + ram[i].end, ram[i].start,
			    max_page_shift);
	return c.n;
}
