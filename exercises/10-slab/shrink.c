/*
 * Exercise 10.1: shrink_partial(). See 1-shrink.md; grade it with
 * `make grade CH=10`.
 */
#include "shrink.h"

/*
 * Move every empty slab of partial to discard and return how many there
 * were; then reorder partial so that the slabs with the fewest free
 * objects come first, as Linux's __kmem_cache_do_shrink() does.
 */
int shrink_partial(struct ex_list *partial, struct ex_list *discard)
{
	struct ex_list *p, *next;
	int discarded = 0;

	for (p = partial->next; p != partial; p = next) {
		struct ex_slab *slab = ex_slab_of(p);

		next = p->next;
		if (slab->inuse == 0) {
			ex_list_move(p, discard);
			discarded++;
		}
	}
	return discarded;
}
