/*
 * Exercise 13.2: virtual runtime, a solution. Linux 6.1 does the same in
 * kernel/sched/fair.c: calc_delta_fair(), entity_before() and
 * __pick_first_entity(), place_entity().
 */
#include "vruntime.h"

u64 calc_delta_fair(u64 delta, const struct sched_entity *se)
{
	if (se->weight != NICE_0_LOAD)
		delta = delta * NICE_0_LOAD / se->weight;
	return delta;
}

/* Compared through a signed difference, right across a wrap of u64. */
static bool entity_before(const struct sched_entity *a,
			  const struct sched_entity *b)
{
	return (s64)(a->vruntime - b->vruntime) < 0;
}

struct sched_entity *pick_next_entity(struct list_head *queue)
{
	struct sched_entity *se, *best = NULL;

	list_for_each_entry(se, queue, run_node)
		if (!best || entity_before(se, best))
			best = se;
	return best;
}

/*
 * A sleeper may be half a latency behind the queue's minimum, no more,
 * and never gains by being placed back.
 */
void place_entity(u64 min_vruntime, struct sched_entity *se)
{
	u64 vruntime = min_vruntime - SCHED_LATENCY_NS / 2;

	if ((s64)(vruntime - se->vruntime) > 0)
		se->vruntime = vruntime;
}
