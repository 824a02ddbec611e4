/* fs/exec.c: a task runs a program from the initramfs; running one. */
#include <asm/irqflags.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/initramfs.h>
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>

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

static void exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old = tsk->mm;
	unsigned long flags;

	local_irq_save(flags);
	tsk->mm = tsk->active_mm = mm;
	switch_mm(mm);
	local_irq_restore(flags);

	if (old)
		mmput(old);
}

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp)
{
	const struct initramfs_file *f = initramfs_lookup(filename);
	struct linux_binprm bprm = { .filename = filename };
	int ret;

	if (!f)
		return -ENOENT;
	bprm.data = f->data;
	bprm.size = f->size;
	if ((ret = count_strings(&bprm.argv, &bprm.argc, argv)) ||
	    (ret = count_strings(&bprm.envp, &bprm.envc, envp)))
		return ret;
	bprm.mm = mm_alloc();
	if (!bprm.mm)
		return -ENOMEM;
	set_comm(bprm.mm->exe, sizeof(bprm.mm->exe), filename);
	ret = load_elf_binary(&bprm);
	if (ret) {
		mmput(bprm.mm);
		return ret;
	}
	exec_mmap(bprm.mm);
	set_comm(current->comm, TASK_COMM_LEN, filename);
	current->thread.fsbase = 0;
	current->clear_child_tid = NULL;
	flush_thread();
	start_thread(task_pt_regs(current), bprm.entry, bprm.p);
	return 0;
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
