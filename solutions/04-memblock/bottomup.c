/*
 * Exercise 4.1, a solution: memblock's search from the bottom, the mirror
 * image of __memblock_find_range_top_down().
 */
#include "bottomup.h"

static phys_addr_t clamp_to(phys_addr_t x, phys_addr_t lo, phys_addr_t hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

phys_addr_t __memblock_find_range_bottom_up(phys_addr_t start,
					    phys_addr_t end,
					    phys_addr_t size,
					    phys_addr_t align, int nid)
{
	phys_addr_t this_start, this_end, cand;
	u64 i;

	for_each_free_mem_range(i, nid, &this_start, &this_end) {
		this_start = clamp_to(this_start, start, end);
		this_end = clamp_to(this_end, start, end);
		cand = (this_start + align - 1) & ~(align - 1);
		if (cand >= this_start && cand < this_end &&
		    this_end - cand >= size)
			return cand;
	}
	return 0;
}
