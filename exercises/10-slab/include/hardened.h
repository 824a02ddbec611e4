/*
 * Exercise 10.3: free pointers stored scrambled, as Linux 6.1 stores
 * them under CONFIG_SLAB_FREELIST_HARDENED.
 */
#ifndef EXERCISE_HARDENED_H
#define EXERCISE_HARDENED_H

/* What the free pointers need of a cache. */
struct ex_cache {
	unsigned int offset;	/* s->offset: the free pointer's place */
	unsigned long random;	/* s->random: a secret, chosen at creation */
};

unsigned long ex_swab(unsigned long x);
void *freelist_ptr(const struct ex_cache *s, void *ptr,
		   unsigned long ptr_addr);
void *get_freepointer(const struct ex_cache *s, void *object);
void set_freepointer(const struct ex_cache *s, void *object, void *fp);

#endif
