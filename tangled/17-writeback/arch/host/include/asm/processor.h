#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H
/* The simulated machine's part of a task: never switched to. */
#include <asm/ptrace.h>

struct task_struct;

struct thread_struct {
	unsigned long sp;
	unsigned long fsbase;
	unsigned char fxregs[512 + 16];	/* the SSE state, aligned within */
};

#define task_pt_regs(task) \
	((struct pt_regs *)((unsigned long)(task)->stack + THREAD_SIZE) - 1)

int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg);
void arch_cpu_idle(void);
#endif
