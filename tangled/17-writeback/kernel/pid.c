/* kernel/pid.c: process IDs, in increasing order, and finding a task. */
#include <asm/irqflags.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/sched/task.h>

#define PID_MAX_DEFAULT	0x8000
#define RESERVED_PIDS	300
#define BITS_PER_LONG	64

int pid_max = PID_MAX_DEFAULT;
static unsigned long pidmap[PID_MAX_DEFAULT / BITS_PER_LONG];
static int last_pid;

static bool pid_in_use(int nr)
{
	return pidmap[nr / BITS_PER_LONG] & (1UL << (nr % BITS_PER_LONG));
}

static void set_pid_bit(int nr, bool used)
{
	if (used)
		pidmap[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG);
	else
		pidmap[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG));
}

int alloc_pid(void)
{
	int nr = last_pid, i;
	unsigned long flags;

	local_irq_save(flags);
	for (i = 0; i < pid_max; i++) {
		if (++nr >= pid_max)
			nr = RESERVED_PIDS;
		if (!pid_in_use(nr)) {
			set_pid_bit(nr, true);
			last_pid = nr;
			local_irq_restore(flags);
			return nr;
		}
	}
	local_irq_restore(flags);
	return -EAGAIN;
}

void free_pid(int nr)
{
	set_pid_bit(nr, false);
}

void pid_idr_init(void)
{
	unsigned int i;

	for (i = 0; i < PID_MAX_DEFAULT / BITS_PER_LONG; i++)
		pidmap[i] = 0;
	set_pid_bit(0, true);
	last_pid = 0;
	pid_max = PID_MAX_DEFAULT;
	pr_info("pid_max: default: %d minimum: %d\n", pid_max,
		RESERVED_PIDS + 1);
}

struct task_struct *find_task_by_vpid(pid_t nr)
{
	struct task_struct *p;

	if (nr == 0)
		return &init_task;
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid == nr)
			return p;
	return NULL;
}
