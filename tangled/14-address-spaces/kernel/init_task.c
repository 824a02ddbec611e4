/* kernel/init_task.c: the task that boots the kernel. */
#include <linux/numa.h>
#include <linux/sched.h>

struct task_struct init_task = {
	.comm = "swapper/0",
	.il_prev = MAX_NUMNODES - 1,
};
