/* kernel/init_task.c: the task that boots the kernel, pid 0. */
#include <linux/numa.h>
#include <linux/sched.h>

extern char early_stack[];

struct task_struct init_task = {
	.__state = TASK_RUNNING,
	.flags = PF_KTHREAD,
	.usage = 2,
	.stack = early_stack,
	.exit_signal = -1,
	.real_parent = &init_task,
	.parent = &init_task,
	.children = LIST_HEAD_INIT(init_task.children),
	.sibling = LIST_HEAD_INIT(init_task.sibling),
	.tasks = LIST_HEAD_INIT(init_task.tasks),
	.run_list = LIST_HEAD_INIT(init_task.run_list),
	.wait_chldexit = __WAIT_QUEUE_HEAD_INITIALIZER(
		init_task.wait_chldexit),
	.comm = "swapper/0",
	.il_prev = MAX_NUMNODES - 1,
	.active_mm = &init_mm,
};
