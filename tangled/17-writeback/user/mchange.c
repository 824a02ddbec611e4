/* user/mchange.c: mprotect, madvise and mremap on pages with contents. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE	4096UL
#define ANON	(MAP_PRIVATE | MAP_ANONYMOUS)
#define RW	(PROT_READ | PROT_WRITE)

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

/* Pages first to last of p hold their numbers (1 for page 0 ...). */
static int holds(const unsigned char *p, unsigned long first,
		 unsigned long last)
{
	unsigned long i;

	for (i = first; i < last; i++)
		if (p[i * PAGE] != i + 1 || p[i * PAGE + PAGE - 1] != i + 1)
			return 0;
	return 1;
}

static int zero(const unsigned char *p, unsigned long first,
		unsigned long last)
{
	unsigned long i;

	for (i = first * PAGE; i < last * PAGE; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(void)
{
	unsigned char *top, *p, *q;
	unsigned long i;

	/* A page on top, so that growing p cannot stay where it is. */
	top = mmap(NULL, PAGE, PROT_READ, ANON, -1, 0);
	p = mmap(NULL, 8 * PAGE, RW, ANON, -1, 0);
	if (top == MAP_FAILED || p == MAP_FAILED)
		return 1;
	printf("eight pages right below another: %s\n",
	       yes(p + 8 * PAGE == top));
	for (i = 0; i < 8; i++)
		memset(p + i * PAGE, i + 1, PAGE);

	printf("mprotect of pages 2-3 to read-only: %d\n",
	       mprotect(p + 2 * PAGE, 2 * PAGE, PROT_READ));
	printf("they still read what was written: %s\n", yes(holds(p, 2, 4)));
	printf("mprotect of page 3 back to read-write: %d\n",
	       mprotect(p + 3 * PAGE, PAGE, RW));
	p[3 * PAGE] = 4;
	printf("and it takes a write: %s\n", yes(holds(p, 3, 4)));

	printf("madvise(MADV_DONTNEED) of pages 4-5: %d\n",
	       madvise(p + 4 * PAGE, 2 * PAGE, MADV_DONTNEED));
	printf("they read zero: %s, the others kept theirs: %s\n",
	       yes(zero(p, 4, 6)), yes(holds(p, 0, 4) && holds(p, 6, 8)));
	for (i = 4; i < 6; i++)
		memset(p + i * PAGE, i + 1, PAGE);

	q = mremap(p + 4 * PAGE, 4 * PAGE, 2 * PAGE, 0);
	printf("mremap shrinking pages 4-7 to two: %s\n",
	       yes(q == p + 4 * PAGE));
	q = mremap(p + 4 * PAGE, 2 * PAGE, 3 * PAGE, 0);
	printf("growing them in place to three: %s\n", yes(q == p + 4 * PAGE));
	printf("the page that came back reads zero: %s\n", yes(zero(p, 6, 7)));
	q = mremap(p + 4 * PAGE, 3 * PAGE, 64 * PAGE, 0);
	printf("growing to 64 without MREMAP_MAYMOVE: %s\n",
	       yes(q == MAP_FAILED));
	q = mremap(p + 4 * PAGE, 3 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
	printf("with MREMAP_MAYMOVE: moved: %s\n",
	       yes(q != MAP_FAILED && q != p + 4 * PAGE));
	printf("its pages came along: %s\n",
	       yes(q != MAP_FAILED && holds(q - 4 * PAGE, 4, 6)));
	printf("the old place is mapped no more: %s\n",
	       yes(mprotect(p + 4 * PAGE, PAGE, PROT_READ) != 0));
	q[63 * PAGE] = 1;
	printf("the new end takes a write: %s\n", yes(q[63 * PAGE] == 1));
	return 0;
}
