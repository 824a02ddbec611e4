/* mm/page_alloc.c: the page allocator, from the zonelists it walks. */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/printk.h>
#include <linux/mm_internal.h>
#include <linux/mempolicy.h>
#include <linux/sched.h>

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
	build_thisnode_zonelists(pgdat);
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

void build_thisnode_zonelists(pg_data_t *pgdat)
{
	struct zoneref *z =
		pgdat->node_zonelists[ZONELIST_NOFALLBACK]._zonerefs;

	z += build_zonerefs_node(pgdat, z);
	z->zone = NULL;
	z->zone_idx = 0;
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
	__mod_zone_freepage_state(zone, 1 << order, migratetype);
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
	return alloc_pages_current(gfp, order);
}

void __free_pages(struct page *page, unsigned int order)
{

	if (atomic_dec_return(&page->_refcount) != 0)
		return;
	if (PageHead(page)) {
		unsigned long i;

		for (i = 1; i < 1UL << order; i++)
			page[i].compound_head = 0;
	}
	free_the_page(page, order);
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

/* Chapter 8: the zone allocator's numbers. */
int numa_node_id(void)
{
	int nid = __apicid_present[0] ? __apicid_to_node[0] : 0;

	return nid >= 0 && nid < MAX_NUMNODES && NODE_DATA(nid) ? nid : 0;
}

static struct zone *first_zone_from(int nid)
{
	for (; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid))
			return NODE_DATA(nid)->node_zones;
	return NULL;
}

struct zone *first_zone(void)
{
	return first_zone_from(0);
}

struct zone *next_zone(struct zone *zone)
{
	pg_data_t *pgdat = zone->zone_pgdat;

	if (zone < pgdat->node_zones + MAX_NR_ZONES - 1)
		return zone + 1;
	return first_zone_from(pgdat->node_id + 1);
}

static long __zone_watermark_unusable_free(const struct zone *z,
					   unsigned int order,
					   unsigned int alloc_flags)
{
	long unusable_free = (1L << order) - 1;

	if (!(alloc_flags & ALLOC_RESERVES))
		unusable_free += z->nr_reserved_highatomic;
	return unusable_free;
}

bool __zone_watermark_ok(struct zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, long free_pages)
{
	long min = mark;
	unsigned int o;
	int mt;

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
	if (!order)
		return true;
	for (o = order; o < MAX_ORDER; o++) {
		struct free_area *area = &z->free_area[o];

		if (!area->nr_free)
			continue;
		for (mt = 0; mt < MIGRATE_PCPTYPES; mt++)
			if (!list_empty(&area->free_list[mt]))
				return true;
		if ((alloc_flags & (ALLOC_HIGHATOMIC | ALLOC_OOM)) &&
		    !list_empty(&area->free_list[MIGRATE_HIGHATOMIC]))
			return true;
	}
	return false;
}

bool zone_watermark_ok(struct zone *z, unsigned int order,
		       unsigned long mark, int highest_zoneidx,
		       unsigned int alloc_flags)
{
	return __zone_watermark_ok(z, order, mark, highest_zoneidx,
				   alloc_flags,
				   zone_page_state(z, NR_FREE_PAGES));
}

bool zone_watermark_ok_per_order(struct zone *z, unsigned int order,
				 unsigned long mark, int highest_zoneidx,
				 unsigned int alloc_flags, long free_pages)
{
	long min = mark;
	unsigned int o;

	free_pages -= (1L << order) - 1;
	if (alloc_flags & ALLOC_MIN_RESERVE)
		min -= min / 2;
	if (alloc_flags & ALLOC_NON_BLOCK)
		min -= min / 4;
	if (free_pages <= min + z->lowmem_reserve[highest_zoneidx])
		return false;
	for (o = 0; o < order; o++) {
		free_pages -= z->free_area[o].nr_free << o;
		min >>= 1;
		if (free_pages <= min)
			return false;
	}
	return true;
}

