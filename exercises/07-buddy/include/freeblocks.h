/*
 * Exercise 7.1: free_range_blocks() cuts a range of free frames into the
 * largest aligned blocks, as memblock_free_all() hands them over.
 */
#ifndef EXERCISE_FREEBLOCKS_H
#define EXERCISE_FREEBLOCKS_H

#define EX_MAX_ORDER	11

int free_range_blocks(unsigned long start, unsigned long end,
		      unsigned long *pfns, unsigned int *orders, int max);

#endif
