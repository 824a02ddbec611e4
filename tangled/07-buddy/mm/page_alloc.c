/* mm/page_alloc.c: the page allocator, from the zonelists it walks. */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/printk.h>

const char *const zone_names[MAX_NR_ZONES] = {
	"DMA", "DMA32", "Normal", "Movable", "Device"
};

int build_node_order(int nid, int *order)
{
	int n = 0, k, best;
	bool used[MAX_NUMNODES] = { false };

	for (;;) {
		best = -1;
		for (k = 0; k < MAX_NUMNODES; k++) {
			if (!NODE_DATA(k) || used[k])
				continue;
			if (best < 0 || (k == nid && best != nid) ||
			    (best != nid &&
			     node_distance(nid, k) < node_distance(nid, best)))
				best = k;
		}
		if (best < 0)
			return n;
		used[best] = true;
		order[n++] = best;
	}
}

static int build_zonerefs_node(pg_data_t *pgdat, struct zoneref *zonerefs)
{
	int j, nr = 0;

	for (j = MAX_NR_ZONES - 1; j >= 0; j--) {
		if (!populated_zone(&pgdat->node_zones[j]))
			continue;
		zonerefs[nr].zone = &pgdat->node_zones[j];
		zonerefs[nr].zone_idx = j;
		nr++;
	}
	return nr;
}

static void build_zonelists(pg_data_t *pgdat)
{
	struct zoneref *z = pgdat->node_zonelists[0]._zonerefs;
	int order[MAX_NUMNODES], n = build_node_order(pgdat->node_id, order);
	char line[256];
	int i, len;

	len = scnprintf(line, sizeof(line), "Fallback order for Node %d: ",
			pgdat->node_id);
	for (i = 0; i < n; i++) {
		len += scnprintf(line + len, sizeof(line) - len, "%d ",
				 order[i]);
		z += build_zonerefs_node(NODE_DATA(order[i]), z);
	}
	z->zone = NULL;
	z->zone_idx = 0;

	pr_info("%s\n", line);
}

int policy_zone;

void build_all_zonelists(void)
{
	unsigned long total = 0;
	int nid, j, nr = 0;

	policy_zone = ZONE_DMA;
	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		if (!NODE_DATA(nid))
			continue;
		build_zonelists(NODE_DATA(nid));
		nr++;
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *zone = &NODE_DATA(nid)->node_zones[j];

			total += zone->managed_pages;
			if (j < ZONE_MOVABLE && populated_zone(zone))
				policy_zone = max(policy_zone, j);
		}
	}
	pr_info("Built %d zonelists, mobility grouping on.  Total pages: %lu"
		"\n", nr, total);
	pr_info("Policy zone: %s\n", zone_names[policy_zone]);
}

/* Chapter 7: the buddy allocator. */
const char *const migratetype_names[MIGRATE_TYPES] = {
	"Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate",
};

static unsigned long pageblock_index(const struct zone *zone,
				     unsigned long pfn)
{
	return (pfn - round_down(zone->zone_start_pfn, pageblock_nr_pages))
		>> pageblock_order;
}

int get_pageblock_migratetype(const struct page *page)
{
	const struct zone *zone = page_zone(page);

	return zone->pageblock_flags[pageblock_index(zone,
						     page_to_pfn(page))];
}

void set_pageblock_migratetype(struct page *page, int migratetype)
{
	struct zone *zone = page_zone(page);

	zone->pageblock_flags[pageblock_index(zone, page_to_pfn(page))] =
		migratetype;
}

static void expand(struct zone *zone, struct page *page, unsigned int low,
		   unsigned int high, int migratetype)
{
	unsigned long size = 1UL << high;

	while (high > low) {
		high--;
		size >>= 1;
		add_to_free_list(&page[size], zone, high, migratetype);
	}
}

struct page *__rmqueue_smallest(struct zone *zone, unsigned int order,
				int migratetype)
{
	unsigned int o;

	for (o = order; o < MAX_ORDER; o++) {
		struct list_head *list = &zone->free_area[o].free_list[
			migratetype];
		struct page *page;

		if (list_empty(list))
			continue;
		page = list_entry(list->next, struct page, lru);
		del_page_from_free_list(page, zone, o);
		expand(zone, page, order, o, migratetype);
		return page;
	}
	return NULL;
}

static bool page_is_buddy(const struct page *page, unsigned long buddy_pfn,
			  unsigned int order)
{
	const struct page *buddy;

	if (!pfn_valid(buddy_pfn))
		return false;
	buddy = pfn_to_page(buddy_pfn);
	return PageBuddy(buddy) && buddy_order(buddy) == order &&
	       page_zonenum(buddy) == page_zonenum(page) &&
	       page_to_nid(buddy) == page_to_nid(page);
}

void __free_one_page(struct page *page, unsigned long pfn,
		     struct zone *zone, unsigned int order, int migratetype)
{

