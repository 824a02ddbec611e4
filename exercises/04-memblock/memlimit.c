/*
 * Exercise 4.2: memblock_enforce_memory_limit(), the heart of mem=.
 * See 2-memlimit.md; grade it with `make grade CH=4`.
 */
#include "memlimit.h"

/*
 * Keep the lowest `limit` bytes of memblock.memory and drop everything
 * above them, from memblock.memory and memblock.reserved alike. A limit
 * of 0, or one at least as large as all memory, changes nothing.
 */
void memblock_enforce_memory_limit(phys_addr_t limit)
{
	/* Find the address below which memory adds up to limit. */
	(void)limit;
}
