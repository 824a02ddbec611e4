/*
 * Exercise 7.3: buddy_merge(). See 3-merge.md; grade it with
 * `make grade CH=7`.
 */
#include "merge.h"

/*
 * A block of 2^order frames at *pfn is being freed. While its buddy is a
 * free block of the same order (is_free(buddy, order)) and the merged
 * block would not pass EX_MAX_ORDER - 1, merge: the block becomes the
 * parent. Set *pfn to the final block's first frame; return its order.
 */
unsigned int buddy_merge(unsigned long *pfn, unsigned int order,
			 bool (*is_free)(unsigned long pfn,
					 unsigned int order))
{
	while (order < EX_MAX_ORDER - 1) {
		unsigned long buddy = *pfn ^ (1UL << order);

		if (!is_free(buddy, order))
			break;
		*pfn &= buddy;
		order++;
	}
	return order;
}
