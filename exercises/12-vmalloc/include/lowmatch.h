/*
 * Exercise 12.2: find_vmap_lowest_match() on a free-space tree sorted by
 * address, each node knowing the largest free range below it, as Linux
 * 5.2 and later keep the free part of the vmalloc area.
 */
#ifndef EXERCISE_LOWMATCH_H
#define EXERCISE_LOWMATCH_H

/* A free range [start, end), a node of the tree; the tests build it. */
struct free_va;

/*
 * What a node holds. The three that move from a node to another count
 * as one step each; the tests bound the steps a search may take.
 */
unsigned long free_va_start(const struct free_va *va);
unsigned long free_va_end(const struct free_va *va);	/* one past */
/* The largest end - start in va's subtree, va included; 0 for NULL. */
unsigned long free_va_subtree_max_size(const struct free_va *va);
struct free_va *free_va_left(const struct free_va *va);
struct free_va *free_va_right(const struct free_va *va);
struct free_va *free_va_parent(const struct free_va *va);

/*
 * The address where a request of size bytes, aligned to align (a power
 * of two) and starting at vstart or above, would begin in va; 0 if it
 * does not fit there. The chapter's va_fit(), without steps.
 */
static inline unsigned long free_va_fit(const struct free_va *va,
					unsigned long size,
					unsigned long align,
					unsigned long vstart)
{
	unsigned long s = free_va_start(va), e = free_va_end(va);
	unsigned long start = (s > vstart ? s : vstart);

	start = (start + align - 1) & ~(align - 1);
	if (start < s || start + size > e || start + size < start)
		return 0;
	return start;
}

struct free_va *find_vmap_lowest_match(struct free_va *root,
				       unsigned long size,
				       unsigned long align,
				       unsigned long vstart);

#endif
