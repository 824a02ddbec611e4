/* tests/test_stat.c: /proc/PID/stat and cmdline, the counts of faults. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/irq_regs.h>
#include <asm/ptrace.h>
#include <asm/tlbflush.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/mman.h>
#include <linux/proc_fs.h>
#include <linux/timekeeping.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/syscalls.h>
#include <linux/timer.h>
#include "../kernel/sched/sched.h"

#define PAGES(n)	((unsigned long)(n) * PAGE_SIZE)

static struct mm_struct *mm;
static char text[4096];

static void stat_setup(void)
{
	host_test_setup();
	jiffies = INITIAL_JIFFIES;
	sched_init();
	init_timers();
	init_task.__state = TASK_RUNNING;
	mm = mm_alloc();
	ck_assert_ptr_nonnull(mm);
	current->mm = mm;
	load_cr3(mm->pgd);
}

static void stat_teardown(void)
{
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	mmput(mm);
}

static unsigned long map(unsigned long n)
{
	return sys_mmap(0, PAGES(n), PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0);
}

static void touch(unsigned long addr, bool write)
{
	char c = 1;

	if (write)
		ck_assert_int_eq(host_mmu_write(addr, &c, 1,
						HOST_ACCESS_USER), 0);
	else
		ck_assert_int_eq(host_mmu_read(addr, &c, 1,
					       HOST_ACCESS_USER), 0);
}

static const char *stat_of(struct task_struct *task)
{
	struct seq_file m = { .buf = text, .size = sizeof(text) };

	text[0] = '\0';
	proc_pid_stat(&m, task);
	ck_assert(!seq_has_overflowed(&m));
	return text;
}
#define STAT_FIELDS	52

static const char stat_kinds[] =
	"u?c" "ssss" "su" "uuuu" "uuss" "sssu" "uuuu" "uuuuu" "uuuu"
	"uuu" "ss" "uuu" "us" "uuuuuuu" "s";

struct stat_line {
	char comm[64];
	char field[STAT_FIELDS][24];	/* 1 and 2 unused: pid, comm */
	unsigned long long u[STAT_FIELDS + 1];	/* field n at u[n] */
	int n;				/* fields found */
};

static bool is_number(const char *s, char kind)
{
	size_t len;

	if (kind == 's' && *s == '-')
		s++;
	len = strspn(s, "0123456789");
	if (len == 0 || s[len] != '\0')
		return false;
	/* no more than a u64 holds */
	return len < 20 ||
	       (len == 20 && strcmp(s, "18446744073709551615") <= 0);
}

static void parse_stat(const char *line, struct stat_line *st)
{
	const char *open = strchr(line, '('), *close = strrchr(line, ')');
	const char *p;
	char *end;
	int len;

	memset(st, 0, sizeof(*st));
	ck_assert(open && close && close > open);
	st->u[1] = strtoull(line, &end, 10);
	ck_assert(end == open - 1 && *end == ' ');
	ck_assert_uint_lt(close - open - 1, sizeof(st->comm));
	memcpy(st->comm, open + 1, close - open - 1);
	st->n = 2;
	for (p = close + 1; *p == ' '; p += len) {
		p++;
		len = strcspn(p, " \n");
		ck_assert_int_lt(st->n, STAT_FIELDS);
		ck_assert_int_lt(len, 24);
		memcpy(st->field[st->n], p, len);
		st->u[st->n + 1] = strtoull(st->field[st->n], NULL, 10);
		st->n++;
	}
	ck_assert_str_eq(p, "\n");
}

static void check_kinds(const struct stat_line *st)
{
	int i;

	ck_assert_int_eq(st->n, STAT_FIELDS);
	ck_assert_int_eq(strlen(stat_kinds), STAT_FIELDS);
	ck_assert_int_eq(strlen(st->field[2]), 1);
	for (i = 3; i < STAT_FIELDS; i++)
		ck_assert_msg(is_number(st->field[i], stat_kinds[i]),
			      "field %d '%s' is not of kind %c", i + 1,
			      st->field[i], stat_kinds[i]);
}
START_TEST(test_stat_reads_back_field_by_field)
{
	struct task_struct *t = current;
	struct stat_line st;
	char parent[16], comm[TASK_COMM_LEN];
	pid_t pid = t->pid;

	memcpy(comm, t->comm, sizeof(comm));
	touch(map(3), true);		/* one fault, one page */
	t->pid = 42;
	strcpy(t->comm, "a) b (c");
	t->min_flt = 7;
	t->cmin_flt = 11;
	t->exit_signal = 17;
	t->start_boottime = 2500000000ULL;	/* 2.5 s: 250 ticks */
	mm->start_code = 0x401000;
	mm->end_code = 0x402000;
	mm->start_stack = 0x7ffffffff000;
	mm->arg_start = 0x7fffffffe000;
	mm->arg_end = mm->env_start = 0x7fffffffe010;
	mm->env_end = 0x7fffffffe020;
	parse_stat(stat_of(t), &st);
	check_kinds(&st);
	snprintf(parent, sizeof(parent), "%d",
		 t->real_parent ? t->real_parent->pid : 0);
	ck_assert_uint_eq(st.u[1], 42);
	ck_assert_str_eq(st.comm, "a) b (c");
	ck_assert_str_eq(st.field[2], "R");
	ck_assert_str_eq(st.field[3], parent);
	ck_assert_str_eq(st.field[7], "-1");		/* tpgid */
	ck_assert_uint_eq(st.u[10], 7);
	ck_assert_uint_eq(st.u[11], 11);
	ck_assert_uint_eq(st.u[22], 250);
	ck_assert_uint_eq(st.u[23], PAGES(3));
	ck_assert_uint_eq(st.u[24], 1);
	ck_assert_str_eq(st.field[24], "18446744073709551615");
	ck_assert_uint_eq(st.u[26], 0x401000);
	ck_assert_uint_eq(st.u[27], 0x402000);
	ck_assert_uint_eq(st.u[28], 0x7ffffffff000);
	ck_assert_uint_eq(st.u[38], 17);
	ck_assert_uint_eq(st.u[48], 0x7fffffffe000);
	ck_assert_uint_eq(st.u[49], 0x7fffffffe010);
	ck_assert_uint_eq(st.u[50], 0x7fffffffe010);
	ck_assert_uint_eq(st.u[51], 0x7fffffffe020);
	ck_assert_uint_eq(st.u[52], 0);
	t->pid = pid;
	memcpy(t->comm, comm, sizeof(comm));
}
END_TEST

