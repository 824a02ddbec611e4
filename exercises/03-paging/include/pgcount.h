/*
 * Exercise 3.3: pgtable_pages_needed() says how many page-table pages
 * vmap_range() will allocate to map a range into an empty pgd.
 */
#ifndef EXERCISE_PGCOUNT_H
#define EXERCISE_PGCOUNT_H
#include <linux/pgtable.h>

unsigned long pgtable_pages_needed(unsigned long start, unsigned long end,
				   phys_addr_t phys,
				   unsigned int max_page_shift);

#endif
