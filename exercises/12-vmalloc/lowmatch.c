/*
 * Exercise 12.2: find_vmap_lowest_match() on an augmented tree. See
 * 2-lowmatch.md; grade it with `make grade CH=12`.
 */
#include <stddef.h>
#include "lowmatch.h"

/*
 * The free range of lowest address in which free_va_fit() finds room,
 * or NULL. For now: the chapter's walk over every range in address
 * order, which is right but takes a step for every node.
 */
struct free_va *find_vmap_lowest_match(struct free_va *root,
				       unsigned long size,
				       unsigned long align,
				       unsigned long vstart)
{
	struct free_va *va = root, *next;

	if (!va)
		return NULL;
	while ((next = free_va_left(va)))	/* the lowest range */
		va = next;
	while (va) {
		if (free_va_fit(va, size, align, vstart))
			return va;
		/* the next range in address order */
		if ((next = free_va_right(va))) {
			va = next;
			while ((next = free_va_left(va)))
				va = next;
		} else {
			while ((next = free_va_parent(va)) &&
			       free_va_right(next) == va)
				va = next;
			va = next;
		}
	}
	return NULL;
}
