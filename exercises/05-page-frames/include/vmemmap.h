/*
 * Exercise 5.1: the virtual memory map. vmemmap_populate_section() backs
 * one section's part of the array at VMEMMAP_START with a 2 MiB page.
 */
#ifndef EXERCISE_VMEMMAP_H
#define EXERCISE_VMEMMAP_H
#include <linux/mm.h>
#include <linux/pgtable.h>

#define vmemmap	((struct page *)VMEMMAP_START)

int vmemmap_populate_section(unsigned long nr, int nid);

static inline struct page *vmemmap_pfn_to_page(unsigned long pfn)
{
	return vmemmap + pfn;
}

#endif
