/* tests/test_sched.c: run queue, wait queues, timers, wait4 and pids. */
#include <string.h>
#include "tests.h"
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/timekeeping.h>
#include <linux/timer.h>
#include <linux/wait.h>
#include <uapi/linux/wait.h>
#include "../kernel/sched/sched.h"

static void sched_test_setup(void)
{
	host_test_setup();
	jiffies = INITIAL_JIFFIES;
	sched_init();
	init_timers();
	clear_tsk_need_resched(&init_task);
	init_task.__state = TASK_RUNNING;
}

static int do_nothing(void *arg)
{
	return 0;
}

static struct task_struct *new_task(const char *name)
{
	pid_t pid = kernel_thread(do_nothing, NULL, name, SIGCHLD);

	ck_assert_int_gt(pid, 0);
	return find_task_by_vpid(pid);
}

static const char *queue_letters(void)
{
	static char s[16];
	struct task_struct *p;
	unsigned int n = 0;

	list_for_each_entry(p, &this_rq()->queue, run_list)
		if (n < sizeof(s) - 1)
			s[n++] = p->comm[0];
	s[n] = '\0';
	return s;
}

static void put_to_sleep(struct task_struct *p, unsigned int state)
{
	p->__state = state;
	dequeue_task(this_rq(), p);
}

START_TEST(test_run_queue_turns_round_at_the_end_of_a_slice)
{
	struct rq *rq = this_rq();
	struct task_struct *a = new_task("a");
	int i;

	new_task("b");
	ck_assert_str_eq(queue_letters(), "sab");
	ck_assert_uint_eq(rq->nr_running, 3);
	ck_assert_ptr_eq(pick_next_task(rq), &init_task);
	resched_curr(rq);
	schedule();
	ck_assert(!need_resched());
	ck_assert_uint_eq(rq->nr_switches, 0);
	for (i = 0; i < RR_TIMESLICE - 1; i++)
		scheduler_tick();
	ck_assert(!need_resched());
	ck_assert_str_eq(queue_letters(), "sab");
	scheduler_tick();
	ck_assert(need_resched());
	ck_assert_str_eq(queue_letters(), "abs");
	ck_assert_ptr_eq(pick_next_task(rq), a);
	ck_assert_uint_eq(init_task.time_slice, RR_TIMESLICE);
}
END_TEST

START_TEST(test_a_task_alone_keeps_the_processor)
{
	int i;

	for (i = 0; i < 3 * RR_TIMESLICE; i++)
		scheduler_tick();
	ck_assert(!need_resched());
	ck_assert_str_eq(queue_letters(), "s");
}
END_TEST

START_TEST(test_a_wakeup_puts_the_sleeper_at_the_back_once)
{
	struct task_struct *a = new_task("a"), *d = new_task("d");

	new_task("b");
	put_to_sleep(a, TASK_INTERRUPTIBLE);
	put_to_sleep(d, TASK_UNINTERRUPTIBLE);
	ck_assert_str_eq(queue_letters(), "sb");
	ck_assert_int_eq(wake_up_process(a), 1);
	ck_assert_uint_eq(a->__state, TASK_RUNNING);
	ck_assert_str_eq(queue_letters(), "sba");
	ck_assert_int_eq(wake_up_process(a), 0);
	ck_assert_str_eq(queue_letters(), "sba");
	ck_assert_int_eq(try_to_wake_up(d, TASK_INTERRUPTIBLE), 0);
	ck_assert_uint_eq(d->__state, TASK_UNINTERRUPTIBLE);
	ck_assert_int_eq(wake_up_process(d), 1);
	ck_assert_str_eq(queue_letters(), "sbad");
	ck_assert_uint_eq(this_rq()->nr_running, 4);
}
END_TEST

static void wait_on(struct wait_queue_head *wq, struct wait_queue_entry *e,
		    struct task_struct *p, bool exclusive)
{
	init_wait_entry(e, 0);
	e->private = p;
	if (exclusive)
		add_wait_queue_exclusive(wq, e);
	else
		add_wait_queue(wq, e);
}

