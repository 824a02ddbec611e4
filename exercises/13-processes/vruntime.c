/*
 * Exercise 13.2: virtual runtime. See 2-vruntime.md; grade it with
 * `make grade CH=13`.
 */
#include "vruntime.h"

/*
 * The virtual time that delta ns of running cost se: delta scaled by
 * NICE_0_LOAD / se->weight.  For now: every task is charged real time.
 */
u64 calc_delta_fair(u64 delta, const struct sched_entity *se)
{
	(void)se;
	return delta;
}

/*
 * The entity to run next: the smallest vruntime, the first queued among
 * equals; NULL if the queue is empty.  For now: the chapter's round
 * robin, the first in the queue.
 */
struct sched_entity *pick_next_entity(struct list_head *queue)
{
	if (list_empty(queue))
		return NULL;
	return list_first_entry(queue, struct sched_entity, run_node);
}

/*
 * A task wakes after a sleep: set its vruntime for the queue whose
 * min_vruntime is given.  For now: it keeps the vruntime it had.
 */
void place_entity(u64 min_vruntime, struct sched_entity *se)
{
	(void)min_vruntime;
	(void)se;
}
