/*
 * Exercise 10.3: hardened free pointers. See 3-hardened.md; grade it
 * with `make grade CH=10`.
 */
#include "hardened.h"

/* x with its eight bytes in the opposite order. */
unsigned long ex_swab(unsigned long x)
{
	return x;
}

/*
 * The value stored for ptr at the address ptr_addr, or, given the value
 * stored there, the pointer: the same operation both ways.
 */
void *freelist_ptr(const struct ex_cache *s, void *ptr,
		   unsigned long ptr_addr)
{
	(void)s;
	(void)ptr_addr;
	return ptr;
}

/* The free pointer of a free object, as the chapter reads it. */
void *get_freepointer(const struct ex_cache *s, void *object)
{
	return *(void **)((char *)object + s->offset);
}

/* Store fp as the free pointer of object, as the chapter stores it. */
void set_freepointer(const struct ex_cache *s, void *object, void *fp)
{
	*(void **)((char *)object + s->offset) = fp;
}
