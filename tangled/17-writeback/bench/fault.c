/* bench/fault.c: ns per demand-zero fault, ours and the host Linux's. */
#include <stdio.h>
#include <stdlib.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

#define FAULT_BYTES	(64UL << 20)
#define FAULT_RUNS	7

/* bench/linux_fault.c */
double linux_fault_ns(unsigned long bytes, int huge);
double fault_clock_ns(void);

static void touch_every_page(unsigned long addr, unsigned long bytes)
{
	unsigned long a;
	char c = 1;

	for (a = addr; a < addr + bytes; a += PAGE_SIZE)
		if (host_mmu_write(a, &c, 1, HOST_ACCESS_USER)) {
			fprintf(stderr, "bench: a fault at %lx failed\n", a);
			exit(1);
		}
}

/* One run in a fresh mapping: ns per page of the first or second touch. */
static double ours_once(int second)
{
	unsigned long addr = sys_mmap(0, FAULT_BYTES, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0);
	double start, ns;

	if (IS_ERR_VALUE(addr)) {
		fprintf(stderr, "bench: mmap: error %ld\n", (long)addr);
		exit(1);
	}
	if (second)
		touch_every_page(addr, FAULT_BYTES);
	start = fault_clock_ns();
	touch_every_page(addr, FAULT_BYTES);
	ns = fault_clock_ns() - start;
	sys_munmap(addr, FAULT_BYTES);
	return ns / (FAULT_BYTES / PAGE_SIZE);
}

static int fault_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median of FAULT_RUNS runs of ours (side 0, 1) or Linux's (2, 3). */
static double fault_median(int side)
{
	double t[FAULT_RUNS];
	int i;

	for (i = 0; i < FAULT_RUNS; i++)
		t[i] = side < 2 ? ours_once(side)
				: linux_fault_ns(FAULT_BYTES, side == 3);
	qsort(t, FAULT_RUNS, sizeof(t[0]), fault_cmp);
	return t[FAULT_RUNS / 2];
}

static void print_fault_row(const char *name, double ns, double base)
{
	printf("%-40s %9.0f %9.2f\n", name, ns, ns / base);
}

void bench_fault(void)
{
	struct mm_struct *mm = mm_alloc();
	double base;

	if (!mm) {
		fprintf(stderr, "bench: no address space\n");
		exit(1);
	}
	current->mm = mm;
	load_cr3(mm->pgd);
	base = fault_median(2);
	printf("\n%-40s %9s %9s\n", "first write to a page of 64 MiB",
	       "ns/page", "x Linux");
	print_fault_row("Linux, 4 KiB pages (MADV_NOHUGEPAGE)", base, base);
	print_fault_row("Linux, huge pages as the host sets", fault_median(3),
			base);
	print_fault_row("ours: fault through the simulated MMU",
			fault_median(0), base);
	print_fault_row("ours: second touch, the MMU alone",
			fault_median(1), base);
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	mmput(mm);
}
