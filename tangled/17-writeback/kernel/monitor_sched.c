/* kernel/monitor_sched.c: ps, and kernel threads at work. */
#include <asm/irqflags.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/monitor.h>
#include <linux/sched/task.h>
#include <linux/timekeeping.h>
#include <linux/wait.h>
#include <uapi/linux/wait.h>

static void show_task(struct task_struct *p)
{
	monitor_printf("%7d %7d %c %-16s %6lu %6lu\n", p->pid,
		       p->parent ? p->parent->pid : 0, task_state_to_char(p),
		       p->comm, p->nvcsw, p->nivcsw);
}

static void cmd_ps(int argc, char **argv)
{
	struct task_struct *p;
	unsigned long flags;

	monitor_printf("    PID    PPID S COMMAND           VOLUN INVOLU\n");
	local_irq_save(flags);
	show_task(&init_task);
	list_for_each_entry(p, &init_task.tasks, tasks)
		show_task(p);
	local_irq_restore(flags);
}

static DECLARE_WAIT_QUEUE_HEAD(token_wq);
static int token, token_rounds;
static unsigned long token_start;

static int token_thread(void *data)
{
	long i = (long)data;
	int round;

	for (round = 0; round < token_rounds; round++) {
		wait_event(token_wq, token == i);
		monitor_printf("[%5lu] %s (pid %d): token, round %d\n",
			       jiffies - token_start, current->comm,
			       current->pid, round + 1);
		token = (i + 1) % 3;
		wake_up_all(&token_wq);
		msleep(4);
	}
	msleep(20);
	monitor_printf("[%5lu] %s (pid %d): exits with %ld\n",
		       jiffies - token_start, current->comm, current->pid,
		       i + 1);
	return (i + 1) << 8;
}

static void cmd_kthreads(int argc, char **argv)
{
	static const char *const names[] = { "ping", "pong", "pang" };
	int i, status, pid;

	token = 0;
	token_rounds = 3;
	token_start = jiffies;
	for (i = 0; i < 3; i++) {
		pid = kernel_thread(token_thread, (void *)(long)i, names[i],
				    SIGCHLD);
		monitor_printf("started %s, pid %d\n", names[i], pid);
	}
	msleep(6);
	cmd_ps(0, NULL);
	msleep(50);
	cmd_ps(0, NULL);
	for (i = 0; i < 3; i++) {
		pid = kernel_wait4(-1, &status, 0, NULL);
		monitor_printf("wait4: pid %d exited, status %#x "
			       "(exit code %d)\n", pid, status,
			       (status >> 8) & 0xff);
	}
	monitor_printf("wait4 with no child left: %d\n",
		       (int)kernel_wait4(-1, &status, WNOHANG, NULL));
}

const struct monitor_command monitor_sched_commands[] = {
	{ "ps", "ps                every task: pid, parent, state, name",
	  cmd_ps },
	{ "kthreads", "kthreads          three threads pass a token round",
	  cmd_kthreads },
	{ }
};
