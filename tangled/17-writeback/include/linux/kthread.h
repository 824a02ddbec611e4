#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H
/* Kernel threads made by kthreadd, which can be told to stop. */
#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/sched.h>

extern struct task_struct *kthreadd_task;

struct task_struct *kthread_create(int (*threadfn)(void *data),
				   void *data, const char namefmt[], ...)
	__printf(3, 4);
bool kthread_should_stop(void);
int kthread_stop(struct task_struct *k);
void __noreturn kthread_exit(long result);
int kthreadd(void *unused);

#define kthread_run(threadfn, data, namefmt, ...) ({			\
	struct task_struct *__k =					\
		kthread_create(threadfn, data, namefmt, ##__VA_ARGS__);	\
	if (!IS_ERR(__k))						\
		wake_up_process(__k);					\
	__k;								\
})
#endif
