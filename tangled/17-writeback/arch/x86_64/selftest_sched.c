/* arch/x86_64/selftest_sched.c: the scheduler's self-tests (ch. 13). */
#include <asm/irqflags.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/sched/task.h>
#include <linux/selftest.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <uapi/linux/wait.h>
#include <linux/vmalloc.h>
#include "../../mm/slab.h"

static int ran;

static int set_ran(void *arg)
{
	ran = (long)arg;
	return 0;
}

static void reap(pid_t pid)
{
	int status;

	EXPECT_EQ(kernel_wait4(pid, &status, 0, NULL), pid);
}

static void test_kthreadd_starts_and_sleeps(void)
{
	pid_t pid = kernel_thread(kthreadd, NULL, "kthreadd",
				  CLONE_FS | CLONE_FILES);

	kthreadd_task = find_task_by_vpid(pid);
	EXPECT_TRUE(pid > 0 && kthreadd_task != NULL);
	if (!kthreadd_task)
		return;
	yield();		/* kthreadd runs, and sleeps */
	EXPECT_EQ(task_state_to_char(kthreadd_task), 'S');
	EXPECT_TRUE(kthreadd_task->flags & PF_KTHREAD);
}

static void test_switch_runs_a_thread_and_comes_back(void)
{
	unsigned long switches = current->nvcsw + current->nivcsw;
	pid_t pid;
	int status = -1;

	ran = 0;
	pid = kernel_thread(set_ran, (void *)42L, "set_ran", SIGCHLD);
	EXPECT_TRUE(pid > 0);
	EXPECT_EQ(kernel_wait4(pid, &status, 0, NULL), pid);
	EXPECT_EQ(ran, 42);
	EXPECT_EQ(status, 0);
	EXPECT_TRUE(current->nvcsw + current->nivcsw > switches);
}

static DECLARE_WAIT_QUEUE_HEAD(turn_wq);
static int turn;
static char turns[16];

static int take_turns(void *arg)
{
	long me = (long)arg;
	int i;

	for (i = 0; i < 3; i++) {
		wait_event(turn_wq, turn % 2 == me);
		turns[turn] = 'a' + me;
		turn++;
		wake_up(&turn_wq);
	}
	return 0;
}

static void test_two_threads_take_turns_through_a_wait_queue(void)
{
	pid_t odd = kernel_thread(take_turns, (void *)1L, "odd", SIGCHLD);
	pid_t even = kernel_thread(take_turns, (void *)0L, "even", SIGCHLD);

	turn = 0;
	memset(turns, 0, sizeof(turns));
	reap(odd);
	reap(even);
	EXPECT_STREQ(turns, "ababab");
}

static void test_msleep_100_waits_26_ticks(void)
{
	unsigned long start = jiffies;

	msleep(100);
	EXPECT_TRUE(jiffies - start >= 26);
}

static struct task_struct *sleeper;

static int wake_the_sleeper(void *arg)
{
	msleep(8);		/* 3 ticks of timeout */
	wake_up_process(sleeper);
	return 0;
}

static void test_an_early_wakeup_returns_the_ticks_left(void)
{
	pid_t pid;
	long left;

	sleeper = current;
	pid = kernel_thread(wake_the_sleeper, NULL, "waker", SIGCHLD);
	left = schedule_timeout_interruptible(50);
	EXPECT_TRUE(left >= 45 && left <= 48);
	reap(pid);
}

static DECLARE_WAIT_QUEUE_HEAD(never_wq);

static void test_wait_event_timeout_times_out(void)
{
	unsigned long start = jiffies;
	long left = wait_event_timeout(never_wq, ran == -1, 5);

	EXPECT_EQ(left, 0);
	EXPECT_TRUE(jiffies - start >= 5);
	ran = -1;
	EXPECT_EQ(wait_event_timeout(never_wq, ran == -1, 5), 5);
}

static int exit_with(void *arg)
{
	do_exit((long)arg);
}

static void test_wait4_gets_the_status_and_wnohang_does_not_wait(void)
{
	int status = 0;
	pid_t pid = kernel_thread(exit_with, (void *)(7L << 8), "seven",
				  SIGCHLD);

	EXPECT_EQ(kernel_wait4(pid, &status, WNOHANG, NULL), 0);
	EXPECT_EQ(kernel_wait4(pid, &status, 0, NULL), pid);
	EXPECT_EQ(status, 0x700);
	EXPECT_EQ((status >> 8) & 0xff, 7);
	EXPECT_EQ(kernel_wait4(pid, &status, WNOHANG, NULL), -ECHILD);
	EXPECT_EQ(kernel_wait4(pid, &status, 0, NULL), -ECHILD);
	EXPECT_TRUE(find_task_by_vpid(pid) == NULL);
}

