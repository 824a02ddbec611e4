/*
 * Exercise 6.2, a solution: Linux 6.1's algorithm without mirrored
 * memory and without movable_node.
 */
#include "kernelcore.h"

static unsigned long total_pages(void)
{
	unsigned long i, n = 0;

	for (i = 0; i < memblock.memory.cnt; i++)
		n += memblock.memory.regions[i].size >> PAGE_SHIFT;
	return n;
}

/* Give node nid up to `want` kernel pages from the bottom; return them. */
static unsigned long spread_node(int nid, unsigned long want,
				 unsigned long usable_start)
{
	unsigned long i, remaining = want, given = 0;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];
		unsigned long start = r->base >> PAGE_SHIFT;
		unsigned long end = (r->base + r->size) >> PAGE_SHIFT;
		unsigned long size, k;

		if (r->nid != nid)
			continue;
		if (start < zone_movable_pfn[nid])
			start = zone_movable_pfn[nid];
		if (start >= end)
			continue;
		if (start < usable_start) {
			k = (end < usable_start ? end : usable_start) - start;
			k = k < remaining ? k : remaining;
			remaining -= k;
			given += (end < usable_start ? end : usable_start) -
				 start;
			if (end <= usable_start) {
				zone_movable_pfn[nid] = end;
				continue;
			}
			start = usable_start;
		}
		size = end - start < remaining ? end - start : remaining;
		zone_movable_pfn[nid] = start + size;
		given += size;
		remaining -= size;
		if (!remaining)
			break;
	}
	return given;
}

void find_zone_movable_pfns_for_nodes(unsigned long required_kernelcore,
				      unsigned long required_movablecore)
{
	unsigned long total = total_pages(), usable_start, start, end, per;
	int nid, usable_nodes = nr_online_nodes;

	if (required_movablecore) {
		unsigned long mc = (required_movablecore + MAX_ORDER_NR_PAGES -
				    1) & ~(unsigned long)(MAX_ORDER_NR_PAGES - 1);

		mc = mc < total ? mc : total;
		if (total - mc > required_kernelcore)
			required_kernelcore = total - mc;
	}
	if (!required_kernelcore || required_kernelcore >= total)
		return;
	usable_start = arch_zone_lowest_possible_pfn[movable_zone];
	do {
		per = required_kernelcore / usable_nodes;
		for (nid = 0; nid < nr_online_nodes; nid++) {
			unsigned long given;

			if (required_kernelcore < per)
				per = required_kernelcore / usable_nodes;
			given = spread_node(nid, per, usable_start);
			required_kernelcore -= given < required_kernelcore ?
					       given : required_kernelcore;
		}
		usable_nodes--;
	} while (usable_nodes && required_kernelcore > (unsigned long)
		 usable_nodes);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		zone_movable_pfn[nid] = (zone_movable_pfn[nid] +
					 MAX_ORDER_NR_PAGES - 1) &
					~(unsigned long)(MAX_ORDER_NR_PAGES - 1);
		get_pfn_range_for_nid(nid, &start, &end);
		if (zone_movable_pfn[nid] >= end)
			zone_movable_pfn[nid] = 0;
	}
}
