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
#include <linux/binfmts.h>
#include <linux/cmdline_option.h>
#include <linux/gfp.h>
#include <linux/initramfs.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include "../mm/slab.h"
#include <linux/sched/mm.h>
#include <linux/sched/mm.h>
#include <linux/fs.h>
#include <linux/pci.h>
#include <linux/virtio.h>
int run_disk_tests(void);
static char execute_command[64];
static void __noreturn run_init_process(void);

static DECLARE_COMPLETION(kthreadd_done);

static int kernel_init(void *unused)
{
	wait_for_completion(&kthreadd_done);
	virtio_blk_init();
	pci_subsys_init();
	if (cmdline_find_option_bool(boot_command_line, "disk") > 0)
		machine_exit(run_disk_tests() ? KERNEL_EXIT_FAILURE
					      : KERNEL_EXIT_SUCCESS);
	populate_rootfs();
	console_on_rootfs();
	if (cmdline_find_option(boot_command_line, "init", execute_command,
				sizeof(execute_command)) > 0)
		run_init_process();
	if (cmdline_find_option_bool(boot_command_line, "user") > 0)
		run_init_programs();
	else if (cmdline_find_option_bool(boot_command_line, "monitor") > 0)
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

static const char *const envp_init[] = { "HOME=/", "TERM=linux", NULL };
static const char *const argv_init[] = { NULL, "alpha", "beta gamma", NULL };

static void leak_mark(unsigned long *pages, unsigned long *tasks)
{
	unsigned long total, slabs;

	kmem_cache_shrink(task_struct_cachep);	/* the cpu slab's too */
	vfs_caches_mark();
	purge_vmap_area_lazy();
	drain_all_pages(NULL);
	*pages = nr_free_pages();
	get_slabinfo(task_struct_cachep, tasks, &total, &slabs);
}

static void report_end(const char *name, int status)
{
	if (status < 0)
		pr_info("=== %s: error %d\n", name, status);
	else if (status & 0x7f)
		pr_info("=== %s: signal %d\n", name, status & 0x7f);
	else
		pr_info("=== %s: exit %d\n", name, (status >> 8) & 0xff);
}

static void report_leaks(const char *name, unsigned long pages,
			 unsigned long tasks)
{
	unsigned long pages2, tasks2;

	if (vm_area_active())
		pr_info("=== %s: %lu vm_area_structs not given back\n", name,
			vm_area_active());
	mm_caches_report(name);
	vfs_caches_report(name);
	leak_mark(&pages2, &tasks2);
	if (pages2 != pages)
		pr_info("=== %s: %ld pages not given back\n", name,
			(long)(pages - pages2));
	if (tasks2 != tasks)
		pr_info("=== %s: %ld task_structs not given back\n", name,
			(long)(tasks2 - tasks));
}

int run_init_program(const char *name)
{
	const char *argv[4];
	unsigned long pages, tasks;
	int status;

	memcpy(argv, argv_init, sizeof(argv));
	argv[0] = name;
	leak_mark(&pages, &tasks);
	pr_info("=== run %s\n", name);
	status = run_program(name, argv, envp_init);
	report_end(name, status);
	while (kernel_wait4(-1, NULL, 0, NULL) > 0)
		;
	report_leaks(name, pages, tasks);
	return status;
}

int run_side_by_side(const char *first, const char *second)
{
	const char *argv[2][2] = { { first, NULL }, { second, NULL } };
	struct program_run run[2] = {
		{ first, argv[0], envp_init, 0 },
		{ second, argv[1], envp_init, 0 },
	};
	unsigned long pages, tasks;
	int pid[2], i, n, status, first_pid = 0;

	leak_mark(&pages, &tasks);
	pr_info("=== run %s and %s side by side\n", first, second);
	pid[0] = start_program(&run[0]);
	pid[1] = pid[0] < 0 ? pid[0] : start_program(&run[1]);
	if (pid[1] < 0) {
		if (pid[0] > 0)
			kernel_wait4(pid[0], NULL, 0, NULL);
		pr_info("=== side by side: error %d\n", pid[1]);
		return pid[1];
	}
	for (n = 0; n < 2; n++) {
		int reaped = kernel_wait4(-1, &status, 0, NULL);

		i = reaped == pid[1];
		if (!first_pid)
			first_pid = reaped;
		report_end(run[i].filename, run[i].error ? run[i].error
							  : status);
	}
	report_leaks("side by side", pages, tasks);
	pr_info("=== side by side: done\n");
	return first_pid;
}

void run_init_programs(void)
{
	char rdinit[64];
	const struct initramfs_file *f;
	unsigned int i;

	if (cmdline_find_option(boot_command_line, "rdinit", rdinit,
				sizeof(rdinit)) > 0) {
		run_init_program(rdinit);
	} else {
		for (i = 0; (f = initramfs_file(i)); i++)
			if (!strncmp(f->name, "/bin/", 5))
				run_init_program(f->name);
		if (initramfs_lookup("/bin/spinner") &&
		    initramfs_lookup("/bin/sleeper"))
			run_side_by_side("/bin/spinner", "/bin/sleeper");
	}
	pr_info("=== done\n");
}

#define MAX_INIT_ARGS	16

/*
 * init= on the command line: pid 1 itself becomes that program, with
 * the words after "--" as its arguments, as Linux's kernel_init runs
 * it; when it exits, do_exit panics, as Linux's does.
 */
static void __noreturn run_init_process(void)
{
	static const char *const envp[] = { "HOME=/", "TERM=linux", NULL };
	static char args[256];
	const char *argv[MAX_INIT_ARGS + 2];
	const char *dashes = boot_command_line;
	char *p = NULL;
	int argc = 0, ret;

	argv[argc++] = execute_command;
	for (; *dashes; dashes++)
		if (!strncmp(dashes, " -- ", 4)) {
			strscpy(args, dashes + 4, sizeof(args));
			p = args;
			break;
		}
	while (p && *p && argc <= MAX_INIT_ARGS) {
		while (*p == ' ')
			*p++ = '\0';
		if (*p)
			argv[argc++] = p;
		while (*p && *p != ' ')
			p++;
	}
	argv[argc] = NULL;
	pr_info("Run %s as init process\n", execute_command);
	ret = kernel_execve(execute_command, argv, envp);
	if (ret)
		panic("Requested init %s failed (error %d).", execute_command,
		      ret);
	start_user_mode();
}
