#ifndef _LINUX_SCHED_TASK_STACK_H
#define _LINUX_SCHED_TASK_STACK_H
/* Kernel stacks: 16 KiB each, from vmalloc with a guard page. */
#include <asm/page.h>

#define THREAD_SIZE_ORDER	2
#define THREAD_SIZE		(PAGE_SIZE << THREAD_SIZE_ORDER)
#define THREAD_ALIGN		THREAD_SIZE

void *alloc_thread_stack_node(int node);
void free_thread_stack(void *stack);
#endif
