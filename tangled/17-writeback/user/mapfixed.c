/* user/mapfixed.c: where mmap puts things: hints, MAP_FIXED and NOREPLACE. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_name.h"

#define PAGE	4096UL
#define ANON	(MAP_PRIVATE | MAP_ANONYMOUS)
#define RW	(PROT_READ | PROT_WRITE)

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static unsigned long map(unsigned long addr, unsigned long len, int flags)
{
	long r = syscall(SYS_mmap, addr, len, RW, ANON | flags, -1, 0);

	return r == -1 ? (unsigned long)-errno : (unsigned long)r;
}

static const char *err(unsigned long r)
{
	return r < -4095UL ? "success" : errno_name(-(long)r);
}

int main(void)
{
	unsigned long a = map(0, 4 * PAGE, 0), b = map(0, 4 * PAGE, 0);
	unsigned long h, r;
	unsigned char *p = (unsigned char *)a;

	printf("the second mapping lies below the first: %s\n", yes(b < a));
	printf("right below it: %s\n", yes(b + 4 * PAGE == a));
	h = a - 64 * PAGE;
	printf("a hint at a free address is taken: %s\n",
	       yes(map(h, PAGE, 0) == h));
	r = map(a, PAGE, 0);
	printf("a hint at a used address is not: %s\n",
	       yes(r != a && (r + PAGE <= b || r >= a + 4 * PAGE)));
	printf("an unaligned hint gives an aligned address: %s\n",
	       yes(map(h - 32 * PAGE + 100, PAGE, 0) % PAGE == 0));
	printf("MAP_FIXED_NOREPLACE on a used page: %s\n",
	       err(map(a + PAGE, PAGE, MAP_FIXED_NOREPLACE)));
	printf("MAP_FIXED_NOREPLACE on a free page: %s\n",
	       yes(map(h - 16 * PAGE, PAGE, MAP_FIXED_NOREPLACE) ==
		   h - 16 * PAGE));
	memset(p, 0x5a, 4 * PAGE);
	printf("MAP_FIXED over the second page: %s\n",
	       yes(map(a + PAGE, PAGE, MAP_FIXED) == a + PAGE));
	printf("it reads zero, its neighbours do not: %s %s %s\n",
	       yes(p[PAGE] == 0 && p[2 * PAGE - 1] == 0),
	       yes(p[PAGE - 1] == 0x5a), yes(p[2 * PAGE] == 0x5a));
	printf("MAP_FIXED, unaligned: %s\n", err(map(a + 1, PAGE, MAP_FIXED)));
	printf("MAP_FIXED_NOREPLACE, unaligned: %s\n",
	       err(map(h + 1, PAGE, MAP_FIXED_NOREPLACE)));
	printf("MAP_FIXED past the user half: %s\n",
	       err(map(0x7ffffffff000UL - PAGE, 2 * PAGE, MAP_FIXED)));
	printf("MAP_FIXED in the kernel half: %s\n",
	       err(map(0xffffffff81000000UL, PAGE, MAP_FIXED)));
	printf("a hint in the kernel half is ignored: %s\n",
	       yes(map(0xffffffff81000000UL, PAGE, 0) < 0x800000000000UL));
	printf("munmap across the two and the hole: %d\n",
	       munmap((void *)(b - 8 * PAGE), 16 * PAGE));
	return 0;
}
