/* bench/bench.c: ns per allocation and free, on the simulated machine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/mm.h>

#define RUNS	7
#define OPS	1000000UL

static unsigned long ops = OPS;	/* per run; OPS / 10 with -q */

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median_ns_per_op(void (*row)(unsigned long n))
{
	double t[RUNS];
	int i;

	row(ops / 10);			/* warm the caches and the lists */
	for (i = 0; i < RUNS; i++) {
		double start = now_ns();

		row(ops);
		t[i] = (now_ns() - start) / ops;
	}
	qsort(t, RUNS, sizeof(t[0]), cmp_double);
	return t[RUNS / 2];
}

struct run {
	struct run *next;
};

static struct run *volatile freelist;

static void *kalloc(void)
{
	struct run *r = freelist;

	if (r)
		freelist = r->next;
	return r;
}

static void kfree(void *p)
{
	struct run *r = p;

	r->next = freelist;
	freelist = r;
}

static void row_floor(unsigned long n)
{
	while (n--)
		kfree(kalloc());
}

static void row_malloc(unsigned long n)
{
	while (n--) {
		void *volatile p = malloc(4096);

		free(p);
	}
}

static unsigned int bench_order;

static void row_order(unsigned long n)
{
	while (n--)
		__free_pages(alloc_pages(GFP_KERNEL, bench_order),
			     bench_order);
}

static void set_pagesets(int high, int batch)
{
	int j, cpu;

	for (j = 0; j < MAX_NR_ZONES; j++)
		for_each_possible_cpu(cpu) {
			NODE_DATA(0)->node_zones[j].per_cpu_pageset[cpu].high =
				high;
			NODE_DATA(0)->node_zones[j].per_cpu_pageset[cpu].batch =
				batch;
		}
}

#define SLOTS	1024

static void row_mix(unsigned long n)
{
	static struct page *slot[SLOTS];
	static unsigned char order[SLOTS];
	static unsigned int seed = 1;

	while (n--) {
		unsigned int i;

		seed = seed * 1103515245 + 12345;
		i = (seed >> 8) % SLOTS;
		if (slot[i]) {
			__free_pages(slot[i], order[i]);
			slot[i] = NULL;
			continue;
		}
		order[i] = (seed >> 20) % 6;
		slot[i] = alloc_pages(GFP_KERNEL, order[i]);
	}
}

static void bench_memory_and_boot(void)
{
	unsigned long managed = 0;
	double start, ns;
	int j;

	printf("\nstruct page: %zu bytes per %lu-byte page: %.4f bytes per "
	       "byte of RAM (%.2f%%)\n", sizeof(struct page), PAGE_SIZE,
	       (double)sizeof(struct page) / PAGE_SIZE,
	       100.0 * sizeof(struct page) / PAGE_SIZE);
	start = now_ns();
	zones_init_free_areas();
	zones_init_pagesets();
	memmap_init();
	memmap_init_reserved_pages();
	memmap_init_zones();
	memblock_free_all();
	setup_per_cpu_pageset();
	ns = now_ns() - start;
	for (j = 0; j < MAX_NR_ZONES; j++)
		managed += NODE_DATA(0)->node_zones[j].managed_pages;
	printf("struct pages and buddy handover: %.1f ms for %.2f GiB "
	       "managed, %.1f ms per GiB\n", ns / 1e6,
	       managed / 262144.0, ns / 1e6 / (managed / 262144.0));
}

static void print_row(const char *name, double ns, double floor)
{
	printf("%-40s %9.1f %9.2f\n", name, ns, ns / floor);
}

int bench_malloc_child(const char *quick);	/* bench/slab.c */
void bench_slab(unsigned long ops);
void bench_vmalloc(unsigned long ops);		/* bench/vmalloc.c */
void bench_fault(void);				/* bench/fault.c */
void bench_fork(void);				/* bench/fork.c */

int main(int argc, char **argv)
{
	double floor;
	int i;

	if (argc == 3 && !strcmp(argv[1], "-m"))
		return bench_malloc_child(argv[2]);
	if (argc == 2 && !strcmp(argv[1], "-f")) {
		host_boot("");
		bench_fault();
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "-c")) {
		host_boot("");
		bench_fork();
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "-q")) {
		ops = OPS / 10;
	} else if (argc > 1) {
		fprintf(stderr, "usage: bench [-q | -f | -c]\n");
		return 2;
	}
	host_boot("");
	for (i = 0; i < 1024; i++)
		kfree(page_address(alloc_pages(GFP_KERNEL, 0)));
	floor = median_ns_per_op(row_floor);
	printf("%-40s %9s %9s\n", "alloc+free", "ns", "x floor");
	print_row("floor: bare free list (xv6 kalloc)", floor, floor);
	print_row("glibc malloc(4096)+free", median_ns_per_op(row_malloc),
		  floor);
	bench_order = 0;
	print_row("order 0, per-cpu lists", median_ns_per_op(row_order), floor);
	set_pagesets(0, 1);
	print_row("order 0, per-cpu lists bypassed", median_ns_per_op(row_order),
		  floor);
	setup_per_cpu_pageset();
	bench_order = 3;
	print_row("order 3, per-cpu lists", median_ns_per_op(row_order), floor);
	bench_order = 9;
	print_row("order 9, buddy allocator", median_ns_per_op(row_order), floor);
	print_row("random orders 0-5, alloc or free",
		  median_ns_per_op(row_mix), floor);
	bench_slab(ops);
	bench_vmalloc(ops);
	bench_fault();
	bench_fork();
	bench_memory_and_boot();
	return 0;
}
