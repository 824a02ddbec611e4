/* user/mmap.c: anonymous memory: zero at first, kept, given back. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_name.h"

#define PAGE	4096UL
#define PAGES	16

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static int all_zero(const unsigned char *p, unsigned long n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

static int holds_pattern(const unsigned char *p, unsigned long first,
			 unsigned long last)
{
	unsigned long i;

	for (i = first; i < last; i++)
		if (p[i * PAGE] != (unsigned char)i ||
		    p[i * PAGE + PAGE - 1] != (unsigned char)~i)
			return 0;
	return 1;
}

/* Recursing through 64 frames of 8 KiB each grows the stack by 512 KiB. */
static int deep(int n)
{
	volatile unsigned char frame[8192];

	frame[0] = n;
	frame[sizeof(frame) - 1] = n;
	if (n == 0)
		return frame[0];
	return deep(n - 1) + frame[sizeof(frame) - 1] - n;
}

static const char *err(long r)
{
	return r >= 0 || r < -4095 ? "success" : errno_name(-r);
}

static long raw_mmap(unsigned long addr, unsigned long len, int prot,
		     int flags, int fd, unsigned long off)
{
	long r = syscall(SYS_mmap, addr, len, prot, flags, fd, off);

	return r == -1 ? -errno : r;
}

int main(void)
{
	unsigned char *p;
	unsigned long i;
	long r;

	p = mmap(NULL, PAGES * PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	printf("mmap of %d pages: %s\n", PAGES, yes(p != MAP_FAILED));
	if (p == MAP_FAILED)
		return 1;
	printf("page-aligned: %s\n",
	       yes(((unsigned long)p & (PAGE - 1)) == 0));
	printf("reads zero before any write: %s\n",
	       yes(all_zero(p, PAGES * PAGE)));
	for (i = 0; i < PAGES; i++) {
		p[i * PAGE] = i;
		p[i * PAGE + PAGE - 1] = ~i;
	}
	printf("every page keeps what was written: %s\n",
	       yes(holds_pattern(p, 0, PAGES)));
	printf("munmap of pages 4-7: %d\n", munmap(p + 4 * PAGE, 4 * PAGE));
	printf("pages 0-3 and 8-15 unchanged: %s\n",
	       yes(holds_pattern(p, 0, 4) && holds_pattern(p, 8, PAGES)));
	r = raw_mmap((unsigned long)p + 4 * PAGE, 4 * PAGE,
		     PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	printf("the hole can be mapped again: %s\n",
	       yes(r == (long)(p + 4 * PAGE)));
	printf("and reads zero: %s\n", yes(all_zero(p + 4 * PAGE, 4 * PAGE)));
	printf("munmap of all %d pages: %d\n", PAGES, munmap(p, PAGES * PAGE));
	printf("munmap of nothing: %d\n", munmap(p, PAGES * PAGE));

	p = mmap(NULL, PAGES * PAGE, PROT_READ,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	printf("read-only, populated: %s, zero: %s\n", yes(p != MAP_FAILED),
	       yes(p != MAP_FAILED && all_zero(p, PAGES * PAGE)));
	munmap(p, PAGES * PAGE);
	printf("a 512 KiB deeper stack: %s\n", yes(deep(64) == 0));

	printf("mmap(len 0): %s\n", err(raw_mmap(0, 0, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)));
	printf("mmap(offset 1): %s\n", err(raw_mmap(0, PAGE, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 1)));
	printf("mmap(no MAP_PRIVATE or MAP_SHARED): %s\n", err(raw_mmap(0,
		PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0)));
	printf("mmap(fd 99): %s\n", err(raw_mmap(0, PAGE, PROT_READ,
		MAP_PRIVATE, 99, 0)));
	printf("mmap(len 1 << 62): %s\n", err(raw_mmap(0, 1UL << 62,
		PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)));
	printf("mmap(len -1): %s\n", err(raw_mmap(0, -1UL, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)));
	printf("munmap(misaligned): %s\n",
	       err(syscall(SYS_munmap, 0x10000001UL, PAGE) ? -errno : 0));
	printf("munmap(len 0): %s\n",
	       err(syscall(SYS_munmap, 0x10000000UL, 0) ? -errno : 0));
	printf("munmap(kernel address): %s\n",
	       err(syscall(SYS_munmap, 0xffffffff81000000UL, PAGE) ?
		   -errno : 0));
	return 0;
}
