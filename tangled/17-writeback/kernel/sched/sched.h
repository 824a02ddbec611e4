#ifndef _KERNEL_SCHED_SCHED_H
#define _KERNEL_SCHED_SCHED_H
/* The scheduler's own declarations: the run queue. */
#include <linux/jiffies.h>
#include <linux/list.h>
#include <linux/sched.h>

#define RR_TIMESLICE	(100 * HZ / 1000)	/* 100 ms in ticks */

struct rq {
	unsigned int nr_running;	/* tasks in queue */
	struct list_head queue;		/* runnable, in turn order */
	struct task_struct *curr, *idle;
	unsigned long nr_switches;
};

extern struct rq runqueue;

static inline struct rq *this_rq(void)
{
	return &runqueue;
}

void enqueue_task(struct rq *rq, struct task_struct *p);
void dequeue_task(struct rq *rq, struct task_struct *p);
struct task_struct *pick_next_task(struct rq *rq);
void resched_curr(struct rq *rq);
int try_to_wake_up(struct task_struct *p, unsigned int state);
void finish_task_switch(struct task_struct *prev);
#endif
