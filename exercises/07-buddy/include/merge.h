/*
 * Exercise 7.3: buddy_merge() climbs from a freed block to the largest
 * block it merges into.
 */
#ifndef EXERCISE_MERGE_H
#define EXERCISE_MERGE_H
#include <stdbool.h>

#define EX_MAX_ORDER	11

unsigned int buddy_merge(unsigned long *pfn, unsigned int order,
			 bool (*is_free)(unsigned long pfn,
					 unsigned int order));

#endif
