/*
 * Exercise 8.2: alloc_flags_nofragment(), rmqueue_ok() and
 * get_page_from_freelist(). See 2-nofragment.md; grade it with
 * `make grade CH=8`.
 */
#include "nofragment.h"

int nr_online_nodes = 1;

/*
 * The flags __alloc_pages() adds for a request whose preferred zone is
 * zone (NULL if it has none): ALLOC_KSWAPD when gfp_mask has
 * __GFP_KSWAPD_RECLAIM, and ALLOC_NOFRAGMENT when the zone is
 * ZONE_NORMAL and a DMA32 zone below it can take the requests that
 * would otherwise fragment it.
 */
unsigned int alloc_flags_nofragment(const struct ex_zone *zone,
				    gfp_t gfp_mask)
{
	unsigned int alloc_flags = gfp_mask & __GFP_KSWAPD_RECLAIM;

	if (!zone)
		return alloc_flags;
	if (zone_idx(zone) != ZONE_NORMAL)
		return alloc_flags;
	if (nr_online_nodes > 1 && !populated_zone(zone - 1))
		return alloc_flags;
	return alloc_flags | ALLOC_NOFRAGMENT;
}

/*
 * Whether __rmqueue() finds a block of 2^order pages in the zone: on
 * the request's own lists, or by a fallback, which ALLOC_NOFRAGMENT
 * limits to whole pageblocks.
 */
bool rmqueue_ok(const struct ex_zone *zone, unsigned int order,
		unsigned int alloc_flags)
{
	unsigned int min_order = order;

	if (zone->own_order >= (int)order)
		return true;
	if (order < pageblock_order && (alloc_flags & ALLOC_NOFRAGMENT))
		min_order = pageblock_order;
	return zone->fallback_order >= (int)min_order;
}

/*
 * Walk the zonelist (zonelist[0] is the preferred zone) and return the
 * zone that serves the request, or NULL; leave in *alloc_flags the
 * flags it was served with. ALLOC_NOFRAGMENT is given up rather than
 * go to another node, or fail.
 */
struct ex_zone *get_page_from_freelist(struct ex_zone *const *zonelist,
				       int nr_zones, unsigned int order,
				       unsigned int *alloc_flags)
{
	struct ex_zone *preferred = zonelist[0];
	bool no_fallback;
	int i;

retry:
	no_fallback = *alloc_flags & ALLOC_NOFRAGMENT;
	for (i = 0; i < nr_zones; i++) {
		struct ex_zone *zone = zonelist[i];

		if (no_fallback && nr_online_nodes > 1 && zone != preferred &&
		    zone_to_nid(zone) != zone_to_nid(preferred)) {
			*alloc_flags &= ~ALLOC_NOFRAGMENT;
			goto retry;
		}
		if (!zone->watermark_ok)
			continue;
		if (rmqueue_ok(zone, order, *alloc_flags))
			return zone;
	}
	if (no_fallback) {
		*alloc_flags &= ~ALLOC_NOFRAGMENT;
		goto retry;
	}
	return NULL;
}