START_TEST(test_wake_up_wakes_ordinary_waiters_and_one_exclusive)
{
	DECLARE_WAIT_QUEUE_HEAD(wq);
	struct wait_queue_entry e[5];
	struct task_struct *t[5];
	const char *names[5] = { "a", "x", "y", "b", "r" };
	int i;

	for (i = 0; i < 5; i++) {
		t[i] = new_task(names[i]);
		put_to_sleep(t[i], TASK_INTERRUPTIBLE);
		wait_on(&wq, &e[i], t[i], i == 1 || i == 2);
	}
	remove_wait_queue(&wq, &e[4]);
	wake_up(&wq);
	ck_assert_str_eq(queue_letters(), "sbax");
	ck_assert_uint_eq(t[2]->__state, TASK_INTERRUPTIBLE);
	ck_assert_ptr_eq(wq.head.next, &e[2].entry);
	ck_assert_ptr_eq(wq.head.prev, &e[2].entry);
	wake_up_all(&wq);
	ck_assert_str_eq(queue_letters(), "sbaxy");
	ck_assert(list_empty(&wq.head));
	ck_assert_uint_eq(t[4]->__state, TASK_INTERRUPTIBLE);
}
END_TEST

START_TEST(test_wake_up_interruptible_leaves_an_uninterruptible_sleeper)
{
	DECLARE_WAIT_QUEUE_HEAD(wq);
	struct wait_queue_entry e;
	struct task_struct *d = new_task("d");

	put_to_sleep(d, TASK_UNINTERRUPTIBLE);
	wait_on(&wq, &e, d, false);
	wake_up_interruptible(&wq);
	ck_assert_uint_eq(d->__state, TASK_UNINTERRUPTIBLE);
	ck_assert_ptr_eq(wq.head.next, &e.entry);
	wake_up(&wq);
	ck_assert_uint_eq(d->__state, TASK_RUNNING);
	ck_assert(list_empty(&wq.head));
}
END_TEST

struct named_timer {
	struct timer_list timer;
	char name;
};

static char fired[16];
static unsigned int nr_fired;

static void record_timer(struct timer_list *t)
{
	struct named_timer *n = from_timer(n, t, timer);

	if (nr_fired < sizeof(fired) - 1)
		fired[nr_fired++] = n->name;
	fired[nr_fired] = '\0';
}

static void start_timer(struct named_timer *n, char name,
			unsigned long expires)
{
	n->name = name;
	timer_setup(&n->timer, record_timer, 0);
	n->timer.expires = expires;
	add_timer(&n->timer);
}

static void tick_to(unsigned long j)
{
	jiffies = j;
	run_local_timers();
}

START_TEST(test_timers_run_in_expiry_order_and_del_timer_stops_one)
{
	struct named_timer a, b, c, d;
	unsigned long j = jiffies;

	nr_fired = 0;
	fired[0] = '\0';
	start_timer(&a, 'a', j + 5);
	start_timer(&b, 'b', j + 3);
	start_timer(&c, 'c', j + 5);
	start_timer(&d, 'd', j + 4);
	ck_assert_int_eq(del_timer(&d.timer), 1);
	ck_assert_int_eq(del_timer(&d.timer), 0);
	ck_assert(!timer_pending(&d.timer));
	tick_to(j + 2);
	ck_assert_str_eq(fired, "");
	tick_to(j + 4);
	ck_assert_str_eq(fired, "b");
	ck_assert(!timer_pending(&b.timer));
	tick_to(j + 5);
	ck_assert_str_eq(fired, "bac");
	ck_assert_int_eq(mod_timer(&a.timer, j + 8), 0);
	ck_assert_int_eq(mod_timer(&a.timer, j + 7), 1);
	tick_to(j + 6);
	ck_assert_str_eq(fired, "bac");
	tick_to(j + 7);
	ck_assert_str_eq(fired, "baca");
	tick_to(j + 100);
	ck_assert_str_eq(fired, "baca");
}
END_TEST

