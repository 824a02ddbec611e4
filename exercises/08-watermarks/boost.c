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
	(void)zone;
	return false;
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
	(void)zone;
	(void)current_order;
	(void)old_block_type;
	(void)alloc_flags;
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

	/* Chapter 8's version: make it Linux 6.1's. */
	(void)gfp_mask;
	if (!order && free_pages > (long)(mark +
					  z->lowmem_reserve[highest_zoneidx]))
		return true;
	return __zone_watermark_ok(z, order, mark, highest_zoneidx,
				   alloc_flags, free_pages);
}
