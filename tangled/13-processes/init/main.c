/*
 * init/main.c: the end of the boot: the first tasks, and what pid 1
 * does. (start_kernel itself is in kernel/main.c, from chapter 1.)
 */
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/completion.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/reboot.h>
#include <linux/sched/task.h>
#include <linux/start_kernel.h>


static DECLARE_COMPLETION(kthreadd_done);

static int kernel_init(void *unused)
{
	wait_for_completion(&kthreadd_done);
	if (cmdline_find_option_bool(boot_command_line, "monitor") > 0)
		monitor_run();
	else
		demo_run();
	machine_exit(KERNEL_EXIT_SUCCESS);
	return 0;
}

void rest_init(void)
{
	pid_t pid;

	pid = user_mode_thread(kernel_init, NULL, "init", CLONE_FS);
	child_reaper = find_task_by_vpid(pid);
	pid = kernel_thread(kthreadd, NULL, "kthreadd",
			    CLONE_FS | CLONE_FILES);
	kthreadd_task = find_task_by_vpid(pid);
	complete(&kthreadd_done);
	sched_become_idle();
	schedule();
	cpu_startup_entry();
}
