/*
 * Exercise 8.1: watermark boosting. boost_watermark() raises a zone's
 * watermarks after a fallback has mixed migratetypes in a pageblock,
 * fallback_boost() is the part of steal_suitable_fallback() that calls
 * it, and zone_watermark_fast() checks a request against the raised
 * marks, as Linux 6.1 does.
 */
#ifndef EXERCISE_BOOST_H
#define EXERCISE_BOOST_H
#include <stdbool.h>

#define EX_NR_ZONES		4
#define pageblock_order		9
#define pageblock_nr_pages	(1UL << pageblock_order)

/* The migratetypes of a pageblock, as in chapter 7. */
#define MIGRATE_UNMOVABLE	0
#define MIGRATE_MOVABLE		1
#define MIGRATE_RECLAIMABLE	2
#define MIGRATE_HIGHATOMIC	3

/* Two bits of the GFP mask, as in chapter 8. */
typedef unsigned int gfp_t;
#define __GFP_HIGH		((gfp_t)0x20u)
#define __GFP_ATOMIC		((gfp_t)0x200u)

/* The allocation flags, as in chapter 8. */
enum zone_watermarks { WMARK_MIN, WMARK_LOW, WMARK_HIGH, NR_WMARK };
#define ALLOC_WMARK_MIN		WMARK_MIN
#define ALLOC_WMARK_LOW		WMARK_LOW
#define ALLOC_WMARK_HIGH	WMARK_HIGH
#define ALLOC_NO_WATERMARKS	0x04
#define ALLOC_WMARK_MASK	(ALLOC_NO_WATERMARKS - 1)
#define ALLOC_OOM		0x08
#define ALLOC_NON_BLOCK		0x10
#define ALLOC_MIN_RESERVE	0x20
#define ALLOC_HIGHATOMIC	0x200
#define ALLOC_KSWAPD		0x800
#define ALLOC_RESERVES		(ALLOC_NON_BLOCK | ALLOC_MIN_RESERVE | \
				 ALLOC_HIGHATOMIC | ALLOC_OOM)

/* A bit of zone->flags: kswapd must be woken for the boost. */
#define ZONE_BOOSTED_WATERMARK	0x1UL

/* A zone, reduced to what the watermark checks read. */
struct ex_zone {
	unsigned long managed_pages;
	unsigned long _watermark[NR_WMARK];
	unsigned long watermark_boost;
	unsigned long flags;
	long free_pages;			/* NR_FREE_PAGES */
	unsigned long nr_reserved_highatomic;
	long lowmem_reserve[EX_NR_ZONES];
	int largest_free_order;		/* of a usable block; -1: none */
};

/* vm.watermark_boost_factor, in ten-thousandths of the high watermark. */
extern int watermark_boost_factor;

/* The mark Linux checks: the stored one plus the boost. */
static inline unsigned long wmark_pages(const struct ex_zone *z, int i)
{
	return z->_watermark[i] + z->watermark_boost;
}

/* x * n / d without overflowing x * n, as chapter 8's mult_frac. */
static inline unsigned long mult_frac(unsigned long x, unsigned long n,
				      unsigned long d)
{
	return x / d * n + x % d * n / d;
}

/* Chapter 8's pages a request cannot count. */
static inline long __zone_watermark_unusable_free(const struct ex_zone *z,
						  unsigned int order,
						  unsigned int alloc_flags)
{
	long unusable_free = (1L << order) - 1;

	if (!(alloc_flags & ALLOC_RESERVES))
		unusable_free += z->nr_reserved_highatomic;
	return unusable_free;
}

/*
 * Chapter 8's __zone_watermark_ok, with the search for a block reduced
 * to largest_free_order.
 */
static inline bool __zone_watermark_ok(const struct ex_zone *z,
				       unsigned int order, unsigned long mark,
				       int highest_zoneidx,
				       unsigned int alloc_flags,
				       long free_pages)
{
	long min = mark;

	free_pages -= __zone_watermark_unusable_free(z, order, alloc_flags);
	if (alloc_flags & ALLOC_MIN_RESERVE) {
		min -= min / 2;
		if (alloc_flags & ALLOC_NON_BLOCK)
			min -= min / 4;
	}
	if (alloc_flags & ALLOC_OOM)
		min -= min / 2;
	if (free_pages <= min + z->lowmem_reserve[highest_zoneidx])
		return false;
	return !order || z->largest_free_order >= (int)order;
}

bool boost_watermark(struct ex_zone *zone);
void fallback_boost(struct ex_zone *zone, unsigned int current_order,
		    int old_block_type, unsigned int alloc_flags);
bool zone_watermark_fast(const struct ex_zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, gfp_t gfp_mask);

#endif
