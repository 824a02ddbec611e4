/*
 * Exercise 7.1: buddy_merge_likely(). See 1-mergelikely.md; grade it
 * with `make grade CH=7`.
 */
#include "mergelikely.h"

/*
 * The block of 2^order frames at pfn could not merge with its buddy
 * buddy_pfn (pfn ^ (1 << order)). Return true when the block they would
 * make together, one order higher, has a buddy that is a free block of
 * that order (is_free() says so): then the block should go to the tail
 * of its free list. Never true when order is EX_MAX_ORDER - 2 or more.
 */
bool buddy_merge_likely(unsigned long pfn, unsigned long buddy_pfn,
			unsigned int order, ex_is_free_t is_free)
{
	unsigned long higher_pfn;

	if (order >= EX_MAX_ORDER - 2)
		return false;
	higher_pfn = buddy_pfn & pfn;
	return is_free(higher_pfn ^ (1UL << (order + 1)), order + 1);
}

/*
 * Free the block of 2^order frames at *pfn: merge it with its buddy
 * while the buddy is free and the order is below EX_MAX_ORDER - 1, as
 * __free_one_page() does. Set *pfn to the final block's first frame,
 * *to_tail to whether it goes to the tail of its free list, and return
 * its order.
 */
unsigned int free_one_block(unsigned long *pfn, unsigned int order,
			    ex_is_free_t is_free, bool *to_tail)
{
	unsigned long buddy_pfn = 0;

	while (order < EX_MAX_ORDER - 1) {
		buddy_pfn = *pfn ^ (1UL << order);
		if (!is_free(buddy_pfn, order))
			break;
		*pfn &= buddy_pfn;
		order++;
	}
	*to_tail = buddy_merge_likely(*pfn, buddy_pfn, order, is_free);
	return order;
}
