/* kernel/monitor_proc.c: cat, which prints the /proc reports. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>
#include <linux/sprintf.h>
#include <linux/sysctl.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/binfmts.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>

static void cmd_cat(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "/proc/buddyinfo") == 0)
		frag_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/pagetypeinfo") == 0)
		pagetypeinfo_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/zoneinfo") == 0)
		zoneinfo_show(monitor_seq());
	else if (argc == 2 && strncmp(argv[1], "/proc/sys/vm/", 13) == 0) {
		char key[64], value[128];

		scnprintf(key, sizeof(key), "vm.%s", argv[1] + 13);
		if (sysctl_vm_read(key, value, sizeof(value)) < 0)
			monitor_printf("cat: %s: No such file or directory\n",
				       argv[1]);
		else
			monitor_printf("%s\n", value);
	}
	else if (argc == 2 && strcmp(argv[1], "/proc/slabinfo") == 0)
		slabinfo_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/vmallocinfo") == 0)
		vmallocinfo_show(monitor_seq());
	else if (argc == 2 && proc_pid_show(monitor_seq(), argv[1]) == 0)
		;
	else
		monitor_printf("cat: %s: No such file or directory\n",
			       argc == 2 ? argv[1] : "(none)");
}

static void report_at_exit(struct task_struct *tsk)
{
	monitor_printf("$ cat /proc/%d/maps\n", tsk->pid);
	proc_pid_maps(monitor_seq(), tsk);
	monitor_printf("$ cat /proc/%d/status\n", tsk->pid);
	proc_pid_status(monitor_seq(), tsk);
}

static void cmd_procrun(int argc, char **argv)
{
	if (argc != 2) {
		monitor_printf("usage: procrun /bin/NAME\n");
		return;
	}
	task_exit_report = report_at_exit;
	run_init_program(argv[1]);
	task_exit_report = NULL;
}

const struct monitor_command monitor_proc_commands[] = {
	{ "cat", "cat /proc/buddyinfo    free blocks per zone and order "
	  "(or /proc/pagetypeinfo)", cmd_cat },
	{ "procrun", "procrun /bin/NAME  run it; at exit_group print its "
	  "/proc/PID/maps and status", cmd_procrun },
	{ }
};
