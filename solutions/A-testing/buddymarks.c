/*
 * Exercise A.1: every PageBuddy mark heads a listed free block. See
 * 1-buddymarks.md; grade it with `make grade CH=A`.
 */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/string.h>
#include "buddymarks.h"

#define LONG_BITS	(8 * sizeof(long))

/* One bit per page frame of the zone: a listed block begins here. */
static unsigned long listed[BUDDYMARKS_MAX_SPAN / LONG_BITS];

static bool test_listed(unsigned long i)
{
	return listed[i / LONG_BITS] & (1UL << (i % LONG_BITS));
}

static void mark_listed(struct zone *zone)
{
	unsigned int o;
	int t;

	memset(listed, 0, sizeof(listed));
	for (o = 0; o < MAX_ORDER; o++)
		for (t = 0; t < MIGRATE_TYPES; t++) {
			struct list_head *head =
				&zone->free_area[o].free_list[t], *pos;

			for (pos = head->next; pos != head; pos = pos->next) {
				struct page *page =
					list_entry(pos, struct page, lru);
				unsigned long i = page_to_pfn(page) -
						  zone->zone_start_pfn;

				if (i < BUDDYMARKS_MAX_SPAN)
					listed[i / LONG_BITS] |=
						1UL << (i % LONG_BITS);
			}
		}
}

/* A page of this zone marked PageBuddy, or NULL. */
static struct page *buddy_page(struct zone *zone, unsigned long pfn)
{
	struct page *page;

	if (!pfn_valid(pfn))
		return NULL;
	page = pfn_to_page(pfn);
	if (page_zone(page) != zone || !PageBuddy(page))
		return NULL;
	return page;
}

unsigned long mmcheck_buddy_marks(struct zone *zone, bool verbose)
{
	unsigned long pfn = zone->zone_start_pfn, end = zone_end_pfn(zone);
	unsigned long problems = 0, i;
	struct page *page;
	unsigned int order;

	if (zone->spanned_pages > BUDDYMARKS_MAX_SPAN)
		return 0;
	mark_listed(zone);
	while (pfn < end) {
		page = buddy_page(zone, pfn);
		if (!page) {
			pfn++;
			continue;
		}
		order = buddy_order(page);
		if (!test_listed(pfn - zone->zone_start_pfn)) {
			problems++;
			if (verbose)
				pr_err("mmcheck: Node %d, zone %s: pfn 0x%lx "
				       "is PageBuddy of order %u but on no "
				       "free list\n", zone->node, zone->name,
				       pfn, order);
			pfn++;
			continue;
		}
		for (i = pfn + 1; i < pfn + (1UL << order) && i < end; i++) {
			if (!buddy_page(zone, i))
				continue;
			problems++;
			if (verbose)
				pr_err("mmcheck: Node %d, zone %s: pfn 0x%lx "
				       "is PageBuddy inside the free block "
				       "0x%lx order %u\n", zone->node,
				       zone->name, i, pfn, order);
		}
		pfn += 1UL << order;
	}
	return problems;
}
