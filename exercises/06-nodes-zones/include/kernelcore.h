/*
 * Exercise 6.2: find_zone_movable_pfns_for_nodes() decides where
 * ZONE_MOVABLE begins on each node, from kernelcore= and movablecore=.
 */
#ifndef EXERCISE_KERNELCORE_H
#define EXERCISE_KERNELCORE_H
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>

#define MAX_ORDER_NR_PAGES	1024

void find_zone_movable_pfns_for_nodes(unsigned long required_kernelcore,
				      unsigned long required_movablecore);

#endif
