/*
 * Exercise 4.3: e820_from_e801() builds a memory map from Multiboot's
 * two memory sizes when the loader gave no map.
 */
#ifndef EXERCISE_E801_H
#define EXERCISE_E801_H
#include <asm/e820.h>

#define LOWMEMSIZE	0x9f000		/* the most RAM assumed below 640 KiB */
#define HIGH_MEMORY	0x100000	/* where the memory above 1 MiB starts */

int e820_from_e801(struct e820_table *table, u32 mem_lower_kb,
		   u32 mem_upper_kb);

#endif
