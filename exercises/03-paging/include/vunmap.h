/*
 * Exercise 3.2: vunmap_range() removes the mappings of a range of kernel
 * virtual addresses and flushes the TLB, as Linux's mm/vmalloc.c does.
 */
#ifndef EXERCISE_VUNMAP_H
#define EXERCISE_VUNMAP_H
#include <linux/pgtable.h>

#define TLB_SINGLE_PAGE_FLUSH_CEILING	33

int vunmap_range(pgd_t *pgd, unsigned long start, unsigned long end);

#endif
