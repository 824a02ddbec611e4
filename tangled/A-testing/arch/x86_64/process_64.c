/* arch/x86_64/process_64.c: a new task's first frame, and the switch. */
#include <asm/switch_to.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <asm/irqflags.h>

_Static_assert(offsetof(struct task_struct, thread.sp) == TASK_threadsp,
	       "TASK_threadsp is thread.sp's offset");

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	current_task = next;

	return prev;
}

int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg)
{
	struct pt_regs *childregs = task_pt_regs(p);
	struct fork_frame *fork_frame =
		list_entry(childregs, struct fork_frame, regs);
	struct inactive_task_frame *frame = &fork_frame->frame;

	memset(fork_frame, 0, sizeof(*fork_frame));
	frame->ret_addr = (unsigned long)ret_from_fork;
	frame->bx = (unsigned long)fn;
	frame->r12 = (unsigned long)arg;
	p->thread.sp = (unsigned long)fork_frame;
	p->thread.fsbase = 0;
	return 0;
}

void arch_cpu_idle(void)
{
	safe_halt();
}
