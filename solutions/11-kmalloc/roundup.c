/*
 * Exercise 11.1: kmalloc_size_roundup(), a reference solution.
 */
#include <stdint.h>
#include "roundup.h"

/* The number of bytes kmalloc(size, ...) would allocate. */
size_t kmalloc_size_roundup(size_t size)
{
	struct kmem_cache *c;

	if (!size)
		return 0;
	if (size == SIZE_MAX)
		return SIZE_MAX;
	if (size > KMALLOC_MAX_CACHE_SIZE)
		return PAGE_SIZE << get_order(size);
	c = kmalloc_slab(size, GFP_KERNEL);
	return c ? c->object_size : 0;
}