static void test_pids_increase_and_are_not_reused_at_once(void)
{
	pid_t a = kernel_thread(set_ran, NULL, "a", SIGCHLD), b;

	reap(a);
	b = kernel_thread(set_ran, NULL, "b", SIGCHLD);
	reap(b);
	EXPECT_TRUE(a > 0 && b > a);
	EXPECT_EQ(pid_max, 32768);
}

static pid_t grandchild;

static int sleep_a_little(void *arg)
{
	msleep(20);
	return 3 << 8;
}

static int make_grandchild(void *arg)
{
	grandchild = kernel_thread(sleep_a_little, NULL, "grandchild",
				   SIGCHLD);
	return 0;
}

static void test_orphans_go_to_the_reaper(void)
{
	struct task_struct *g;
	int status = 0;
	pid_t child = kernel_thread(make_grandchild, NULL, "child", SIGCHLD);

	EXPECT_EQ(kernel_wait4(child, &status, 0, NULL), child);
	g = find_task_by_vpid(grandchild);
	EXPECT_TRUE(g && g->parent == child_reaper && g->parent == current);
	EXPECT_EQ(kernel_wait4(grandchild, &status, 0, NULL), grandchild);
	EXPECT_EQ(status, 3 << 8);
}

static DECLARE_WAIT_QUEUE_HEAD(stop_wq);

static int until_stopped(void *arg)
{
	wait_event(stop_wq, kthread_should_stop());
	return 99;
}

static void test_kthread_stop_returns_the_result(void)
{
	struct task_struct *k = kthread_run(until_stopped, NULL, "stopme%d",
					    7);
	pid_t pid;

	EXPECT_TRUE(!IS_ERR(k));
	if (IS_ERR(k))
		return;
	pid = k->pid;
	EXPECT_STREQ(k->comm, "stopme7");
	EXPECT_TRUE(k->parent == kthreadd_task);
	msleep(4);
	EXPECT_EQ(task_state_to_char(k), 'D');
	EXPECT_EQ(kthread_stop(k), 99);
	EXPECT_TRUE(find_task_by_vpid(pid) == NULL);
}

static void thread_round(void)
{
	pid_t pid[4];
	int i;

	for (i = 0; i < 4; i++)
		pid[i] = kernel_thread(set_ran, NULL, "leak", SIGCHLD);
	for (i = 0; i < 4; i++)
		reap(pid[i]);
	kthread_stop(kthread_run(until_stopped, NULL, "leak"));
	msleep(8);
	purge_vmap_area_lazy();
	drain_all_pages(NULL);
}

static void test_threads_leave_nothing_behind(void)
{
	unsigned long active, total, slabs, active2, free;

	thread_round();
	get_slabinfo(task_struct_cachep, &active, &total, &slabs);
	free = nr_free_pages();
	thread_round();
	get_slabinfo(task_struct_cachep, &active2, &total, &slabs);
	EXPECT_EQ(active2, active);
	EXPECT_EQ(nr_free_pages(), free);
}

void test_the_flusher_wakes_on_time_and_on_demand(void);

const struct self_test sched_self_tests[] = {
	{ "kthreadd_starts_and_sleeps", test_kthreadd_starts_and_sleeps },
	{ "switch_runs_a_thread_and_comes_back",
	  test_switch_runs_a_thread_and_comes_back },
	{ "two_threads_take_turns_through_a_wait_queue",
	  test_two_threads_take_turns_through_a_wait_queue },
	{ "msleep_100_waits_26_ticks",
	  test_msleep_100_waits_26_ticks },
	{ "an_early_wakeup_returns_the_ticks_left",
	  test_an_early_wakeup_returns_the_ticks_left },
	{ "wait_event_timeout_times_out", test_wait_event_timeout_times_out },
	{ "wait4_gets_the_status_and_wnohang_does_not_wait",
	  test_wait4_gets_the_status_and_wnohang_does_not_wait },
	{ "pids_increase_and_are_not_reused_at_once",
	  test_pids_increase_and_are_not_reused_at_once },
	{ "orphans_go_to_the_reaper", test_orphans_go_to_the_reaper },
	{ "kthread_stop_returns_the_result",
	  test_kthread_stop_returns_the_result },
	{ "threads_leave_nothing_behind", test_threads_leave_nothing_behind },
	{ "the_flusher_wakes_on_time_and_on_demand",
	  test_the_flusher_wakes_on_time_and_on_demand },
};
const unsigned int nr_sched_self_tests = ARRAY_SIZE(sched_self_tests);
