/* arch/host/process.c: tasks on the simulated machine, never switched. */
#include <asm/irqflags.h>
#include <asm/switch_to.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/selftest.h>

unsigned long host_irq_flags;
char early_stack[16384];	/* the boot task's, as head_64.S has */

int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg)
{
	p->thread.sp = 0;
	p->thread.fsbase = 0;
	return 0;
}

struct task_struct *__switch_to_asm(struct task_struct *prev,
				    struct task_struct *next)
{
	panic("host: cannot switch from %s to %s: no real stacks",
	      prev->comm, next->comm);
}

void arch_cpu_idle(void)
{
	panic("host: the simulated machine does not idle");
}

const struct self_test sched_self_tests[1];
const unsigned int nr_sched_self_tests;
