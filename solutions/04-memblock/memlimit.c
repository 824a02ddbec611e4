/*
 * Exercise 4.2, a solution: find where the first `limit` bytes of memory
 * end, then cut both arrays there.
 */
#include "memlimit.h"

static phys_addr_t find_max_addr(phys_addr_t limit)
{
	unsigned long i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		if (limit <= r->size)
			return r->base + limit;
		limit -= r->size;
	}
	return PHYS_ADDR_MAX;
}

void memblock_enforce_memory_limit(phys_addr_t limit)
{
	phys_addr_t max_addr;

	if (!limit)
		return;
	max_addr = find_max_addr(limit);
	if (max_addr == PHYS_ADDR_MAX)
		return;
	memblock_remove(max_addr, PHYS_ADDR_MAX - max_addr);
	memblock_phys_free(max_addr, PHYS_ADDR_MAX - max_addr);
}
