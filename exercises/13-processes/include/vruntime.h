/*
 * Exercise 13.2: the virtual runtime of Linux's fair scheduler (CFS):
 * time charged in proportion to a task's weight, the task furthest
 * behind runs next, and a woken sleeper is placed near the others.
 */
#ifndef EXERCISE_VRUNTIME_H
#define EXERCISE_VRUNTIME_H
#include <linux/list.h>
#include <linux/types.h>

#define NICE_0_LOAD		1024UL		/* the weight of nice 0 */
#define SCHED_LATENCY_NS	6000000ULL	/* sysctl_sched_latency */

struct sched_entity {
	unsigned long weight;		/* load.weight: 1024 at nice 0 */
	u64 vruntime;			/* virtual runtime, in ns */
	u64 sum_exec_runtime;		/* real runtime, in ns */
	struct list_head run_node;	/* in the queue, in the order queued */
};

u64 calc_delta_fair(u64 delta, const struct sched_entity *se);
struct sched_entity *pick_next_entity(struct list_head *queue);
void place_entity(u64 min_vruntime, struct sched_entity *se);

#endif
