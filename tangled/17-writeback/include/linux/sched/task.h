#ifndef _LINUX_SCHED_TASK_H
#define _LINUX_SCHED_TASK_H
/* Making tasks, ending them, and holding on to them. */
#include <linux/sched.h>

#define CSIGNAL		0x000000ff	/* the signal sent at exit */
#define CLONE_VM	0x00000100
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400
#define SIGCHLD		17

extern struct kmem_cache *task_struct_cachep;
extern struct task_struct *child_reaper;

void fork_init(void);
struct task_struct *copy_process(int (*fn)(void *), void *arg,
				 const char *name, unsigned long clone_flags,
				 unsigned int pf_flags);
pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name,
		    unsigned long flags);
pid_t user_mode_thread(int (*fn)(void *), void *arg, const char *name,
		       unsigned long flags);
void wake_up_new_task(struct task_struct *p);
void schedule_tail(struct task_struct *prev);
void put_task_stack(struct task_struct *tsk);
void __put_task_struct(struct task_struct *tsk);
void release_task(struct task_struct *p);
void __noreturn do_exit(long code);
long kernel_wait4(pid_t upid, int *stat_addr, int options, void *ru);
int alloc_pid(void);
void free_pid(int nr);
void pid_idr_init(void);
extern int pid_max;

static inline void get_task_struct(struct task_struct *t)
{
	t->usage++;
}

static inline void put_task_struct(struct task_struct *t)
{
	if (--t->usage == 0)
		__put_task_struct(t);
}
#endif
