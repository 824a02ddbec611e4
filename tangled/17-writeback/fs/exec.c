/* fs/exec.c: a task runs a program from the initramfs; execve. */
#include <asm/irqflags.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/initramfs.h>
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/completion.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define PATH_MAX	4096	/* Linux's include/uapi/linux/limits.h */
#include <linux/dcache.h>
#include <linux/fdtable.h>
#include <linux/minmax.h>
#include <linux/vmalloc.h>

static int count_strings(const char *const **vec, unsigned int *count,
			 const char *const *strs)
{
	unsigned int n = 0;

	while (strs && strs[n])
		n++;
	if (n > BINPRM_MAX_ARGS)
		return -E2BIG;
	*vec = strs;
	*count = n;
	return 0;
}

static void set_comm(char *comm, size_t size, const char *filename)
{
	const char *base = filename, *s;

	for (s = filename; *s; s++)
		if (*s == '/')
			base = s + 1;
	strscpy(comm, base, size);
}

struct file *file_alloc(const char *path)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (f)
		strscpy(f->f_path, path, sizeof(f->f_path));
	return f;
}

static void exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old = tsk->mm;
	unsigned long flags;

	if (old)
		mm_release(tsk, old);
	local_irq_save(flags);
	tsk->mm = tsk->active_mm = mm;
	switch_mm(mm);
	local_irq_restore(flags);
	if (tsk->vfork_done) {
		complete(tsk->vfork_done);
		tsk->vfork_done = NULL;
	}
	if (old)
		mmput(old);
}

/* The whole program file, read through the VFS into kernel memory. */
static int read_program(const char *filename, struct linux_binprm *bprm,
			void **buf, char *path, int pathlen)
{
	struct file *file = do_filp_open(AT_FDCWD, filename, O_RDONLY, 0);
	loff_t pos = 0;
	ssize_t n;
	int ret = 0;

	if (IS_ERR(file))
		return PTR_ERR(file);
	if (!S_ISREG(file->f_inode->i_mode)) {
		fput(file);
		return -EACCES;
	}
	bprm->size = file->f_inode->i_size;
	*buf = vmalloc(max(bprm->size, 1UL));
	if (!*buf) {
		fput(file);
		return -ENOMEM;
	}
	n = kernel_read(file, *buf, bprm->size, &pos);
	if (n < 0 || (unsigned long)n != bprm->size)
		ret = n < 0 ? n : -EIO;
	bprm->data = *buf;
	/* the file's own path, whatever link led to it (/proc/self/exe) */
	if (d_path(file->f_dentry, current->fs->root, path, pathlen) < 0)
		strscpy(path, filename, pathlen);
	fput(file);
	return ret;
}

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp)
{
	struct linux_binprm bprm = { .filename = filename };
	void *buf = NULL;
	char path[sizeof(((struct file *)0)->f_path)];
	int ret;

	ret = read_program(filename, &bprm, &buf, path, sizeof(path));
	if (!ret && !(ret = count_strings(&bprm.argv, &bprm.argc, argv)))
		ret = count_strings(&bprm.envp, &bprm.envc, envp);
	if (!ret && !(bprm.mm = mm_alloc()))
		ret = -ENOMEM;
	if (ret) {
		vfree(buf);
		return ret;
	}
	set_comm(bprm.mm->exe, sizeof(bprm.mm->exe), filename);
	ret = load_elf_binary(&bprm);
	vfree(buf);
	if (ret) {
		mmput(bprm.mm);
		return ret;
	}
	if (bprm.mm->exe_file)		/* /proc/PID/exe's and maps' name */
		strscpy(bprm.mm->exe_file->f_path, path,
			sizeof(bprm.mm->exe_file->f_path));
	exec_mmap(bprm.mm);
	if (current->files)
		do_close_on_exec(current->files);
	set_comm(current->comm, TASK_COMM_LEN, filename);
	current->thread.fsbase = 0;
	current->clear_child_tid = NULL;
	flush_thread();
	start_thread(task_pt_regs(current), bprm.entry, bprm.p);
	return 0;
}


#define EXEC_STRINGS_MAX	(STACK_SIZE / 4)

struct exec_args {
	char filename[PATH_MAX];
	const char __user *uargv[BINPRM_MAX_ARGS];
	const char __user *uenvp[BINPRM_MAX_ARGS];
	unsigned int argc, envc;
	const char *argv[BINPRM_MAX_ARGS + 1], *envp[BINPRM_MAX_ARGS + 1];
	char strings[EXEC_STRINGS_MAX];
	size_t used;
};

static long count_vector(const char __user *const __user *uvec,
			 const char __user **ptrs, unsigned int *count)
{
	const char __user *p;
	unsigned int n;

	for (n = 0; uvec; n++) {
		if (copy_from_user(&p, uvec + n, sizeof(p)))
			return -EFAULT;
		if (!p)
			break;
		if (n == BINPRM_MAX_ARGS)
			return -E2BIG;
		ptrs[n] = p;
	}
	*count = n;
	return 0;
}

static long copy_strings(struct exec_args *a, unsigned int count,
			 const char __user *const *ptrs, const char **vec)
{
	unsigned int n;
	long len;

	for (n = 0; n < count; n++) {
		len = strncpy_from_user(a->strings + a->used, ptrs[n],
					EXEC_STRINGS_MAX - a->used);
		if (len < 0)
			return len;
		if (a->used + len == EXEC_STRINGS_MAX)
			return -E2BIG;
		vec[n] = a->strings + a->used;
		a->used += len + 1;
	}
	vec[count] = NULL;
	return 0;
}

long sys_execve(const char __user *filename,
		const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	struct exec_args *a = kmalloc(sizeof(*a), GFP_KERNEL);
	long ret;

	if (!a)
		return -ENOMEM;
	a->used = 0;
	ret = strncpy_from_user(a->filename, filename, PATH_MAX);
	if (ret == PATH_MAX)
		ret = -ENAMETOOLONG;
	else if (ret == 0)
		ret = -ENOENT;
	if (ret > 0)
		ret = count_vector(argv, a->uargv, &a->argc);
	if (!ret)
		ret = count_vector(envp, a->uenvp, &a->envc);
	if (!ret)
		ret = copy_strings(a, a->envc, a->uenvp, a->envp);
	if (!ret)
		ret = copy_strings(a, a->argc, a->uargv, a->argv);
	if (!ret)	/* the file only now, as in 6.1 */
		ret = kernel_execve(a->filename, a->argv, a->envp);
	kfree(a);
	return ret;
}

static int run_user_program(void *arg)
{
	struct program_run *run = arg;

	run->error = kernel_execve(run->filename, run->argv, run->envp);
	if (run->error)
		return run->error;
	start_user_mode();
}

int start_program(struct program_run *run)
{
	run->error = 0;
	return user_mode_thread(run_user_program, run, run->filename,
				SIGCHLD);
}

int run_program(const char *filename, const char *const *argv,
		const char *const *envp)
{
	struct program_run run = { filename, argv, envp, 0 };
	pid_t pid = start_program(&run);
	int status;

	if (pid < 0)
		return pid;
	if (kernel_wait4(pid, &status, 0, NULL) != pid)
		return -ECHILD;
	return run.error ? run.error : status;
}
