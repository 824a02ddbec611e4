/* bench/linux_fault.c: the host Linux's first touch of a fresh mapping. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

double linux_fault_ns(unsigned long bytes, int huge);
double fault_clock_ns(void);

double fault_clock_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* ns per page of the first write to each page of a fresh mapping */
double linux_fault_ns(unsigned long bytes, int huge)
{
	volatile char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	double start, ns;
	unsigned long i;

	if (p == MAP_FAILED) {
		perror("bench: mmap");
		exit(1);
	}
	if (!huge)
		madvise((void *)p, bytes, MADV_NOHUGEPAGE);
	start = fault_clock_ns();
	for (i = 0; i < bytes; i += 4096)
		p[i] = 1;
	ns = fault_clock_ns() - start;
	munmap((void *)p, bytes);
	return ns / (bytes / 4096);
}
