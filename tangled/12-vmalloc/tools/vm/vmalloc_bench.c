/* tools/vm/vmalloc_bench.c: ns per vmalloc+vfree against alloc_pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <asm/host.h>
#include <linux/gfp.h>
#include <linux/vmalloc.h>

static unsigned long ops = 2000;

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

static void row_vmalloc(unsigned long n)
{
	while (n--)
		vfree(vmalloc(1 << 20));
}

static void row_order8(unsigned long n)
{
	while (n--)
		__free_pages(alloc_pages(GFP_KERNEL, 8), 8);
}

static double median_ns(void (*row)(unsigned long n))
{
	double t[5], start;
	int i;

	row(ops / 10);
	for (i = 0; i < 5; i++) {
		start = now_ns();
		row(ops);
		t[i] = (now_ns() - start) / ops;
	}
	qsort(t, 5, sizeof(t[0]), cmp_double);
	return t[2];
}

int main(int argc, char **argv)
{
	double base, ns;
	int i;

	if (argc == 2 && !strcmp(argv[1], "-q"))
		ops /= 10;
	else if (argc > 1) {
		fprintf(stderr, "usage: vmalloc_bench [-q]\n");
		return 2;
	}
	host_boot("");
	base = median_ns(row_order8);
	printf("%-44s %10s %8s\n", "alloc+free", "ns", "x order 8");
	printf("%-44s %10.0f %8.2f\n", "alloc_pages(order 8)+__free_pages",
	       base, 1.0);
	ns = median_ns(row_vmalloc);
	printf("%-44s %10.0f %8.2f\n", "vmalloc(1 MiB)+vfree", ns, ns / base);
	for (i = 0; i < 1000; i++) {
		vmalloc(PAGE_SIZE);
		if (i == 99 || i == 999) {
			ns = median_ns(row_vmalloc);
			printf("vmalloc(1 MiB)+vfree, %4d areas below %15.0f "
			       "%8.2f\n", i + 1, ns, ns / base);
		}
	}
	return 0;
}
