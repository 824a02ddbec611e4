#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H
/* The task: for now the one thread of control that boots the kernel. */
#include <linux/mempolicy.h>

#define TASK_COMM_LEN	16

struct task_struct {
	char comm[TASK_COMM_LEN];
	struct mempolicy *mempolicy;	/* NULL: the system default */
	int il_prev;			/* the last node interleaved on */
};

extern struct task_struct init_task;

static inline struct task_struct *get_current(void)
{
	return &init_task;
}

#define current get_current()
#endif
