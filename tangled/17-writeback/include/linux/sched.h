#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H
/* The task: a thread of control the kernel can stop and restart. */
#include <asm/processor.h>
#include <linux/compiler.h>
#include <linux/list.h>
#include <linux/mempolicy.h>
#include <linux/types.h>
#include <linux/wait.h>

#define TASK_RUNNING		0x00000000
#define TASK_INTERRUPTIBLE	0x00000001
#define TASK_UNINTERRUPTIBLE	0x00000002
#define __TASK_STOPPED		0x00000004
#define __TASK_TRACED		0x00000008
#define EXIT_DEAD		0x00000010	/* in exit_state */
#define EXIT_ZOMBIE		0x00000020	/* in exit_state */
#define TASK_PARKED		0x00000040
#define TASK_DEAD		0x00000080
#define TASK_WAKEKILL		0x00000100
#define TASK_WAKING		0x00000200
#define TASK_NOLOAD		0x00000400
#define TASK_NEW		0x00000800
#define TASK_IDLE		(TASK_UNINTERRUPTIBLE | TASK_NOLOAD)
#define TASK_NORMAL		(TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)
#define TASK_REPORT		0x0000007f

#define PF_IDLE			0x00000002	/* the idle task */
#define PF_EXITING		0x00000004	/* getting shut down */
#define PF_KTHREAD		0x00200000	/* a kernel thread */

#define TASK_COMM_LEN	16
#ifndef LONG_MAX
#define LONG_MAX	__LONG_MAX__
#endif

typedef int pid_t;
struct completion;
struct mm_struct;

struct thread_info {
	unsigned long flags;		/* TIF_ bits */
};

struct task_struct {
	struct thread_info thread_info;	/* first, as in Linux */
	struct thread_struct thread;	/* the processor's part */
	unsigned int __state;		/* TASK_RUNNING, ... */
	unsigned int flags;		/* PF_ bits */
	int on_rq;			/* on the run queue */
	unsigned int time_slice;	/* ticks left of its turn */
	struct list_head run_list;	/* in the run queue */
	int usage;			/* references to the structure */
	void *stack;			/* THREAD_SIZE bytes, from vmalloc */
	struct mm_struct *mm, *active_mm;
	int exit_state;			/* EXIT_ZOMBIE, EXIT_DEAD */
	int exit_code, exit_signal;
	pid_t pid, tgid;
	struct task_struct *real_parent, *parent;
	struct list_head children, sibling;
	struct list_head tasks;		/* every task, from init_task */
	wait_queue_head_t wait_chldexit;	/* the parent waits here */
	struct completion *vfork_done;	/* completed at exit */
	void *worker_private;		/* a kthread's struct kthread */
	unsigned long nvcsw, nivcsw;	/* switches, voluntary or not */
	char comm[TASK_COMM_LEN];
	struct mempolicy *mempolicy;	/* NULL: the system default */
	int il_prev;			/* the last node interleaved on */
	int *clear_child_tid;		/* set_tid_address's, a user address */
	int *set_child_tid;		/* CLONE_CHILD_SETTID's, a user address */
	unsigned long min_flt, maj_flt;		/* faults that mapped a page */
	unsigned long cmin_flt, cmaj_flt;	/* those of reaped children */
	u64 utime, stime;			/* time charged, in ns */
	u64 cutime, cstime;			/* that of reaped children */
	u64 start_boottime;			/* when it was made, ns since boot */
	struct files_struct *files;	/* open files, by descriptor */
	struct fs_struct *fs;		/* root and working directory */
};

extern struct task_struct init_task;
extern struct task_struct *current_task;

static inline struct task_struct *get_current(void)
{
	return current_task;
}

#define current get_current()

#define __set_current_state(state_value) do {				\
	*(volatile unsigned int *)&current->__state = (state_value);	\
} while (0)
#define set_current_state(state_value) do {				\
	__set_current_state(state_value);				\
	__asm__ __volatile__("" : : : "memory");			\
} while (0)

#define TIF_NEED_RESCHED	3	/* rescheduling necessary */

static inline void set_tsk_need_resched(struct task_struct *tsk)
{
	tsk->thread_info.flags |= 1UL << TIF_NEED_RESCHED;
}

static inline void clear_tsk_need_resched(struct task_struct *tsk)
{
	tsk->thread_info.flags &= ~(1UL << TIF_NEED_RESCHED);
}

static inline bool test_tsk_need_resched(struct task_struct *tsk)
{
	return tsk->thread_info.flags & (1UL << TIF_NEED_RESCHED);
}

static inline bool need_resched(void)
{
	return test_tsk_need_resched(current);
}

#define MAX_SCHEDULE_TIMEOUT	LONG_MAX

void schedule(void);
long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_uninterruptible(long timeout);
int wake_up_process(struct task_struct *p);
int cond_resched(void);
void yield(void);
void sched_init(void);
void sched_become_idle(void);
void cpu_startup_entry(void) __noreturn;
void scheduler_tick(void);
struct task_struct *find_task_by_vpid(pid_t nr);
char task_state_to_char(struct task_struct *tsk);
extern struct mm_struct init_mm;
void account_process_tick(struct task_struct *p, int user_tick);
#endif
