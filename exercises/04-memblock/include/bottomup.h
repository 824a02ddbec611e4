/*
 * Exercise 4.1: __memblock_find_range_bottom_up() finds the lowest free,
 * aligned range of memblock memory inside [start, end).
 */
#ifndef EXERCISE_BOTTOMUP_H
#define EXERCISE_BOTTOMUP_H
#include <linux/memblock.h>

phys_addr_t __memblock_find_range_bottom_up(phys_addr_t start,
					    phys_addr_t end,
					    phys_addr_t size,
					    phys_addr_t align, int nid);

#endif
