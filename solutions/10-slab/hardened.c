/*
 * Exercise 10.3, a solution: free pointers scrambled with the cache's
 * secret and their own address, as Linux 6.1's freelist_ptr() does.
 */
#include "hardened.h"

unsigned long ex_swab(unsigned long x)
{
	unsigned long r = 0;
	int i;

	for (i = 0; i < 8; i++, x >>= 8)
		r = r << 8 | (x & 0xff);
	return r;
}

void *freelist_ptr(const struct ex_cache *s, void *ptr,
		   unsigned long ptr_addr)
{
	return (void *)((unsigned long)ptr ^ s->random ^ ex_swab(ptr_addr));
}

void *get_freepointer(const struct ex_cache *s, void *object)
{
	unsigned long addr = (unsigned long)object + s->offset;

	return freelist_ptr(s, *(void **)addr, addr);
}

void set_freepointer(const struct ex_cache *s, void *object, void *fp)
{
	unsigned long addr = (unsigned long)object + s->offset;

	*(void **)addr = freelist_ptr(s, fp, addr);
}
