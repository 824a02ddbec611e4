/*
 * Exercise 7.1: free_range_blocks(). See 1-freeblocks.md; grade it with
 * `make grade CH=7`.
 */
#include "freeblocks.h"

/*
 * Cut the frames [start, end) into blocks of 2^order frames, from the
 * lowest frame up, each block aligned on its own size and of order at
 * most EX_MAX_ORDER - 1, each as large as the alignment and the rest of
 * the range allow. Store block i's first frame in pfns[i] and its order
 * in orders[i]; return the number of blocks, or -1 if there are more
 * than max.
 */
int free_range_blocks(unsigned long start, unsigned long end,
		      unsigned long *pfns, unsigned int *orders, int max)
{
	int n = 0;

	while (start < end) {
		unsigned int order = EX_MAX_ORDER - 1;

		while (order > 0 && ((start & ((1UL << order) - 1)) ||
				     start + (1UL << order) > end))
			order--;
		if (n == max)
			return -1;
		pfns[n] = start;
		orders[n++] = order;
		start += 1UL << order;
	}
	return n;
}
