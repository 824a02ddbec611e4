/*
 * Exercise 12.1: vmalloc_to_pfn() finds the page frame behind a vmalloc
 * address of any page size, as Linux 6.1's vmalloc_to_page() does.
 */
#ifndef EXERCISE_TOPFN_H
#define EXERCISE_TOPFN_H
#include <linux/pgtable.h>

unsigned long vmalloc_to_pfn(const void *addr);

#endif
