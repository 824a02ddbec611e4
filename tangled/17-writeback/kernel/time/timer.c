/* kernel/time/timer.c: timers, schedule_timeout and msleep. */
#include <asm/irqflags.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/timer.h>

static LIST_HEAD(timer_list_head);

void init_timers(void)
{
	INIT_LIST_HEAD(&timer_list_head);
}

void timer_setup(struct timer_list *timer,
		 void (*func)(struct timer_list *), unsigned int flags)
{
	timer->entry.next = timer->entry.prev = NULL;
	timer->function = func;
	timer->flags = flags;
}

static void enqueue_timer(struct timer_list *timer)
{
	struct timer_list *t;

	list_for_each_entry(t, &timer_list_head, entry)
		if (time_after(t->expires, timer->expires))
			break;
	list_add_tail(&timer->entry, &t->entry);
}

static int detach_if_pending(struct timer_list *timer)
{
	if (!timer_pending(timer))
		return 0;
	list_del(&timer->entry);
	return 1;
}

int mod_timer(struct timer_list *timer, unsigned long expires)
{
	unsigned long flags;
	int ret;

	local_irq_save(flags);
	ret = detach_if_pending(timer);
	timer->expires = expires;
	enqueue_timer(timer);
	local_irq_restore(flags);
	return ret;
}

void add_timer(struct timer_list *timer)
{
	mod_timer(timer, timer->expires);
}

int del_timer(struct timer_list *timer)
{
	unsigned long flags;
	int ret;

	local_irq_save(flags);
	ret = detach_if_pending(timer);
	local_irq_restore(flags);
	return ret;
}

void run_local_timers(void)
{
	struct timer_list *timer;

	while (!list_empty(&timer_list_head)) {
		timer = list_first_entry(&timer_list_head, struct timer_list,
					 entry);
		if (time_before(jiffies, timer->expires))
			break;
		list_del(&timer->entry);
		timer->function(timer);
	}
}

struct process_timer {
	struct timer_list timer;
	struct task_struct *task;
};

static void process_timeout(struct timer_list *t)
{
	struct process_timer *timeout = from_timer(timeout, t, timer);

	wake_up_process(timeout->task);
}

long schedule_timeout(long timeout)
{
	struct process_timer timer;
	unsigned long expire;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		__set_current_state(TASK_RUNNING);
		return 0;
	}
	expire = timeout + jiffies;
	timer.task = current;
	timer_setup(&timer.timer, process_timeout, 0);
	mod_timer(&timer.timer, expire);
	schedule();
	del_timer(&timer.timer);
	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}

void msleep(unsigned int msecs)
{
	long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}

long schedule_timeout_interruptible(long timeout)
{
	__set_current_state(TASK_INTERRUPTIBLE);
	return schedule_timeout(timeout);
}

long schedule_timeout_uninterruptible(long timeout)
{
	__set_current_state(TASK_UNINTERRUPTIBLE);
	return schedule_timeout(timeout);
}
