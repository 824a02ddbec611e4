/*
 * Exercise 3.3: pgtable_pages_needed() says how many page-table pages
 * vmap_range() will allocate to map a range into an empty pgd, and
 * direct_map_pgtable_pages() how many the direct map of a whole memory
 * map takes, with the tables that neighbouring ranges share.
 */
#ifndef EXERCISE_PGCOUNT_H
#define EXERCISE_PGCOUNT_H
#include <linux/pgtable.h>

/* A range of RAM, [start, end), both multiples of 4 KiB. */
struct ram_range {
	phys_addr_t start, end;
};

unsigned long pgtable_pages_needed(unsigned long start, unsigned long end,
				   phys_addr_t phys,
				   unsigned int max_page_shift);
unsigned long direct_map_pgtable_pages(const struct ram_range *ram,
				       unsigned int nr,
				       unsigned int max_page_shift);

#endif
