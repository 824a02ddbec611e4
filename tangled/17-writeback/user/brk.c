/* user/brk.c: moving the break, and malloc, which uses brk and mmap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE	4096UL

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static unsigned long brk_to(unsigned long addr)
{
	return syscall(SYS_brk, addr);
}

static void move_the_break(void)
{
	unsigned long start = brk_to(0), top;
	unsigned char *heap = (unsigned char *)start;
	void *m;

	printf("the break is page-aligned at first: %s\n",
	       yes(start % PAGE == 0));
	printf("grow by 64 KiB: %s\n",
	       yes(brk_to(start + 65536) == start + 65536));
	memset(heap, 0xab, 65536);
	printf("the new heap holds what was written: %s\n",
	       yes(heap[0] == 0xab && heap[65535] == 0xab));
	printf("an unaligned break is kept as given: %s\n",
	       yes(brk_to(start + 100) == start + 100));
	printf("shrink to the start: %s\n", yes(brk_to(start) == start));
	printf("grow again, and the pages are new: %s\n",
	       yes(brk_to(start + 8192) == start + 8192 && heap[0] == 0 &&
		   heap[8191] == 0));
	printf("below the start is refused: %s\n",
	       yes(brk_to(start - PAGE) == start + 8192));
	printf("into the kernel half is refused: %s\n",
	       yes(brk_to(0xffff800000000000UL) == start + 8192));
	top = start + (1UL << 20);
	m = mmap((void *)top, PAGE, PROT_READ,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	printf("a mapping 1 MiB above the start: %s\n",
	       yes(m == (void *)top));
	printf("the break may end a page below it: %s\n",
	       yes(brk_to(top - PAGE) == top - PAGE));
	printf("but no nearer: %s\n",
	       yes(brk_to(top - PAGE + 1) == top - PAGE));
	munmap(m, PAGE);
	brk_to(start);
}

static void use_malloc(void)
{
	enum { N = 100 };
	unsigned char *block[N];
	size_t size[N];
	int i, intact = 1;

	for (i = 0; i < N; i++) {
		size[i] = 16 + (size_t)i * i * 7;
		block[i] = malloc(size[i]);
		if (!block[i])
			break;
		memset(block[i], i, size[i]);
	}
	printf("malloc gave %d blocks of 16 to %zu bytes\n", i, size[N - 1]);
	for (i = 0; i < N; i++)
		if (block[i][0] != i || block[i][size[i] - 1] != i)
			intact = 0;
	printf("all intact: %s\n", yes(intact));
	for (i = 0; i < N; i += 2)
		free(block[i]);
	block[0] = malloc(1 << 20);
	printf("1 MiB more: %s\n", yes(block[0] != NULL));
	if (block[0]) {
		memset(block[0], 7, 1 << 20);
		free(block[0]);
	}
	for (i = 1; i < N; i += 2)
		if (block[i][0] != i || block[i][size[i] - 1] != i)
			intact = 0;
	printf("the rest still intact: %s\n", yes(intact));
	for (i = 1; i < N; i += 2)
		free(block[i]);
}

int main(void)
{
	move_the_break();
	use_malloc();
	return 0;
}
