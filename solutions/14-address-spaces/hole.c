/*
 * Exercise 14.1: the highest hole that fits, aligned, a solution.  Linux
 * 6.1 does the same in mm/mmap.c: unmapped_area_topdown(), vm_start_gap(),
 * with the gaps kept in the maple tree's nodes rather than walked.
 */
#include <linux/errno.h>
#include "hole.h"

/* Where the hole under an area ends: below a stack, its guard gap. */
static unsigned long start_gap(const struct hole_area *a)
{
	unsigned long start = a->start;

	if (a->growsdown) {
		start -= HOLE_GUARD_GAP;
		if (start > a->start)		/* wrapped around 0 */
			start = 0;
	}
	return start;
}

unsigned long unmapped_area_topdown(const struct hole_area *areas, int n,
				    const struct vm_unmapped_area_info *info)
{
	int i;

	/* The hole under areas[i] (under the top when i == n), highest first. */
	for (i = n; i >= 0; i--) {
		unsigned long top = i < n ? start_gap(&areas[i]) : -1UL;
		unsigned long bottom = i > 0 ? areas[i - 1].end : 0;
		unsigned long addr;

		if (top > info->high_limit)
			top = info->high_limit;
		if (bottom < info->low_limit)
			bottom = info->low_limit;
		if (top < bottom || top - bottom < info->length)
			continue;
		addr = top - info->length;
		addr -= (addr - info->align_offset) & info->align_mask;
		if (addr >= bottom && addr <= top - info->length)
			return addr;
	}
	return -ENOMEM;
}
