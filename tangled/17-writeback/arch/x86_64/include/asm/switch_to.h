#ifndef _ASM_SWITCH_TO_H
#define _ASM_SWITCH_TO_H
/* The context switch: the frame a stopped task leaves on its stack. */

/* offsetof(struct task_struct, thread.sp): checked in process_64.c */
#define TASK_threadsp	8

#ifndef __ASSEMBLER__
#include <asm/ptrace.h>

struct task_struct;

struct inactive_task_frame {
	unsigned long r15, r14, r13, r12, bx, bp;
	unsigned long ret_addr;
};

struct fork_frame {
	struct inactive_task_frame frame;
	struct pt_regs regs;
};

struct task_struct *__switch_to_asm(struct task_struct *prev,
				    struct task_struct *next);
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);
void ret_from_fork(void);

#define switch_to(prev, next, last) ((last) = __switch_to_asm(prev, next))
#endif
#endif