	while (order < MAX_ORDER - 1) {
		unsigned long buddy_pfn = __find_buddy_pfn(pfn, order);
		unsigned long combined_pfn = buddy_pfn & pfn;

		if (!page_is_buddy(page, buddy_pfn, order))
			break;
		del_page_from_free_list(pfn_to_page(buddy_pfn), zone, order);
		page = pfn_to_page(combined_pfn);
		pfn = combined_pfn;
		order++;
	}
	add_to_free_list(page, zone, order, migratetype);
}

static const int fallbacks[MIGRATE_TYPES][2] = {
	[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE },
	[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE },
	[MIGRATE_RECLAIMABLE] = { MIGRATE_UNMOVABLE, MIGRATE_MOVABLE },
};

int fallbacks_of(int migratetype, int i)
{
	return fallbacks[migratetype][i];
}

static unsigned long move_freepages_block(struct zone *zone,
					  struct page *page, int migratetype)
{
	unsigned long pfn = round_down(page_to_pfn(page), pageblock_nr_pages);
	unsigned long end = pfn + pageblock_nr_pages, moved = 0;

	pfn = max(pfn, zone->zone_start_pfn);
	end = min(end, zone_end_pfn(zone));
	while (pfn < end) {
		struct page *p = pfn_valid(pfn) ? pfn_to_page(pfn) : NULL;
		unsigned int order;

		if (!p || !PageBuddy(p) || page_zone(p) != zone) {
			pfn++;
			continue;
		}
		order = buddy_order(p);
		list_del(&p->lru);
		list_add(&p->lru, &zone->free_area[order].free_list[
			migratetype]);
		moved += 1UL << order;
		pfn += 1UL << order;
	}
	return moved;
}

static void steal_suitable_fallback(struct zone *zone, struct page *page,
				    unsigned int order, int start_type,
				    bool whole_block)
{
	unsigned long i;

	if (order >= pageblock_order) {
		for (i = 0; i < (1UL << order); i += pageblock_nr_pages)
			set_pageblock_migratetype(page + i, start_type);
	}
	if (!whole_block) {
		list_del(&page->lru);
		list_add(&page->lru, &zone->free_area[order].free_list[
			start_type]);
		return;
	}
	if (move_freepages_block(zone, page, start_type) >=
	    pageblock_nr_pages / 2)
		set_pageblock_migratetype(page, start_type);
}

static bool can_steal_fallback(unsigned int order, int start_type)
{
	return order >= pageblock_order / 2 ||
	       start_type == MIGRATE_RECLAIMABLE ||
	       start_type == MIGRATE_UNMOVABLE;
}

static bool __rmqueue_fallback(struct zone *zone, unsigned int order,
			       int start_type)
{
	int o, i;

	if (start_type >= MIGRATE_PCPTYPES)
		return false;
	for (o = MAX_ORDER - 1; o >= (int)order; o--) {
		for (i = 0; i < 2; i++) {
			struct list_head *list = &zone->free_area[o].free_list[
				fallbacks[start_type][i]];

			if (list_empty(list))
				continue;
			steal_suitable_fallback(zone,
				list_entry(list->next, struct page, lru), o,
				start_type, can_steal_fallback(o, start_type));
			return true;
		}
	}
	return false;
}

struct page *__rmqueue(struct zone *zone, unsigned int order,
		       int migratetype)
{
	struct page *page;

	do {
		page = __rmqueue_smallest(zone, order, migratetype);
	} while (!page && __rmqueue_fallback(zone, order, migratetype));
	return page;
}

struct page *alloc_pages(gfp_t gfp, unsigned int order)
{
	struct zoneref *z = NODE_DATA(0)->node_zonelists[0]._zonerefs;

	if (order >= MAX_ORDER)
		return NULL;
	for (; z->zone; z++) {
		struct page *page = __rmqueue(z->zone, order,
					      gfp_migratetype(gfp));

		if (page) {
			atomic_set(&page->_refcount, 1);
			return page;
		}
	}
	pr_warn("swapper/0: page allocation failure: order:%u, mode:0x%x, "
		"%lu pages free\n", order, gfp, nr_free_pages());
	return NULL;
}

void __free_pages(struct page *page, unsigned int order)
{

	if (atomic_dec_return(&page->_refcount) != 0)
		return;

	__free_one_page(page, page_to_pfn(page), page_zone(page), order,
			get_pageblock_migratetype(page));
}

unsigned long zone_free_pages(const struct zone *zone)
{
	unsigned long n = 0;
	int o;

	for (o = 0; o < MAX_ORDER; o++)
		n += zone->free_area[o].nr_free << o;
	return n;
}

unsigned long nr_free_pages(void)
{
	unsigned long n = 0;
	int nid, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			n += zone_free_pages(&NODE_DATA(nid)->node_zones[j]);
	return n;
}
