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
#include <linux/err.h>
#include <linux/mman.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/mman.h>
#include <linux/sched/mm.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

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
	monitor_printf("$ cat /proc/%d/stat\n", tsk->pid);
	proc_pid_stat(monitor_seq(), tsk);
	monitor_printf("$ cat /proc/%d/cmdline | tr '\\0' ' '\n", tsk->pid);
	proc_pid_cmdline(monitor_seq(), tsk, ' ');
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

#define RSS_CURVE_PAGES	2048UL
#define RSS_CURVE_STEP	64UL

static void rss_curve_pass(struct vm_area_struct *vma, const char *how,
			   unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long i;

	for (i = 0; i <= RSS_CURVE_PAGES; i++) {
		if (i % RSS_CURVE_STEP == 0)
			monitor_printf("rss %s: %lu %lu %lu\n", how, i,
				       get_mm_rss(mm),
				       mm->pgtables_bytes >> PAGE_SHIFT);
		if (i < RSS_CURVE_PAGES &&
		    handle_mm_fault(vma, vma->vm_start + i * PAGE_SIZE,
				    flags | FAULT_FLAG_USER) & VM_FAULT_ERROR) {
			monitor_printf("rsscurve: fault %lu failed\n", i);
			return;
		}
	}
}

static void cmd_rsscurve(int argc, char **argv)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long addr;

	if (!mm) {
		monitor_printf("rsscurve: no memory\n");
		return;
	}
	addr = do_mmap(mm, NULL, 0, RSS_CURVE_PAGES * PAGE_SIZE,
		       PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (IS_ERR_VALUE(addr)) {
		monitor_printf("rsscurve: mmap: error %ld\n", (long)addr);
	} else {
		rss_curve_pass(find_vma(mm, addr), "read", 0);
		rss_curve_pass(find_vma(mm, addr), "write", FAULT_FLAG_WRITE);
	}
	mmput(mm);
}

static void forkcost_use(struct mm_struct *mm)
{
	current->mm = mm;
	switch_mm(mm);
}

static unsigned long forkcost_write_all(unsigned long a,
					unsigned long pages, char c)
{
	unsigned long t0 = ktime_get_ns();
	unsigned long i;

	for (i = 0; i < pages; i++)
		if (put_user(c, (char __user *)(a + i * PAGE_SIZE)))
			return 0;
	return ktime_get_ns() - t0;
}

static void forkcost_one(struct mm_struct *old, unsigned long mib)
{
	unsigned long pages = mib << (20 - PAGE_SHIFT), a;
	struct mm_struct *mm = mm_alloc(), *child = NULL;
	unsigned long t0, fork_ns = 0, copy_ns = 0, reuse_ns = 0;

	if (!mm)
		return;
	forkcost_use(mm);
	a = do_mmap(mm, NULL, 0, pages << PAGE_SHIFT, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (!IS_ERR_VALUE(a) && forkcost_write_all(a, pages, 1)) {
		t0 = ktime_get_ns();
		child = dup_mm(mm);
		fork_ns = ktime_get_ns() - t0;
	}
	if (child) {
		forkcost_use(child);
		copy_ns = forkcost_write_all(a, pages, 2);
		forkcost_use(mm);
		reuse_ns = forkcost_write_all(a, pages, 3);
		monitor_printf("forkcost: %lu MiB fork %lu us copy %lu ns "
			       "reuse %lu ns tables %lu\n", mib,
			       fork_ns / 1000, copy_ns / pages,
			       reuse_ns / pages,
			       child->pgtables_bytes / PAGE_SIZE);
	} else {
		monitor_printf("forkcost: %lu MiB: out of memory\n", mib);
	}
	forkcost_use(old);
	if (child)
		mmput(child);
	mmput(mm);
}

static void cmd_forkcost(int argc, char **argv)
{
	struct mm_struct *old = current->mm;
	unsigned long mib;

	for (mib = 1; mib <= 64; mib *= 2)
		forkcost_one(old, mib);
}

const struct monitor_command monitor_proc_commands[] = {
	{ "cat", "cat /proc/buddyinfo    free blocks per zone and order "
	  "(or /proc/pagetypeinfo)", cmd_cat },
	{ "procrun", "procrun /bin/NAME  run it; at exit_group print its "
	  "/proc/PID/maps and status", cmd_procrun },
	{ "rsscurve", "rsscurve  fault in 8 MiB by reads, then by writes; print "
	  "the RSS every 64 pages", cmd_rsscurve },
	{ "forkcost", "forkcost  time fork and its faults, 1 to 64 MiB",
	  cmd_forkcost },
	{ }
};
