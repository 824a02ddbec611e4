/* kernel/kthread.c: kthreadd, kthread_create and kthread_stop. */
#include <asm/irqflags.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/sprintf.h>

struct kthread {
	int (*threadfn)(void *data);
	void *data;
	bool should_stop;
	int result;
	struct completion exited;
};

struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	struct task_struct *result;
	struct completion done;
	struct list_head list;
};

struct task_struct *kthreadd_task;
static LIST_HEAD(kthread_create_list);

static struct kthread *to_kthread(struct task_struct *k)
{
	return k->worker_private;
}

static int kthread(void *_create)
{
	struct kthread_create_info *create = _create;
	struct kthread *self = kzalloc(sizeof(*self), GFP_KERNEL);
	int ret = -EINTR;

	if (!self) {
		create->result = ERR_PTR(-ENOMEM);
		complete(&create->done);
		do_exit(-ENOMEM);
	}
	self->threadfn = create->threadfn;
	self->data = create->data;
	init_completion(&self->exited);
	current->worker_private = self;
	current->vfork_done = &self->exited;
	create->result = current;
	__set_current_state(TASK_UNINTERRUPTIBLE);
	complete(&create->done);
	schedule();
	if (!self->should_stop)
		ret = self->threadfn(self->data);
	kthread_exit(ret);
}

void __noreturn kthread_exit(long result)
{
	to_kthread(current)->result = result;
	do_exit(0);
}

bool kthread_should_stop(void)
{
	return to_kthread(current)->should_stop;
}

int kthreadd(void *unused)
{
	struct kthread_create_info *create;
	unsigned long flags;

	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (list_empty(&kthread_create_list))
			schedule();
		__set_current_state(TASK_RUNNING);
		local_irq_save(flags);
		while (!list_empty(&kthread_create_list)) {
			create = list_first_entry(&kthread_create_list,
				struct kthread_create_info, list);
			list_del_init(&create->list);
			local_irq_restore(flags);
			if (kernel_thread(kthread, create, "kthread", CLONE_FS
					  | CLONE_FILES | SIGCHLD) < 0) {
				create->result = ERR_PTR(-ENOMEM);
				complete(&create->done);
			}
			local_irq_save(flags);
		}
		local_irq_restore(flags);
	}
	return 0;
}

struct task_struct *kthread_create(int (*threadfn)(void *data),
				   void *data, const char namefmt[], ...)
{
	struct kthread_create_info create = {
		.threadfn = threadfn,
		.data = data,
	};
	unsigned long flags;
	va_list args;

	init_completion(&create.done);
	local_irq_save(flags);
	list_add_tail(&create.list, &kthread_create_list);
	local_irq_restore(flags);
	wake_up_process(kthreadd_task);
	wait_for_completion(&create.done);
	if (!IS_ERR(create.result)) {
		va_start(args, namefmt);
		vscnprintf(create.result->comm, TASK_COMM_LEN, namefmt, args);
		va_end(args);
	}
	return create.result;
}

int kthread_stop(struct task_struct *k)
{
	struct kthread *kthread = to_kthread(k);
	int ret;

	get_task_struct(k);
	kthread->should_stop = true;
	wake_up_process(k);
	wait_for_completion(&kthread->exited);
	ret = kthread->result;
	put_task_struct(k);
	return ret;
}
