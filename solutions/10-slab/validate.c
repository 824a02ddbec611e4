/*
 * Exercise 10.2, a solution: validate_slab(), Linux 6.1's on_freelist()
 * with a map of the objects seen, as validate_slab() keeps one.
 */
#include <stdbool.h>
#include "validate.h"

#define EX_MAX_OBJECTS	4096

/* The index of an object, or -1 if p is not the start of one. */
static int object_index(const struct ex_vslab *slab, void *p)
{
	unsigned char *q = p;

	if (q < slab->base || q >= slab->base + slab->objects * slab->size ||
	    (q - slab->base) % slab->size)
		return -1;
	return (q - slab->base) / slab->size;
}

enum ex_slab_problem validate_slab(const struct ex_vslab *slab, int *index)
{
	bool seen[EX_MAX_OBJECTS] = { false };
	unsigned int nr = 0;
	int prev = -1, i;
	void *fp;

	*index = -1;
	for (fp = slab->freelist; fp; fp = ex_get_freepointer(slab, fp)) {
		i = object_index(slab, fp);
		if (i < 0) {
			*index = prev;
			return prev < 0 ? EX_FREEPOINTER_CORRUPT
					: EX_FREECHAIN_CORRUPT;
		}
		if (seen[i]) {
			*index = i;
			return EX_OBJECT_TWICE;
		}
		seen[i] = true;
		prev = i;
		nr++;
	}
	if (slab->inuse != slab->objects - nr)
		return EX_WRONG_OBJECT_COUNT;
	return EX_SLAB_OK;
}
