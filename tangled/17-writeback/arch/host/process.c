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

u64 host_entropy_ticks;

void start_thread(struct pt_regs *regs, unsigned long new_ip,
		  unsigned long new_sp)
{
	*regs = (struct pt_regs){ .ip = new_ip, .sp = new_sp };
}

void flush_thread(void)
{
}

void switch_mm(struct mm_struct *next)
{
}

void start_user_mode(void)
{
	panic("the simulated machine cannot run user code");
}