/* Chapter 8: the zonelist walk. */
static void prepare_alloc_pages(gfp_t gfp, unsigned int order,
				int preferred_nid, nodemask_t *nodemask,
				struct alloc_context *ac)
{
	ac->highest_zoneidx = gfp_zone(gfp);
	ac->zonelist = node_zonelist(preferred_nid, gfp);
	ac->nodemask = nodemask;
	ac->migratetype = gfp_migratetype(gfp);
	ac->preferred_zoneref = first_zones_zonelist(ac->zonelist,
			ac->highest_zoneidx, ac->nodemask);
}

static bool zone_watermark_fast(struct zone *z, unsigned int order,
				unsigned long mark, int highest_zoneidx,
				unsigned int alloc_flags)
{
	long free_pages = zone_page_state(z, NR_FREE_PAGES);

	if (!order && free_pages > (long)(mark +
					  z->lowmem_reserve[highest_zoneidx]))
		return true;
	return __zone_watermark_ok(z, order, mark, highest_zoneidx,
				   alloc_flags, free_pages);
}

static void zone_statistics(struct zone *preferred_zone, struct zone *z)
{
	int local_stat = NUMA_LOCAL;

	if (z->node != numa_node_id())
		local_stat = NUMA_OTHER;
	if (z->node == preferred_zone->node) {
		z->vm_numa_event[NUMA_HIT]++;
	} else {
		z->vm_numa_event[NUMA_MISS]++;
		preferred_zone->vm_numa_event[NUMA_FOREIGN]++;
	}
	z->vm_numa_event[local_stat]++;
}

static struct page *rmqueue_buddy(struct zone *zone, unsigned int order,
				  unsigned int alloc_flags, int migratetype)
{
	struct page *page = NULL;

	if (alloc_flags & ALLOC_HIGHATOMIC)
		page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);
	if (!page)
		page = __rmqueue(zone, order, migratetype);
	if (!page && (alloc_flags & (ALLOC_OOM | ALLOC_NON_BLOCK)))
		page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);
	if (page)
		__mod_zone_freepage_state(zone, -(1 << order), migratetype);
	return page;
}

static struct page *rmqueue(struct zone *preferred_zone, struct zone *zone,
			    unsigned int order, unsigned int alloc_flags,
			    int migratetype)
{
	struct page *page = NULL;

	if (pcp_allowed_order(order))
		page = __rmqueue_pcplist(zone, order, migratetype,
			&zone->per_cpu_pageset[smp_processor_id()]);
	if (!page)
		page = rmqueue_buddy(zone, order, alloc_flags, migratetype);
	if (page)
		zone_statistics(preferred_zone, zone);
	return page;
}

static void prep_new_page(struct page *page, unsigned int order, gfp_t gfp)
{
	if (order && (gfp & __GFP_COMP))
		prep_compound_page(page, order);
	else
		ClearPageHead(page);
	page->private = 0;
	atomic_set(&page->_refcount, 1);
	if (gfp & __GFP_ZERO)
		memset(page_address(page), 0, PAGE_SIZE << order);
}

static struct page *get_page_from_freelist(gfp_t gfp, unsigned int order,
					   unsigned int alloc_flags,
					   const struct alloc_context *ac)
{
	struct zoneref *z = ac->preferred_zoneref;
	struct zone *zone;

	for_next_zone_zonelist_nodemask(zone, z, ac->highest_zoneidx,
					ac->nodemask) {
		unsigned long mark = wmark_pages(zone,
					alloc_flags & ALLOC_WMARK_MASK);
		struct page *page;

		if (!(alloc_flags & ALLOC_NO_WATERMARKS) &&
		    !zone_watermark_fast(zone, order, mark,
					 ac->highest_zoneidx, alloc_flags))
			continue;
		page = rmqueue(ac->preferred_zoneref->zone, zone, order,
			       alloc_flags, ac->migratetype);

		if (page) {
			prep_new_page(page, order, gfp);
			return page;
		}
	}
	return NULL;
}

