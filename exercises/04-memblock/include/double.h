/*
 * Exercise 4.1: memblock_double_array() gives a full memblock array twice
 * the room, in memory that memblock itself hands out.
 */
#ifndef EXERCISE_DOUBLE_H
#define EXERCISE_DOUBLE_H
#include <linux/memblock.h>

int memblock_double_array(struct memblock_type *type,
			  phys_addr_t new_area_start,
			  phys_addr_t new_area_size);

#endif
