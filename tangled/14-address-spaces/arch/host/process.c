/* arch/host/process.c: the simulated machine does not run user code. */
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/kernel.h>

u64 host_entropy_ticks;

int arch_run_user(struct mm_struct *mm, unsigned long entry,
		  unsigned long sp)
{
	pr_err("the simulated machine cannot run user code\n");
	return -ENOEXEC;
}

void user_thread_exit(int status)
{
	panic("user_thread_exit(%d) with no program running", status);
}