START_TEST(test_timers_keep_their_order_across_the_wrap)
{
	struct named_timer a, b;
	unsigned long j = ~0UL - 1;

	nr_fired = 0;
	fired[0] = '\0';
	jiffies = j;
	start_timer(&a, 'a', j + 4);	/* 2, after the wrap */
	start_timer(&b, 'b', j + 1);	/* the last before the wrap */
	tick_to(j + 1);
	ck_assert_str_eq(fired, "b");
	tick_to(j + 3);
	ck_assert_str_eq(fired, "b");
	tick_to(j + 4);
	ck_assert_str_eq(fired, "ba");
}
END_TEST

static void make_zombie(struct task_struct *p, int code)
{
	put_to_sleep(p, TASK_DEAD);
	p->exit_code = code;
	p->exit_state = EXIT_ZOMBIE;
	finish_task_switch(p);
}

static bool next_task_struct_is(struct task_struct *p)
{
	struct task_struct *q = kmem_cache_alloc(task_struct_cachep,
						 GFP_KERNEL);

	kmem_cache_free(task_struct_cachep, q);
	return q == p;
}

START_TEST(test_wait4_returns_the_status_and_frees_the_zombie)
{
	struct task_struct *z = new_task("z"), *k = new_task("k");
	pid_t zpid = z->pid, kpid = k->pid;
	int status = -1;

	ck_assert_int_eq(kernel_wait4(zpid, &status, WNOHANG, NULL), 0);
	ck_assert_int_eq(status, -1);
	make_zombie(z, 7 << 8);
	ck_assert_ptr_nonnull(find_task_by_vpid(zpid));
	ck_assert_int_eq(kernel_wait4(kpid, &status, WNOHANG, NULL), 0);
	ck_assert_int_eq(kernel_wait4(-1, &status, WNOHANG, NULL), zpid);
	ck_assert_int_eq(status, 0x700);
	ck_assert_int_eq((status >> 8) & 0xff, 7);	/* WEXITSTATUS */
	ck_assert_int_eq(status & 0x7f, 0);		/* WIFEXITED */
	ck_assert_ptr_null(find_task_by_vpid(zpid));
	ck_assert(next_task_struct_is(z));
	ck_assert_int_eq(kernel_wait4(zpid, &status, WNOHANG, NULL),
			 -ECHILD);
	make_zombie(k, 9);				/* SIGKILL */
	ck_assert_int_eq(kernel_wait4(kpid, &status, 0, NULL), kpid);
	ck_assert_int_eq(status, 9);
	ck_assert_int_eq(kernel_wait4(-1, &status, 0, NULL), -ECHILD);
	ck_assert_int_eq(kernel_wait4(-1, &status, 0x100, NULL), -EINVAL);
	ck_assert(next_task_struct_is(k));
	ck_assert_uint_eq(init_task.__state, TASK_RUNNING);
}
END_TEST

START_TEST(test_cond_resched_gives_way_only_when_asked)
{
	ck_assert_int_eq(cond_resched(), 0);
	resched_curr(this_rq());
	ck_assert_int_eq(cond_resched(), 1);
	ck_assert(!need_resched());
	ck_assert_ptr_eq(this_rq()->curr, &init_task);
}
END_TEST

START_TEST(test_a_negative_timeout_returns_at_once)
{
	ck_assert_int_eq(schedule_timeout_interruptible(-1), 0);
	ck_assert_uint_eq(init_task.__state, TASK_RUNNING);
	ck_assert_uint_eq(this_rq()->nr_switches, 0);
}
END_TEST

