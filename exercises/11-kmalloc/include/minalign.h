/*
 * Exercise 11.2: kmalloc's size classes when the smallest class, the
 * DMA alignment, is larger than 8 bytes.
 */
#ifndef EXERCISE_MINALIGN_H
#define EXERCISE_MINALIGN_H
#include <stdbool.h>

typedef unsigned char u8;

#define EX_KMALLOC_SHIFT_HIGH	13	/* the largest class, 8192 bytes */

/* The chapter's table: index of the class of sizes 8k - 7 .. 8k. */
extern const u8 ex_size_index[24];

/* The bytes of the class of an index: 96, 192, or 1 << index. */
unsigned int ex_class_size(unsigned int index);

void setup_kmalloc_cache_index_table(u8 size_index[24], unsigned int min);
bool kmalloc_cache_made(unsigned int index, unsigned int min);
#endif
