/*
 * Exercise 10.2: validate_slab() checks a slab's free list as Linux
 * 6.1's on_freelist() and validate_slab() do: every free pointer at the
 * start of an object of the slab, no object twice, and the count of
 * objects in use right.
 */
#ifndef EXERCISE_VALIDATE_H
#define EXERCISE_VALIDATE_H

/* What validate_slab() needs of a slab and its cache. */
struct ex_vslab {
	unsigned char *base;	/* the slab's first byte */
	unsigned int size;	/* s->size: one object with its metadata */
	unsigned int offset;	/* s->offset: the free pointer's place */
	unsigned int objects;	/* objects in the slab */
	unsigned int inuse;	/* the slab's count of objects in use */
	void *freelist;		/* the first free object, or NULL */
};

enum ex_slab_problem {
	EX_SLAB_OK,
	EX_FREEPOINTER_CORRUPT,	/* freelist is not an object of the slab */
	EX_FREECHAIN_CORRUPT,	/* a free object points to no object */
	EX_OBJECT_TWICE,	/* an object on the free list twice */
	EX_WRONG_OBJECT_COUNT,	/* inuse is not objects - free ones */
};

/* The free pointer stored in a free object. */
static inline void *ex_get_freepointer(const struct ex_vslab *slab,
				       void *object)
{
	return *(void **)((unsigned char *)object + slab->offset);
}

enum ex_slab_problem validate_slab(const struct ex_vslab *slab, int *index);

#endif
