/*
 * Exercise 6.2: find_zone_movable_pfns_for_nodes(), the arithmetic of
 * kernelcore= and movablecore=. See 2-kernelcore.md; grade it with
 * `make grade CH=6`.
 */
#include "kernelcore.h"

/*
 * Both arguments are in pages (0: not given). Set zone_movable_pfn[nid]
 * for every node: the first frame of its ZONE_MOVABLE, or 0 for none.
 */
void find_zone_movable_pfns_for_nodes(unsigned long required_kernelcore,
				      unsigned long required_movablecore)
{
	(void)required_kernelcore;
	(void)required_movablecore;
}
