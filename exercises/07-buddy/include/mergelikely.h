/*
 * Exercise 7.1: buddy_merge_likely() says whether a freed block should
 * go to the tail of its free list, because the block one order higher
 * may soon be whole; free_one_block() frees a block with that choice.
 */
#ifndef EXERCISE_MERGELIKELY_H
#define EXERCISE_MERGELIKELY_H
#include <stdbool.h>

#define EX_MAX_ORDER	11

/* Whether the block of 2^order frames at pfn is a free block. */
typedef bool (*ex_is_free_t)(unsigned long pfn, unsigned int order);

bool buddy_merge_likely(unsigned long pfn, unsigned long buddy_pfn,
			unsigned int order, ex_is_free_t is_free);
unsigned int free_one_block(unsigned long *pfn, unsigned int order,
			    ex_is_free_t is_free, bool *to_tail);

#endif
