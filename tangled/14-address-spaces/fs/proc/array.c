/* fs/proc/array.c: /proc/PID/status, and which file a path names. */
#include <linux/errno.h>
#include <linux/kstrtox.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>


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

	else
		return -ENOENT;
	return 0;
}
