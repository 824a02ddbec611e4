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
	(void)zone;
	(void)gfp_mask;
	return 0;
}

/*
 * Whether __rmqueue() finds a block of 2^order pages in the zone: on
 * the request's own lists, or by a fallback, which ALLOC_NOFRAGMENT
 * limits to whole pageblocks.
 */
bool rmqueue_ok(const struct ex_zone *zone, unsigned int order,
		unsigned int alloc_flags)
{
	/* Chapter 7's rule, without the limit. */
	(void)alloc_flags;
	return zone->own_order >= (int)order ||
	       zone->fallback_order >= (int)order;
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
	int i;

	/* Chapter 8's walk, which never gives ALLOC_NOFRAGMENT up. */
	for (i = 0; i < nr_zones; i++) {
		struct ex_zone *zone = zonelist[i];

		if (!zone->watermark_ok)
			continue;
		if (rmqueue_ok(zone, order, *alloc_flags))
			return zone;
	}
	return NULL;
}
