/* kernel/fork.c: making a task, with its kernel stack. */
#include <asm/irqflags.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/numa.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/binfmts.h>
#include <linux/completion.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/rmap.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <uapi/linux/sched.h>

static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm);

struct kmem_cache *task_struct_cachep;

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

void put_task_stack(struct task_struct *tsk)
{
	if (tsk->stack) {
		free_thread_stack(tsk->stack);
		tsk->stack = NULL;
	}
}

void fork_init(void)
{
	task_struct_cachep = kmem_cache_create("task_struct",
					       sizeof(struct task_struct), 64,
					       SLAB_PANIC, NULL);
}

void __put_task_struct(struct task_struct *tsk)
{
	put_task_stack(tsk);
	kfree(tsk->worker_private);
	kmem_cache_free(task_struct_cachep, tsk);
}

static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *oldmm = current->mm, *mm;

	if (!oldmm || (tsk->flags & PF_KTHREAD))
		return 0;
	if (clone_flags & CLONE_VM) {
		oldmm->mm_users++;
		mm = oldmm;
	} else {
		mm = dup_mm(oldmm);
		if (!mm)
			return -ENOMEM;
	}
	tsk->mm = tsk->active_mm = mm;
	return 0;
}

struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();
	pgd_t *pgd;

	if (!mm)
		return NULL;
	pgd = mm->pgd;
	*mm = *oldmm;
	mm->pgd = pgd;
	mm->mmap = NULL;
	mm->map_count = 0;
	mm->pgtables_bytes = 0;
	memset(&mm->rss_stat, 0, sizeof(mm->rss_stat));
	mm->mm_users = 1;
	mm->exe_file = NULL;
	if (mm->anon_vma)
		get_anon_vma(mm->anon_vma);
	if ((oldmm->exe_file &&
	     !(mm->exe_file = file_alloc(oldmm->exe_file->f_path))) ||
	    dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *mpnt, *tmp, *prev = NULL;

	for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) {
		tmp = vm_area_dup(mpnt);
		if (!tmp)
			return -ENOMEM;
		tmp->vm_mm = mm;
		if (tmp->vm_file && !tmp->vm_file->f_op)	/* the program's own */
			tmp->vm_file = mm->exe_file;
		tmp->vm_prev = prev;
		if (prev)
			prev->vm_next = tmp;
		else
			mm->mmap = tmp;
		prev = tmp;
		mm->map_count++;
		if (copy_page_range(tmp, mpnt))
			return -ENOMEM;
	}
	return 0;
}

void mm_release(struct task_struct *tsk, struct mm_struct *mm)
{
	if (tsk->clear_child_tid) {
		if (mm->mm_users > 1)
			put_user(0, tsk->clear_child_tid);
		tsk->clear_child_tid = NULL;
	}
}

static int copy_shared(struct task_struct *p, unsigned long clone_flags)
{
	int retval = 0;

	p->active_mm = &init_mm;
	p->clear_child_tid = NULL;
	retval = copy_mm(clone_flags, p);
	p->set_child_tid = NULL;
	if (!retval)
		retval = copy_files(clone_flags, p);
	if (!retval && (retval = copy_fs(clone_flags, p)))
		exit_files(p);
	return retval;
}

