/* kernel/sched/wait.c: wait queues, and completions built on them. */
#include <asm/irqflags.h>
#include <linux/completion.h>
#include <linux/sched.h>
#include <linux/wait.h>


void init_wait_entry(struct wait_queue_entry *wq_entry, int flags)
{
	wq_entry->flags = flags;
	wq_entry->private = current;
	wq_entry->func = autoremove_wake_function;
	INIT_LIST_HEAD(&wq_entry->entry);
}

long prepare_to_wait_event(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;

	local_irq_save(flags);

	if (list_empty(&wq_entry->entry)) {
		if (wq_entry->flags & WQ_FLAG_EXCLUSIVE)
			list_add_tail(&wq_entry->entry, &wq_head->head);
		else
			list_add(&wq_entry->entry, &wq_head->head);
	}
	set_current_state(state);
	local_irq_restore(flags);
	return 0;
}

void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	__set_current_state(TASK_RUNNING);
	local_irq_save(flags);
	if (!list_empty(&wq_entry->entry))
		list_del_init(&wq_entry->entry);
	local_irq_restore(flags);
}
void add_wait_queue(struct wait_queue_head *wq_head,
		    struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	local_irq_save(flags);

	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	list_add(&wq_entry->entry, &wq_head->head);
	local_irq_restore(flags);
}

void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	local_irq_save(flags);

	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	list_add_tail(&wq_entry->entry, &wq_head->head);
	local_irq_restore(flags);
}

void remove_wait_queue(struct wait_queue_head *wq_head,
		       struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	local_irq_save(flags);

	list_del_init(&wq_entry->entry);
	local_irq_restore(flags);
}

int try_to_wake_up(struct task_struct *p, unsigned int state);

int default_wake_function(struct wait_queue_entry *wq_entry,
			  unsigned int mode, int flags, void *key)
{
	return try_to_wake_up(wq_entry->private, mode);
}

int autoremove_wake_function(struct wait_queue_entry *wq_entry,
			     unsigned int mode, int flags, void *key)
{
	int ret = default_wake_function(wq_entry, mode, flags, key);

	if (ret)
		list_del_init(&wq_entry->entry);
	return ret;
}

void __wake_up(struct wait_queue_head *wq_head, unsigned int mode,
	       int nr_exclusive, void *key)
{
	struct wait_queue_entry *curr, *next;
	unsigned long flags;

	local_irq_save(flags);
	list_for_each_entry_safe(curr, next, &wq_head->head, entry) {
		unsigned int wq_flags = curr->flags;
		int ret = curr->func(curr, mode, 0, key);

		if (ret && (wq_flags & WQ_FLAG_EXCLUSIVE) && !--nr_exclusive)
			break;
	}
	local_irq_restore(flags);
}

void complete(struct completion *x)
{
	unsigned long flags;

	local_irq_save(flags);

	x->done++;
	__wake_up(&x->wait, TASK_NORMAL, 1, NULL);
	local_irq_restore(flags);
}

void wait_for_completion(struct completion *x)
{
	wait_event(x->wait, x->done > 0);
	x->done--;
}
