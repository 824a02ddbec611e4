#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H
/* What a task keeps of the processor when it is not running. */
#include <asm/ptrace.h>

struct task_struct;

struct thread_struct {
	unsigned long sp;		/* saved by __switch_to_asm */
	unsigned long fsbase;		/* the user's thread pointer */
	unsigned char fxregs[512 + 16];	/* the SSE state, aligned within */
};

#define task_pt_regs(task) \
	((struct pt_regs *)((unsigned long)(task)->stack + THREAD_SIZE) - 1)

int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg);
void arch_cpu_idle(void);
#endif