START_TEST(test_stat_has_the_shape_of_this_machines)
{
	struct stat_line ours, host;
	char line[1024];
	FILE *f = fopen("/proc/self/stat", "r");

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
	fclose(f);
	parse_stat(line, &host);
	check_kinds(&host);
	parse_stat(stat_of(current), &ours);
	check_kinds(&ours);
	ck_assert_int_eq(ours.n, host.n);
}
END_TEST

START_TEST(test_minflt_counts_each_first_touch)
{
	unsigned long a = map(8), before = current->min_flt, i;
	struct stat_line st;

	for (i = 0; i < 5; i++)
		touch(a + PAGES(i), true);
	ck_assert_uint_eq(current->min_flt, before + 5);
	for (i = 0; i < 5; i++)
		touch(a + PAGES(i), true);
	ck_assert_uint_eq(current->min_flt, before + 5);
	touch(a + PAGES(6), false);
	ck_assert_uint_eq(current->min_flt, before + 6);
	parse_stat(stat_of(current), &st);
	ck_assert_uint_eq(st.u[10], before + 6);
}
END_TEST

START_TEST(test_ticks_are_charged_to_utime_or_stime)
{
	struct pt_regs user = { .cs = 0x33 };	/* a user code segment */
	struct stat_line st;
	int i;

	current->utime = current->stime = 0;
	set_irq_regs(&user);
	for (i = 0; i < 250; i++)
		tick_handle_periodic();
	set_irq_regs(NULL);
	for (i = 0; i < 25; i++)
		tick_handle_periodic();
	ck_assert_uint_eq(current->utime, 250ULL * TICK_NSEC);
	parse_stat(stat_of(current), &st);
	ck_assert_uint_eq(st.u[14], 100);
	ck_assert_uint_eq(st.u[15], 10);
}
END_TEST

static int do_nothing(void *arg)
{
	return 0;
}

START_TEST(test_cminflt_holds_a_reaped_childs_faults)
{
	pid_t pid = kernel_thread(do_nothing, NULL, "kid", SIGCHLD);
	struct task_struct *parent = current, *kid;
	unsigned long a = map(4), i;
	struct stat_line st;

	ck_assert_int_gt(pid, 0);
	kid = find_task_by_vpid(pid);
	parent->cmin_flt = 0;
	parent->cutime = 0;
	current_task = kid;		/* the child runs, in mm */
	kid->mm = mm;
	for (i = 0; i < 4; i++)
		touch(a + PAGES(i), true);
	kid->mm = NULL;
	current_task = parent;
	kid->cmin_flt = 3;		/* what it had reaped */
	kid->utime = NSEC_PER_SEC;	/* 100 ticks */
	kid->cutime = NSEC_PER_SEC / 2;
	ck_assert_uint_eq(kid->min_flt, 4);
	kid->__state = TASK_DEAD;	/* its exit */
	dequeue_task(this_rq(), kid);
	kid->exit_state = EXIT_ZOMBIE;
	finish_task_switch(kid);
	ck_assert_int_eq(kernel_wait4(pid, NULL, 0, NULL), pid);
	ck_assert_uint_eq(parent->cmin_flt, 4 + 3);
	parse_stat(stat_of(parent), &st);
	ck_assert_uint_eq(st.u[11], 7);
	ck_assert_uint_eq(st.u[16], 150);
}
END_TEST

START_TEST(test_cmdline_reads_the_strings_back)
{
	static const char args[] = "/bin/x\0alpha\0beta gamma";
	struct seq_file m = { .buf = text, .size = sizeof(text) };
	unsigned long a = map(2) + PAGE_SIZE - 10;	/* across a page */

	ck_assert_int_eq(mm_copy_to(mm, a, args, sizeof(args)), 0);
	mm->arg_start = a;
	mm->arg_end = a + sizeof(args);
	proc_pid_cmdline(&m, current, '\0');
	ck_assert_uint_eq(m.count, sizeof(args));
	ck_assert_mem_eq(text, args, sizeof(args));
	m.count = 0;
	proc_pid_cmdline(&m, current, ' ');
	ck_assert_str_eq(text, "/bin/x alpha beta gamma \n");
}
END_TEST

Suite *stat_suite(void)
{
	Suite *s = suite_create("stat");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, stat_setup, stat_teardown);
	tcase_add_test(tc, test_stat_reads_back_field_by_field);
	tcase_add_test(tc, test_stat_has_the_shape_of_this_machines);
	tcase_add_test(tc, test_minflt_counts_each_first_touch);
	tcase_add_test(tc, test_ticks_are_charged_to_utime_or_stime);
	tcase_add_test(tc, test_cminflt_holds_a_reaped_childs_faults);
	tcase_add_test(tc, test_cmdline_reads_the_strings_back);
	suite_add_tcase(s, tc);
	return s;
}
