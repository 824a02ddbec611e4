/*
 * Exercise 11.2: KMALLOC_MIN_SIZE above 8, a reference solution.
 */
#include "minalign.h"

static unsigned int shift_low(unsigned int min)
{
	unsigned int shift = 0;

	while ((1U << shift) < min)
		shift++;
	return shift;
}

/* Patch size_index for a smallest class of min bytes. */
void setup_kmalloc_cache_index_table(u8 size_index[24], unsigned int min)
{
	unsigned int i;

	for (i = 8; i < min; i += 8) {
		if ((i - 1) / 8 >= 24)
			break;
		size_index[(i - 1) / 8] = shift_low(min);
	}
	if (min >= 64)
		for (i = 64 + 8; i <= 96; i += 8)
			size_index[(i - 1) / 8] = 7;
	if (min >= 128)
		for (i = 128 + 8; i <= 192; i += 8)
			size_index[(i - 1) / 8] = 8;
}

/* Does create_kmalloc_caches() make the cache of this index? */
bool kmalloc_cache_made(unsigned int index, unsigned int min)
{
	if (index == 1)
		return min <= 32;
	if (index == 2)
		return min <= 64;
	return index >= shift_low(min) && index <= EX_KMALLOC_SHIFT_HIGH;
}
