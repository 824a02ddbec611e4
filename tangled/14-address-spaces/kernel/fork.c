/* kernel/fork.c: what a new task needs; for now, its kernel stack. */
#include <linux/sched/task_stack.h>
#include <linux/vmalloc.h>

void *alloc_thread_stack_node(int node)
{
	return __vmalloc_node_range(THREAD_SIZE, THREAD_ALIGN, VMALLOC_START,
				    VMALLOC_END, GFP_KERNEL | __GFP_ZERO,
				    PAGE_KERNEL, 0, node,
				    __builtin_return_address(0));
}

void free_thread_stack(void *stack)
{
	vfree(stack);
}
