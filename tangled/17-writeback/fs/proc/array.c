/* fs/proc/array.c: /proc/PID/status, and which file a path names. */
#include <linux/errno.h>
#include <linux/kstrtox.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/jiffies.h>
#include <linux/minmax.h>
#include <linux/sched/mm.h>

static const char *task_state(struct task_struct *task)
{
	if (task->exit_state == EXIT_ZOMBIE)
		return "Z (zombie)";
	if (task->exit_state == EXIT_DEAD)
		return "X (dead)";
	if (task->__state == TASK_INTERRUPTIBLE)
		return "S (sleeping)";
	if (task->__state == TASK_UNINTERRUPTIBLE)
		return "D (disk sleep)";
	return "R (running)";
}

void proc_pid_status(struct seq_file *m, struct task_struct *task)
{
	seq_printf(m, "Name:\t%s\n", task->comm);
	seq_printf(m, "State:\t%s\n", task_state(task));
	seq_printf(m, "Tgid:\t%d\n", task->tgid);
	seq_printf(m, "Pid:\t%d\n", task->pid);
	seq_printf(m, "PPid:\t%d\n",
		   task->real_parent ? task->real_parent->pid : 0);
	if (task->mm)
		task_mem(m, task->mm);
	seq_printf(m, "Threads:\t%d\n", 1);
}

int proc_pid_show(struct seq_file *m, const char *path)
{
	struct task_struct *task;
	unsigned long pid;
	char num[16];
	size_t n = 0;

	if (strncmp(path, "/proc/", 6) != 0)
		return -ENOENT;
	path += 6;
	while (path[n] && path[n] != '/' && n < sizeof(num) - 1) {
		num[n] = path[n];
		n++;
	}
	num[n] = '\0';
	if (kstrtoul(num, 10, &pid) || !(task = find_task_by_vpid(pid)))
		return -ENOENT;
	if (strcmp(path + n, "/maps") == 0)
		proc_pid_maps(m, task);
	else if (strcmp(path + n, "/status") == 0)
		proc_pid_status(m, task);
	else if (strcmp(path + n, "/stat") == 0)
		proc_pid_stat(m, task);
	else if (strcmp(path + n, "/cmdline") == 0)
		proc_pid_cmdline(m, task, ' ');
	else
		return -ENOENT;
	return 0;
}

#define USER_HZ		100		/* the ticks of /proc */
#define RLIM_INFINITY	(~0UL)		/* a limit nobody set */

static unsigned long long nsec_to_clock_t(u64 ns)
{
	return ns / (NSEC_PER_SEC / USER_HZ);
}

void proc_pid_stat(struct seq_file *m, struct task_struct *task)
{
	struct mm_struct *mm = task->mm;
	int ppid = task->real_parent ? task->real_parent->pid : 0;

	seq_printf(m, "%d (%s) %c", task->pid, task->comm,
		   task_state_to_char(task));
	/* ppid pgrp session tty_nr tpgid: no groups, no terminal */
	seq_printf(m, " %d %d %d %d %d", ppid, 0, 0, 0, -1);
	seq_printf(m, " %u %lu %lu %lu %lu", task->flags, task->min_flt,
		   task->cmin_flt, task->maj_flt, task->cmaj_flt);
	seq_printf(m, " %llu %llu %lld %lld", nsec_to_clock_t(task->utime),
		   nsec_to_clock_t(task->stime),
		   (long long)nsec_to_clock_t(task->cutime),
		   (long long)nsec_to_clock_t(task->cstime));
	/* priority nice num_threads itrealvalue: one class, one thread */
	seq_printf(m, " %d %d %d %d", 20, 0, 1, 0);
	seq_printf(m, " %llu %lu %lu %lu",
		   nsec_to_clock_t(task->start_boottime),
		   mm ? mm->total_vm << PAGE_SHIFT : 0,
		   mm ? get_mm_rss(mm) : 0, RLIM_INFINITY);
	seq_printf(m, " %lu %lu %lu", mm ? mm->start_code : 0,
		   mm ? mm->end_code : 0, mm ? mm->start_stack : 0);
	/* kstkesp kstkeip: Linux's only to a tracer, at exit */
	seq_puts(m, " 0 0");
	/* signal blocked sigignore sigcatch: no signal handlers yet */
	seq_puts(m, " 0 0 0 0");
	/* wchan, then nswap and cnswap, 0 in Linux too */
	seq_printf(m, " %d 0 0", task->__state != TASK_RUNNING);
	/* exit_signal processor rt_priority policy: one CPU, no RT */
	seq_printf(m, " %d %d %u %u", task->exit_signal, 0, 0, 0);
	/* delayacct_blkio_ticks guest_time cguest_time: not counted */
	seq_puts(m, " 0 0 0");
	if (mm)
		seq_printf(m, " %lu %lu %lu %lu %lu %lu %lu", mm->start_data,
			   mm->end_data, mm->start_brk, mm->arg_start,
			   mm->arg_end, mm->env_start, mm->env_end);
	else
		seq_puts(m, " 0 0 0 0 0 0 0");
	seq_printf(m, " %d\n", task->exit_code);
}

void proc_pid_cmdline(struct seq_file *m, struct task_struct *task,
		      char nul)
{
	struct mm_struct *mm = task->mm;
	unsigned long pos, n, i;
	char buf[128];

	if (!mm)
		return;
	for (pos = mm->arg_start; pos < mm->arg_end; pos += n) {
		n = min(mm->arg_end - pos, sizeof(buf));
		if (mm_copy_from(mm, buf, pos, n))
			break;
		for (i = 0; i < n; i++)
			seq_putc(m, buf[i] ? buf[i] : nul);
	}
	if (nul)	/* a line of the console */
		seq_putc(m, '\n');
}
