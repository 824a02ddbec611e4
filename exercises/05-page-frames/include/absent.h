/*
 * Exercise 5.3: absent_pages_in_range() counts the frames of a range
 * that are not memory: the holes that make present differ from spanned.
 */
#ifndef EXERCISE_ABSENT_H
#define EXERCISE_ABSENT_H
#include <linux/memblock.h>

unsigned long absent_pages_in_range(unsigned long start_pfn,
				    unsigned long end_pfn);

#endif
