/*
 * Exercise 5.3, a solution: the range's length minus the memory inside
 * it, region by region.
 */
#include "absent.h"

unsigned long absent_pages_in_range(unsigned long start_pfn,
				    unsigned long end_pfn)
{
	unsigned long present = 0, i;

	if (end_pfn <= start_pfn)
		return 0;
	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];
		unsigned long s = r->base >> PAGE_SHIFT;
		unsigned long e = (r->base + r->size) >> PAGE_SHIFT;

		if (s < start_pfn)
			s = start_pfn;
		if (e > end_pfn)
			e = end_pfn;
		if (s < e)
			present += e - s;
	}
	return end_pfn - start_pfn - present;
}
