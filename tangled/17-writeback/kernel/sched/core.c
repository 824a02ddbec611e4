/* kernel/sched/core.c: the run queue, schedule() and waking up. */
#include <asm/irqflags.h>
#include <asm/switch_to.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/uaccess.h>
#include "sched.h"

struct task_struct *current_task = &init_task;
struct rq runqueue;

void enqueue_task(struct rq *rq, struct task_struct *p)
{
	list_add_tail(&p->run_list, &rq->queue);
	p->on_rq = 1;
	rq->nr_running++;
}

void dequeue_task(struct rq *rq, struct task_struct *p)
{
	list_del_init(&p->run_list);
	p->on_rq = 0;
	rq->nr_running--;
}

struct task_struct *pick_next_task(struct rq *rq)
{
	if (list_empty(&rq->queue))
		return rq->idle;	/* NULL until the boot is over */
	return list_first_entry(&rq->queue, struct task_struct, run_list);
}

void resched_curr(struct rq *rq)
{
	set_tsk_need_resched(rq->curr);
}

static struct task_struct *context_switch(struct rq *rq,
					  struct task_struct *prev,
					  struct task_struct *next)
{
	rq->nr_switches++;
	rq->curr = next;
	switch_to(prev, next, prev);
	return prev;
}

void schedule(void)
{
	struct rq *rq = this_rq();
	struct task_struct *prev, *next;
	unsigned long *switch_count;

	local_irq_disable();
	prev = rq->curr;
	switch_count = &prev->nivcsw;
	if (prev->__state != TASK_RUNNING) {
		if (prev->on_rq)
			dequeue_task(rq, prev);
		switch_count = &prev->nvcsw;
	}
	clear_tsk_need_resched(prev);
	next = pick_next_task(rq);
	while (!next) {
		arch_cpu_idle();
		local_irq_disable();
		next = pick_next_task(rq);
	}
	if (next == prev) {
		local_irq_enable();
		return;
	}
	++*switch_count;
	prev = context_switch(rq, prev, next);
	finish_task_switch(prev);
}

void finish_task_switch(struct task_struct *prev)
{
	unsigned int prev_state = prev->__state;

	local_irq_enable();
	if (prev_state == TASK_DEAD) {
		put_task_stack(prev);
		put_task_struct(prev);
	}
}

void schedule_tail(struct task_struct *prev)
{
	finish_task_switch(prev);
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
}

int cond_resched(void)
{
	if (!need_resched())
		return 0;
	schedule();
	return 1;
}

void yield(void)
{
	struct rq *rq = this_rq();
	unsigned long flags;

	local_irq_save(flags);
	if (current->on_rq)
		list_move_tail(&current->run_list, &rq->queue);
	local_irq_restore(flags);
	schedule();
}

int try_to_wake_up(struct task_struct *p, unsigned int state)
{
	struct rq *rq = this_rq();
	unsigned long flags;
	int success = 0;

	local_irq_save(flags);
	if (p->__state & state) {
		p->__state = TASK_RUNNING;
		success = 1;
		if (!p->on_rq) {
			enqueue_task(rq, p);
			if (rq->curr == rq->idle)
				resched_curr(rq);
		}
	}
	local_irq_restore(flags);
	return success;
}

int wake_up_process(struct task_struct *p)
{
	return try_to_wake_up(p, TASK_NORMAL);
}

void wake_up_new_task(struct task_struct *p)
{
	p->__state = TASK_NEW;
	try_to_wake_up(p, TASK_NEW);
}

void scheduler_tick(void)
{
	struct rq *rq = this_rq();
	struct task_struct *curr = rq->curr;

	if (curr == rq->idle) {
		if (rq->nr_running)
			resched_curr(rq);
		return;
	}
	if (curr->time_slice > 1) {
		curr->time_slice--;
		return;
	}
	curr->time_slice = RR_TIMESLICE;
	if (curr->on_rq && rq->nr_running > 1) {
		list_move_tail(&curr->run_list, &rq->queue);
		resched_curr(rq);
	}
}

void account_process_tick(struct task_struct *p, int user_tick)
{
	if (user_tick)
		p->utime += TICK_NSEC;
	else if (p != this_rq()->idle)
		p->stime += TICK_NSEC;
}

void sched_init(void)
{
	struct rq *rq = this_rq();

	INIT_LIST_HEAD(&rq->queue);
	rq->nr_running = 0;
	rq->nr_switches = 0;
	rq->curr = &init_task;
	rq->idle = NULL;
	current_task = &init_task;
	INIT_LIST_HEAD(&init_task.tasks);
	INIT_LIST_HEAD(&init_task.children);
	INIT_LIST_HEAD(&init_task.run_list);
	init_task.time_slice = RR_TIMESLICE;
	init_task.flags &= ~PF_IDLE;
	enqueue_task(rq, &init_task);
	child_reaper = &init_task;
	fork_init();
	pid_idr_init();
}

void sched_become_idle(void)
{
	struct rq *rq = this_rq();
	unsigned long flags;

	local_irq_save(flags);
	if (current->on_rq)
		dequeue_task(rq, current);
	current->flags |= PF_IDLE;
	rq->idle = current;
	local_irq_restore(flags);
}

void cpu_startup_entry(void)
{
	for (;;) {
		while (!need_resched()) {
			local_irq_disable();
			if (need_resched())
				local_irq_enable();
			else
				arch_cpu_idle();
		}
		schedule();
	}
}

char task_state_to_char(struct task_struct *tsk)
{
	static const char state_char[] = "RSDTtXZPI";
	unsigned int state = (tsk->__state | tsk->exit_state) & TASK_REPORT;
	unsigned int index = 0;

	if (tsk->__state == TASK_IDLE)
		return 'I';
	while (state) {
		index++;
		state >>= 1;
	}
	return state_char[index];
}
