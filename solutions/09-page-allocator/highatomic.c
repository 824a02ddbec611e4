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
	unsigned long max_managed = zone->managed_pages / 100 +
				    pageblock_nr_pages;

	if (zone->nr_reserved_highatomic >= max_managed)
		return;
	if (!migratetype_is_mergeable(get_pageblock_migratetype(zone, pfn)))
		return;
	zone->nr_reserved_highatomic += pageblock_nr_pages;
	set_pageblock_migratetype(zone, pfn, MIGRATE_HIGHATOMIC);
	move_freepages_block(zone, pfn, MIGRATE_HIGHATOMIC);
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
	int i;

	for (i = 0; i < nr_zones; i++) {
		struct ex_zone *zone = zonelist[i];
		unsigned int order;

		if (!force &&
		    zone->nr_reserved_highatomic <= pageblock_nr_pages)
			continue;
		for (order = 0; order < EX_MAX_ORDER; order++) {
			struct ex_free_block *b;
			unsigned long pfn;

			b = get_page_from_free_area(zone, order,
						    MIGRATE_HIGHATOMIC);
			if (!b)
				continue;
			pfn = b->pfn;
			if (get_pageblock_migratetype(zone, pfn) ==
			    MIGRATE_HIGHATOMIC) {
				unsigned long n = zone->nr_reserved_highatomic;

				zone->nr_reserved_highatomic -=
					n < pageblock_nr_pages ?
					n : pageblock_nr_pages;
			}
			set_pageblock_migratetype(zone, pfn, migratetype);
			if (move_freepages_block(zone, pfn, migratetype))
				return true;
		}
	}
	return false;
}
