/*
 * Exercise 9.2: weighted_interleave_next(). See 2-weighted.md; grade it
 * with `make grade CH=9`.
 */
#include "weighted.h"

/*
 * The node of the task's next page: stay on t->il_prev while it has
 * weight left and is still in nodes, else move to the next node of
 * nodes after it (wrapping) and load its weight (0 counts as 1); then
 * use up one unit. Return EX_MAX_NODES, changing nothing, if nodes is
 * empty.
 */
int weighted_interleave_next(struct wil_task *t, unsigned long nodes,
			     const unsigned char *weights)
{
	int i;

	(void)weights;
	for (i = 1; i <= EX_MAX_NODES; i++) {
		int n = (t->il_prev + i) % EX_MAX_NODES;

		if (nodes & (1UL << n)) {
			t->il_prev = n;
			return n;
		}
	}
	return EX_MAX_NODES;
}
