/*
 * Exercise 9.1: reserve_highatomic_pageblock() and
 * unreserve_highatomic_pageblock(). See 1-highatomic.md; grade it with
 * `make grade CH=9`.
 */
#include "highatomic.h"

/*
 * A high-order atomic request has just taken the block at pfn: turn its
 * pageblock into a HighAtomic one, unless the zone has reserved enough
 * already (a hundredth of its managed pages, plus a pageblock) or the
 * pageblock is not of an ordinary, mergeable type.
 */
void reserve_highatomic_pageblock(unsigned long pfn, struct ex_zone *zone)
{
	(void)pfn;
	(void)zone;
}

/*
 * An allocation is about to fail: give one HighAtomic pageblock back to
 * migratetype, from the first zone of the zonelist that has one with a
 * free block. Unless force, keep each zone's last reserved pageblock.
 * Return whether a pageblock was given back.
 */
bool unreserve_highatomic_pageblock(struct ex_zone *const *zonelist,
				    int nr_zones, int migratetype,
				    bool force)
{
	(void)zonelist;
	(void)nr_zones;
	(void)migratetype;
	(void)force;
	return false;
}
