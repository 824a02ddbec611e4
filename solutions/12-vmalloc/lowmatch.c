/*
 * Exercise 12.2: find_vmap_lowest_match(), the reference solution: the
 * descent of Linux 6.1's, which skips every subtree whose largest free
 * range is too small, written as a recursion.
 */
#include <stddef.h>
#include "lowmatch.h"

struct free_va *find_vmap_lowest_match(struct free_va *root,
				       unsigned long size,
				       unsigned long align,
				       unsigned long vstart)
{
	struct free_va *va;

	if (free_va_subtree_max_size(root) < size)
		return NULL;
	/* The left subtree lies below root: of use only above vstart. */
	if (vstart < free_va_start(root)) {
		va = find_vmap_lowest_match(free_va_left(root), size, align,
					    vstart);
		if (va)
			return va;
	}
	if (free_va_fit(root, size, align, vstart))
		return root;
	return find_vmap_lowest_match(free_va_right(root), size, align,
				      vstart);
}
