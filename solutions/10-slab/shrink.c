/*
 * Exercise 10.1, a solution: shrink_partial() as Linux 6.1's
 * __kmem_cache_do_shrink() treats one node's partial list.
 */
#include "shrink.h"

int shrink_partial(struct ex_list *partial, struct ex_list *discard)
{
	struct ex_list promote[SHRINK_PROMOTE_MAX];
	struct ex_list *p, *next;
	int i, discarded = 0;

	for (i = 0; i < SHRINK_PROMOTE_MAX; i++)
		ex_list_init(&promote[i]);
	for (p = partial->next; p != partial; p = next) {
		struct ex_slab *slab = ex_slab_of(p);
		unsigned int free = slab->objects - slab->inuse;

		next = p->next;
		if (free == slab->objects) {
			ex_list_move(p, discard);
			discarded++;
		} else if (free <= SHRINK_PROMOTE_MAX) {
			ex_list_move(p, &promote[free - 1]);
		}
	}
	/* the most free first, so that the fewest free end at the head */
	for (i = SHRINK_PROMOTE_MAX - 1; i >= 0; i--)
		ex_list_splice(&promote[i], partial);
	return discarded;
}
