/*
 * Exercise 4.2: memblock_enforce_memory_limit() keeps only the lowest
 * `limit` bytes of memory, as Linux's mem= does.
 */
#ifndef EXERCISE_MEMLIMIT_H
#define EXERCISE_MEMLIMIT_H
#include <linux/memblock.h>

void memblock_enforce_memory_limit(phys_addr_t limit);

#endif
