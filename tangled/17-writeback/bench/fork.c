/* bench/fork.c: 64 MiB written, forked, written again: ours and Linux's. */
#include <stdio.h>
#include <stdlib.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

#define FK_BYTES	(64UL << 20)
#define FK_PAGES	(FK_BYTES / PAGE_SIZE)
#define FK_RUNS		5

struct fk_times {
	double touch, fork, cow;	/* ns per page, ns, ns per page */
};

double fk_clock_ns(void);
struct fk_times fk_linux(void);

static void fk_use(struct mm_struct *mm)
{
	current->mm = mm;
	load_cr3(mm ? mm->pgd : swapper_pg_dir);
}

static double fk_write_all(unsigned long a, char c)
{
	double start = fk_clock_ns();
	unsigned long i;

	for (i = 0; i < FK_PAGES; i++)
		if (host_mmu_write(a + i * PAGE_SIZE, &c, 1,
				   HOST_ACCESS_USER))
			return -1;
	return (fk_clock_ns() - start) / FK_PAGES;
}

static struct fk_times fk_ours(void)
{
	struct fk_times t = { -1, -1, -1 };
	struct mm_struct *mm = mm_alloc(), *child = NULL;
	unsigned long a;
	double start;

	if (!mm)
		return t;
	fk_use(mm);
	a = sys_mmap(0, FK_BYTES, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0);
	if (!IS_ERR_VALUE(a) && (t.touch = fk_write_all(a, 1)) >= 0) {
		start = fk_clock_ns();
		child = dup_mm(mm);
		t.fork = fk_clock_ns() - start;
	}
	if (child) {
		fk_use(child);
		t.cow = fk_write_all(a, 2);
		fk_use(NULL);
		mmput(child);
	}
	fk_use(NULL);
	mmput(mm);
	return t;
}

static int fk_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static struct fk_times fk_median(struct fk_times (*side)(void))
{
	double v[3][FK_RUNS];
	struct fk_times t;
	int i;

	for (i = 0; i < FK_RUNS; i++) {
		t = side();
		v[0][i] = t.touch;
		v[1][i] = t.fork;
		v[2][i] = t.cow;
	}
	for (i = 0; i < 3; i++)
		qsort(v[i], FK_RUNS, sizeof(double), fk_cmp);
	return (struct fk_times){ v[0][FK_RUNS / 2], v[1][FK_RUNS / 2],
				  v[2][FK_RUNS / 2] };
}

void bench_fork(void)
{
	struct fk_times ours = fk_median(fk_ours);
	struct fk_times host = fk_median(fk_linux);

	printf("\n%-40s %9s %9s\n", "64 MiB private, 4 KiB pages", "ours",
	       "Linux");
	printf("%-40s %9.0f %9.0f\n", "first write, ns per page", ours.touch,
	       host.touch);
	printf("%-40s %9.0f %9.0f\n", "fork (ours: dup_mm alone), us",
	       ours.fork / 1000, host.fork / 1000);
	printf("%-40s %9.0f %9.0f\n", "write after fork, ns per page",
	       ours.cow, host.cow);
}
