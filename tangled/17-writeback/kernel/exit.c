/* kernel/exit.c: do_exit, zombies, reparenting, and wait4. */
#include <asm/irqflags.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/sched/task.h>
#include <linux/wait.h>
#include <linux/sched/mm.h>
#include <uapi/linux/wait.h>
#include <linux/proc_fs.h>
#include <linux/fdtable.h>

struct task_struct *child_reaper;


static void exit_mm(void)
{
	struct mm_struct *mm = current->mm;
	unsigned long flags;

	if (!mm)
		return;
	mm_release(current, mm);
	local_irq_save(flags);
	current->mm = NULL;
	current->active_mm = &init_mm;
	switch_mm(NULL);
	local_irq_restore(flags);
	mmput(mm);
}
void release_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	list_del_init(&p->tasks);
	list_del_init(&p->sibling);
	free_pid(p->pid);
	local_irq_restore(flags);
	put_task_struct(p);
}

void (*task_exit_report)(struct task_struct *tsk);

static void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p, *n, *reaper = child_reaper;
	bool zombie = false;

	list_for_each_entry_safe(p, n, &father->children, sibling) {
		p->real_parent = p->parent = reaper;
		list_move_tail(&p->sibling, &reaper->children);
		if (p->exit_state == EXIT_ZOMBIE)
			zombie = true;
	}
	if (zombie)
		wake_up_interruptible(&reaper->wait_chldexit);
}

static bool ignoring_children(struct task_struct *parent)
{
	return parent == kthreadd_task;
}

static void exit_notify(struct task_struct *tsk)
{
	bool autoreap;
	unsigned long flags;

	local_irq_save(flags);
	forget_original_parent(tsk);
	autoreap = tsk->exit_signal < 0 || ignoring_children(tsk->parent);
	tsk->exit_state = autoreap ? EXIT_DEAD : EXIT_ZOMBIE;
	if (!autoreap)
		wake_up_interruptible(&tsk->parent->wait_chldexit);
	local_irq_restore(flags);
	if (autoreap)
		release_task(tsk);
}

void __noreturn do_exit(long code)
{
	struct task_struct *tsk = current;

	if (tsk == child_reaper || tsk->flags & PF_IDLE)
		panic("Attempted to kill %s! exitcode=0x%08lx",
		      tsk == child_reaper ? "init" : "the idle task", code);
	tsk->flags |= PF_EXITING;
	if (task_exit_report && tsk->mm)
		task_exit_report(tsk);
	exit_mm();
	tsk->exit_code = code;
	if (tsk->vfork_done) {
		complete(tsk->vfork_done);
		tsk->vfork_done = NULL;
	}
	exit_files(tsk);
	exit_fs(tsk);
	exit_notify(tsk);
	local_irq_disable();
	tsk->__state = TASK_DEAD;
	schedule();
	panic("do_exit: a dead task ran again");
}

static long wait_task_zombie(struct task_struct *p, int *stat_addr)
{
	pid_t pid = p->pid;

	if (stat_addr)
		*stat_addr = p->exit_code;
	current->cmin_flt += p->min_flt + p->cmin_flt;
	current->cmaj_flt += p->maj_flt + p->cmaj_flt;
	current->cutime += p->utime + p->cutime;
	current->cstime += p->stime + p->cstime;
	release_task(p);
	return pid;
}

static long do_wait(pid_t upid, int *stat_addr, int options)
{
	struct wait_queue_entry wait;
	struct task_struct *p;
	long ret;

	init_wait_entry(&wait, 0);
	wait.func = default_wake_function;
	add_wait_queue(&current->wait_chldexit, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		ret = -ECHILD;
		list_for_each_entry(p, &current->children, sibling) {
			if (upid > 0 && p->pid != upid)
				continue;
			ret = 0;
			if (p->exit_state == EXIT_ZOMBIE) {
				ret = wait_task_zombie(p, stat_addr);
				goto out;
			}
		}
		if (ret == -ECHILD || (options & WNOHANG))
			break;
		schedule();
	}
out:
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&current->wait_chldexit, &wait);
	return ret;
}

long kernel_wait4(pid_t upid, int *stat_addr, int options, void *ru)
{
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD |
			__WCLONE | __WALL))
		return -EINVAL;
	if (upid == -INT_MAX - 1)
		return -ESRCH;
	return do_wait(upid, stat_addr, options);
}