struct task_struct *copy_process(int (*fn)(void *), void *arg,
				 const char *name, unsigned long clone_flags,
				 unsigned int pf_flags)
{
	struct task_struct *p;
	unsigned long flags;
	int retval = -ENOMEM;
	int pid;

	p = kmem_cache_alloc(task_struct_cachep, GFP_KERNEL);
	if (!p)
		return ERR_PTR(-ENOMEM);
	*p = *current;
	p->stack = alloc_thread_stack_node(NUMA_NO_NODE);
	if (!p->stack)
		goto bad_fork_free;
	p->usage = 2;
	p->thread_info.flags = 0;
	p->__state = TASK_NEW;
	p->flags = pf_flags;
	p->on_rq = 0;
	p->time_slice = current->time_slice > 1 ? current->time_slice : 1;
	INIT_LIST_HEAD(&p->run_list);
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->sibling);
	INIT_LIST_HEAD(&p->tasks);
	init_waitqueue_head(&p->wait_chldexit);
	p->mm = NULL;
	p->exit_state = 0;
	p->exit_code = 0;
	p->exit_signal = clone_flags & CSIGNAL;
	p->vfork_done = NULL;
	p->worker_private = NULL;
	p->nvcsw = p->nivcsw = 0;
	p->min_flt = p->maj_flt = p->cmin_flt = p->cmaj_flt = 0;
	p->utime = p->stime = p->cutime = p->cstime = 0;
	p->start_boottime = ktime_get_ns();
	strscpy(p->comm, name, TASK_COMM_LEN);
	pid = alloc_pid();
	if (pid < 0) {
		retval = pid;
		goto bad_fork_free_stack;
	}
	p->pid = p->tgid = pid;
	retval = copy_shared(p, clone_flags);
	if (retval)
		goto bad_fork_free_pid;
	copy_thread(p, fn, arg);
	local_irq_save(flags);
	p->real_parent = p->parent = current;
	list_add_tail(&p->sibling, &current->children);
	list_add_tail(&p->tasks, &init_task.tasks);
	local_irq_restore(flags);
	return p;

bad_fork_free_pid:
	free_pid(pid);
bad_fork_free_stack:
	put_task_stack(p);
bad_fork_free:
	kmem_cache_free(task_struct_cachep, p);
	return ERR_PTR(retval);
}

static pid_t kernel_clone(int (*fn)(void *), void *arg, const char *name,
			  unsigned long flags, unsigned int pf_flags)
{
	struct task_struct *p = copy_process(fn, arg, name, flags, pf_flags);
	pid_t pid;

	if (IS_ERR(p))
		return PTR_ERR(p);
	pid = p->pid;
	wake_up_new_task(p);
	return pid;
}

pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name,
		    unsigned long flags)
{
	return kernel_clone(fn, arg, name, flags, PF_KTHREAD);
}

pid_t user_mode_thread(int (*fn)(void *), void *arg, const char *name,
		       unsigned long flags)
{
	return kernel_clone(fn, arg, name, flags, 0);
}

static int ret_to_user(void *unused)
{
	start_user_mode();
}

static long do_fork(unsigned long clone_flags, unsigned long newsp,
		    int __user *parent_tidptr, int __user *child_tidptr)
{
	struct completion vfork;
	struct task_struct *p;
	struct pt_regs *regs;
	pid_t pid;

	p = copy_process(ret_to_user, NULL, current->comm, clone_flags, 0);
	if (IS_ERR(p))
		return PTR_ERR(p);
	regs = task_pt_regs(p);
	*regs = *task_pt_regs(current);
	regs->ax = 0;
	if (newsp)
		regs->sp = newsp;
	p->thread.fsbase = current->thread.fsbase;
	pid = p->pid;
	p->set_child_tid = (clone_flags & CLONE_CHILD_SETTID) ?
			   child_tidptr : NULL;
	p->clear_child_tid = (clone_flags & CLONE_CHILD_CLEARTID) ?
			     child_tidptr : NULL;
	if (clone_flags & CLONE_PARENT_SETTID)
		put_user(pid, parent_tidptr);
	if (clone_flags & CLONE_VFORK) {
		init_completion(&vfork);
		p->vfork_done = &vfork;
		get_task_struct(p);
	}
	wake_up_new_task(p);
	if (clone_flags & CLONE_VFORK) {
		wait_for_completion(&vfork);
		put_task_struct(p);
	}
	return pid;
}

long sys_fork(void)
{
	return do_fork(SIGCHLD, 0, NULL, NULL);
}

long sys_vfork(void)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, 0, NULL, NULL);
}

long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls)
{
	if ((clone_flags & (CLONE_NEWNS | CLONE_FS)) ==
	    (CLONE_NEWNS | CLONE_FS))
		return -EINVAL;
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	if (clone_flags & ~(CSIGNAL | CLONE_VM | CLONE_VFORK |
			    CLONE_PARENT_SETTID | CLONE_CHILD_SETTID |
			    CLONE_CHILD_CLEARTID))
		return -EINVAL;		/* threads: not in this kernel */
	if ((clone_flags & CLONE_VM) && !(clone_flags & CLONE_VFORK))
		return -EINVAL;
	return do_fork(clone_flags, newsp, parent_tidptr, child_tidptr);
}
