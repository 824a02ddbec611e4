/*
 * Exercise 14.1: the highest hole of an address space that fits a length
 * at an alignment, as Linux 6.1's vm_unmapped_area() finds it top-down.
 */
#ifndef EXERCISE_HOLE_H
#define EXERCISE_HOLE_H
#include <linux/types.h>

#define HOLE_PAGE_SIZE		4096UL
#define HOLE_GUARD_GAP		(256 * HOLE_PAGE_SIZE)	/* stack_guard_gap */

/* One area: [start, end), and whether it is a stack that grows down. */
struct hole_area {
	unsigned long start;
	unsigned long end;
	bool growsdown;
};

/* What is asked for, in Linux's names (struct vm_unmapped_area_info). */
struct vm_unmapped_area_info {
	unsigned long length;		/* bytes, a multiple of a page */
	unsigned long low_limit;	/* the hole may not start below */
	unsigned long high_limit;	/* nor end above */
	unsigned long align_mask;	/* bits of the address that ... */
	unsigned long align_offset;	/* ... must equal these bits */
};

/*
 * The highest address addr such that [addr, addr + length) lies in
 * [low_limit, high_limit), overlaps no area and no stack's guard gap,
 * and (addr & align_mask) == (align_offset & align_mask); or
 * (unsigned long)-ENOMEM.  areas[] holds n areas sorted by address.
 */
unsigned long unmapped_area_topdown(const struct hole_area *areas, int n,
				    const struct vm_unmapped_area_info *info);

#endif
