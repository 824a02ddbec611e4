#ifndef _ASM_SWITCH_TO_H
#define _ASM_SWITCH_TO_H
/* The simulated machine has no second stack to switch to. */
struct task_struct;

struct task_struct *__switch_to_asm(struct task_struct *prev,
				    struct task_struct *next);

#define switch_to(prev, next, last) ((last) = __switch_to_asm(prev, next))
#endif
