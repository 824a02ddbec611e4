/* bench/vmalloc.c: ns per vmalloc+vfree against alloc_pages(order 8). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/sizes.h>
#include <linux/vmalloc.h>

#define VM_RUNS		7

static unsigned long vm_ops;

static double vm_clock_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int vm_cmp_ns(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double vm_median_ns(void (*row)(unsigned long n))
{
	double t[VM_RUNS];
	int i;

	row(vm_ops / 10);
	for (i = 0; i < VM_RUNS; i++) {
		double start = vm_clock_ns();

		row(vm_ops);
		t[i] = (vm_clock_ns() - start) / vm_ops;
	}
	qsort(t, VM_RUNS, sizeof(t[0]), vm_cmp_ns);
	return t[VM_RUNS / 2];
}

static void row_order8(unsigned long n)
{
	while (n--)
		__free_pages(alloc_pages(GFP_KERNEL, 8), 8);
}

static void row_vmalloc(unsigned long n)
{
	while (n--)
		vfree(vmalloc(SZ_1M));
}

#define VM_BUSY		1000

static void print_vm_row(const char *name, double ns, double base)
{
	printf("%-40s %9.0f %9.2f\n", name, ns, ns / base);
}

void bench_vmalloc(unsigned long ops)
{
	static void *busy[VM_BUSY];
	double base;
	int i;

	vm_ops = ops / 500;
	base = vm_median_ns(row_order8);
	printf("\n%-40s %9s %9s\n", "alloc+free", "ns", "x order 8");
	print_vm_row("alloc_pages(order 8)+__free_pages", base, base);
	print_vm_row("vmalloc(1 MiB)+vfree", vm_median_ns(row_vmalloc),
		     base);
	for (i = 0; i < VM_BUSY; i++) {
		busy[i] = vmalloc(PAGE_SIZE);
		if (i == 99)
			print_vm_row("vmalloc(1 MiB)+vfree, 100 areas below",
				     vm_median_ns(row_vmalloc), base);
	}
	print_vm_row("vmalloc(1 MiB)+vfree, 1000 areas below",
		     vm_median_ns(row_vmalloc), base);
	for (i = 0; i < VM_BUSY; i++)
		vfree(busy[i]);
}
