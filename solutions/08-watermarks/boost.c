/*
 * Exercise 8.1: boost_watermark(), fallback_boost() and
 * zone_watermark_fast(). See 1-boost.md; grade it with
 * `make grade CH=8`.
 */
#include "boost.h"

/* Linux's default: a boost of up to 150 % of the high watermark. */
int watermark_boost_factor = 15000;

/*
 * Raise the zone's watermark_boost by a pageblock, up to
 * watermark_boost_factor ten-thousandths of its high watermark but at
 * least a pageblock. Return whether the zone was boosted: not when the
 * factor is 0, the zone has fewer than four pageblocks of managed
 * pages, or the factor's share of high is 0.
 */
bool boost_watermark(struct ex_zone *zone)
{
	unsigned long max_boost;

	if (!watermark_boost_factor)
		return false;
	if (pageblock_nr_pages * 4 > zone->managed_pages)
		return false;
	max_boost = mult_frac(zone->_watermark[WMARK_HIGH],
			      watermark_boost_factor, 10000);
	if (!max_boost)
		return false;
	if (max_boost < pageblock_nr_pages)
		max_boost = pageblock_nr_pages;
	zone->watermark_boost += pageblock_nr_pages;
	if (zone->watermark_boost > max_boost)
		zone->watermark_boost = max_boost;
	return true;
}

/*
 * A fallback took a free block of order current_order from a pageblock
 * of type old_block_type: boost the zone when the fallback mixes types
 * in a pageblock, and ask for kswapd (ZONE_BOOSTED_WATERMARK) when the
 * boost happened and alloc_flags has ALLOC_KSWAPD.
 */
void fallback_boost(struct ex_zone *zone, unsigned int current_order,
		    int old_block_type, unsigned int alloc_flags)
{
	if (old_block_type == MIGRATE_HIGHATOMIC)
		return;
	if (current_order >= pageblock_order)
		return;
	if (boost_watermark(zone) && (alloc_flags & ALLOC_KSWAPD))
		zone->flags |= ZONE_BOOSTED_WATERMARK;
}

/*
 * May the zone give 2^order pages to the request and stay above mark
 * (the caller's wmark_pages(), boost included)? An atomic page checked
 * against min may ignore the boost.
 */
bool zone_watermark_fast(const struct ex_zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, gfp_t gfp_mask)
{
	long free_pages = z->free_pages;

	if (!order) {
		long usable_free = free_pages;
		long reserved = __zone_watermark_unusable_free(z, 0,
							       alloc_flags);

		usable_free -= usable_free < reserved ? usable_free : reserved;
		if (usable_free > (long)(mark +
					 z->lowmem_reserve[highest_zoneidx]))
			return true;
	}
	if (__zone_watermark_ok(z, order, mark, highest_zoneidx, alloc_flags,
				free_pages))
		return true;
	if (!order && (gfp_mask & __GFP_ATOMIC) && z->watermark_boost &&
	    (alloc_flags & ALLOC_WMARK_MASK) == ALLOC_WMARK_MIN) {
		mark = z->_watermark[WMARK_MIN];
		return __zone_watermark_ok(z, order, mark, highest_zoneidx,
					   alloc_flags, free_pages);
	}
	return false;
}