/* Chapter 8: how far below the watermarks a request may go. */
unsigned int gfp_to_alloc_flags(gfp_t gfp, unsigned int order)
{
	unsigned int alloc_flags = ALLOC_WMARK_MIN | ALLOC_CPUSET;

	if (gfp & __GFP_HIGH)
		alloc_flags |= ALLOC_MIN_RESERVE;
	if (!(gfp & __GFP_DIRECT_RECLAIM)) {
		if (!(gfp & __GFP_NOMEMALLOC)) {
			alloc_flags |= ALLOC_NON_BLOCK;
			if (order > 0 && (alloc_flags & ALLOC_MIN_RESERVE))
				alloc_flags |= ALLOC_HIGHATOMIC;
		}
		if (alloc_flags & ALLOC_MIN_RESERVE)
			alloc_flags &= ~ALLOC_CPUSET;
	}
	return alloc_flags;
}

unsigned int __gfp_pfmemalloc_flags(gfp_t gfp)
{
	if (gfp & __GFP_NOMEMALLOC)
		return 0;
	if (gfp & __GFP_MEMALLOC)
		return ALLOC_NO_WATERMARKS;
	return 0;
}

static struct page *__alloc_pages_slowpath(gfp_t gfp, unsigned int order,
					   struct alloc_context *ac);

struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   nodemask_t *nodemask)
{
	struct alloc_context ac;
	struct page *page;


	if (order >= MAX_ORDER) {
		if (!(gfp & __GFP_NOWARN))
			pr_warn("__alloc_pages: order %u is too large\n",
				order);
		return NULL;
	}
	prepare_alloc_pages(gfp, order, preferred_nid, nodemask, &ac);
	page = get_page_from_freelist(gfp, order, ALLOC_WMARK_LOW, &ac);
	if (!page)
		page = __alloc_pages_slowpath(gfp, order, &ac);
	return page;
}

void free_the_page(struct page *page, unsigned int order)
{
	if (pcp_allowed_order(order))
		free_unref_page(page, order);
	else
		__free_one_page(page, page_to_pfn(page), page_zone(page),
				order, get_pageblock_migratetype(page));
}

static struct page *__alloc_pages_slowpath(gfp_t gfp, unsigned int order,
					   struct alloc_context *ac)
{
	unsigned int alloc_flags = gfp_to_alloc_flags(gfp, order);
	unsigned int reserve_flags;
	struct page *page;

	ac->preferred_zoneref = first_zones_zonelist(ac->zonelist,
			ac->highest_zoneidx, ac->nodemask);
	if (!ac->preferred_zoneref->zone)
		goto nopage;
	page = get_page_from_freelist(gfp, order, alloc_flags, ac);
	if (page)
		return page;
	reserve_flags = __gfp_pfmemalloc_flags(gfp);
	if (reserve_flags)
		alloc_flags = reserve_flags;

	drain_all_pages(NULL);
	page = get_page_from_freelist(gfp, order, alloc_flags, ac);
	if (page)
		return page;
nopage:
	warn_alloc(gfp, ac->nodemask, order);
	return NULL;
}

void warn_alloc(gfp_t gfp, const nodemask_t *nodemask, unsigned int order)
{
	char nodes[64];

	if (gfp & __GFP_NOWARN)
		return;
	if (nodemask)
		nodelist_scnprintf(nodes, sizeof(nodes), nodemask);
	pr_warn("%s: page allocation failure: order:%u, mode:0x%x(%pGg), "
		"nodemask=%s\n", current->comm, order, gfp, &gfp,
		nodemask ? nodes : "(null)");
	show_mem(gfp, nodemask);
}

void prep_compound_page(struct page *page, unsigned int order)
{
	unsigned long i;

	SetPageHead(page);
	for (i = 1; i < 1UL << order; i++)
		page[i].compound_head = (unsigned long)page + 1;
	page[1].compound_order = order;
}
