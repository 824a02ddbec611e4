/*
 * Exercise A.2: the HighAtomic reserve agrees with the pageblocks. See
 * 2-highatomic.md; grade it with `make grade CH=A`.
 */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include "highatomic.h"

/*
 * The most the reserve can hold: Linux reserves one more pageblock only
 * while the reserve is below managed / 100 + one pageblock.
 */
unsigned long highatomic_limit(const struct zone *zone)
{
	return round_up(zone->managed_pages / 100 + pageblock_nr_pages,
			pageblock_nr_pages);
}

/* The pages of the zone's pageblocks of type HighAtomic. */
static unsigned long highatomic_pages(struct zone *zone)
{
	unsigned long pfn = round_down(zone->zone_start_pfn,
				       pageblock_nr_pages);
	unsigned long pages = 0;

	for (; pfn < zone_end_pfn(zone); pfn += pageblock_nr_pages) {
		unsigned long first = max(pfn, zone->zone_start_pfn);
		struct page *page;

		if (!pfn_valid(first))
			continue;
		page = pfn_to_page(first);
		if (get_pageblock_migratetype(page) == MIGRATE_HIGHATOMIC)
			pages += pageblock_nr_pages;
	}
	return pages;
}

unsigned long mmcheck_highatomic(struct zone *zone, bool verbose)
{
	unsigned long reserved = zone->nr_reserved_highatomic;
	unsigned long pages = highatomic_pages(zone);
	unsigned long limit = highatomic_limit(zone);
	unsigned long problems = 0;

	if (reserved != pages) {
		problems++;
		if (verbose)
			pr_err("mmcheck: Node %d, zone %s: "
			       "nr_reserved_highatomic %lu but HighAtomic "
			       "pageblocks hold %lu pages\n", zone->node,
			       zone->name, reserved, pages);
	}
	if (reserved > limit) {
		problems++;
		if (verbose)
			pr_err("mmcheck: Node %d, zone %s: "
			       "nr_reserved_highatomic %lu is above its "
			       "limit %lu\n", zone->node, zone->name,
			       reserved, limit);
	}
	return problems;
}