START_TEST(test_the_clock_counts_ticks_from_the_rtc_date)
{
	u64 ns, real;
	int i;

	for (i = 0; i < 10; i++)	/* the clock is not at 0 */
		tick_handle_periodic();
	timekeeping_init();
	ns = ktime_get_ns();
	real = ktime_get_real_ns();
	ck_assert_uint_eq(real, 1700000000ULL * NSEC_PER_SEC);
	for (i = 0; i < HZ; i++)
		tick_handle_periodic();
	ck_assert_uint_eq(ktime_get_ns() - ns, NSEC_PER_SEC);
	ck_assert_uint_eq(ktime_get_real_ns() - real, NSEC_PER_SEC);
}
END_TEST

START_TEST(test_state_letters_are_linux_ps_letters)
{
	struct task_struct *p = new_task("p");

	ck_assert_int_eq(task_state_to_char(p), 'R');
	p->__state = TASK_INTERRUPTIBLE;
	ck_assert_int_eq(task_state_to_char(p), 'S');
	p->__state = TASK_UNINTERRUPTIBLE;
	ck_assert_int_eq(task_state_to_char(p), 'D');
	p->__state = TASK_IDLE;
	ck_assert_int_eq(task_state_to_char(p), 'I');
	p->__state = __TASK_STOPPED;
	ck_assert_int_eq(task_state_to_char(p), 'T');
	p->__state = TASK_DEAD;
	p->exit_state = EXIT_ZOMBIE;
	ck_assert_int_eq(task_state_to_char(p), 'Z');
	p->exit_state = EXIT_DEAD;
	ck_assert_int_eq(task_state_to_char(p), 'X');
	p->__state = TASK_RUNNING;
	p->exit_state = 0;
}
END_TEST

START_TEST(test_pids_increase_and_wrap_to_300)
{
	struct task_struct *p = kmem_cache_alloc(task_struct_cachep,
						 GFP_KERNEL);
	int nr;

	kmem_cache_free(task_struct_cachep, p);
	ck_assert_int_eq(alloc_pid(), 1);
	ck_assert_int_eq(alloc_pid(), 2);
	free_pid(2);
	ck_assert_int_eq(alloc_pid(), 3);
	pid_max = 310;
	for (nr = 4; nr < 310; nr++)
		ck_assert_int_eq(alloc_pid(), nr);
	free_pid(5);
	free_pid(302);
	free_pid(300);
	ck_assert_int_eq(alloc_pid(), 300);
	ck_assert_int_eq(alloc_pid(), 302);
	ck_assert_int_eq(alloc_pid(), -EAGAIN);
	ck_assert_int_eq(kernel_thread(do_nothing, NULL, "late", SIGCHLD),
			 -EAGAIN);
	ck_assert(next_task_struct_is(p));
	free_pid(307);
	ck_assert_int_eq(new_task("n")->pid, 307);
}
END_TEST

Suite *sched_suite(void)
{
	Suite *s = suite_create("sched");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, sched_test_setup, NULL);
	tcase_add_test(tc, test_run_queue_turns_round_at_the_end_of_a_slice);
	tcase_add_test(tc, test_a_task_alone_keeps_the_processor);
	tcase_add_test(tc, test_a_wakeup_puts_the_sleeper_at_the_back_once);
	tcase_add_test(tc,
		       test_wake_up_wakes_ordinary_waiters_and_one_exclusive);
	tcase_add_test(tc,
		test_wake_up_interruptible_leaves_an_uninterruptible_sleeper);
	tcase_add_test(tc,
		       test_timers_run_in_expiry_order_and_del_timer_stops_one);
	tcase_add_test(tc, test_timers_keep_their_order_across_the_wrap);
	tcase_add_test(tc, test_wait4_returns_the_status_and_frees_the_zombie);
	tcase_add_test(tc, test_cond_resched_gives_way_only_when_asked);
	tcase_add_test(tc, test_a_negative_timeout_returns_at_once);
	tcase_add_test(tc, test_the_clock_counts_ticks_from_the_rtc_date);
	tcase_add_test(tc, test_state_letters_are_linux_ps_letters);
	tcase_add_test(tc, test_pids_increase_and_wrap_to_300);
	suite_add_tcase(s, tc);
	return s;
}
