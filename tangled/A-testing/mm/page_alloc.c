/* mm/page_alloc.c: zones in nodes, their sizes, and their order. */
#include <asm/sections.h>
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/cmdline_option.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/sizes.h>
#include <linux/string.h>

pg_data_t *node_data[MAX_NUMNODES];
const char *const zone_names[MAX_NR_ZONES] = {
	"DMA", "DMA32", "Normal", "Movable"
};
unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
unsigned long zone_movable_pfn[MAX_NUMNODES];

#define MAX_DMA_PFN	((unsigned long)SZ_16M >> PAGE_SHIFT)
#define MAX_DMA32_PFN	((unsigned long)SZ_4G >> PAGE_SHIFT)

static void zone_boundaries(void)
{
	unsigned long max_zone_pfn[MAX_NR_ZONES] = { 0 };
	unsigned long start_pfn = PFN_DOWN(memblock_start_of_DRAM());
	int i;

	max_low_pfn = max_pfn;
	max_zone_pfn[ZONE_DMA] = min(MAX_DMA_PFN, max_low_pfn);
	max_zone_pfn[ZONE_DMA32] = min(MAX_DMA32_PFN, max_low_pfn);
	max_zone_pfn[ZONE_NORMAL] = max_low_pfn;
	for (i = 0; i < ZONE_MOVABLE; i++) {
		unsigned long end = max(max_zone_pfn[i], start_pfn);

		arch_zone_lowest_possible_pfn[i] = start_pfn;
		arch_zone_highest_possible_pfn[i] = end;
		start_pfn = end;
	}
	arch_zone_lowest_possible_pfn[ZONE_MOVABLE] = 0;
	arch_zone_highest_possible_pfn[ZONE_MOVABLE] = 0;
}

static void print_zone_ranges(void)
{
	int i;

	pr_info("Zone ranges:\n");
	for (i = 0; i < ZONE_MOVABLE; i++) {
		unsigned long lo = arch_zone_lowest_possible_pfn[i];
		unsigned long hi = arch_zone_highest_possible_pfn[i];

		if (lo == hi)
			pr_info("  %-8s empty\n", zone_names[i]);
		else
			pr_info("  %-8s [mem 0x%016lx-0x%016lx]\n",
				zone_names[i], PFN_PHYS(lo), PFN_PHYS(hi) - 1);
	}
}

void get_pfn_range_for_nid(int nid, unsigned long *start,
			   unsigned long *end)
{
	unsigned long i;

	*start = ~0UL;
	*end = 0;
	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		if (r->nid != nid)
			continue;
		*start = min(*start, PFN_DOWN(r->base));
		*end = max(*end, PFN_DOWN(r->base + r->size));
	}
	if (*start == ~0UL)
		*start = 0;
}

unsigned long __absent_pages_in_range(int nid, unsigned long start,
				      unsigned long end)
{
	unsigned long present = 0, i;

	for (i = 0; i < memblock.memory.cnt && start < end; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];
		unsigned long s = max(PFN_DOWN(r->base), start);
		unsigned long e = min(PFN_DOWN(r->base + r->size), end);

		if ((nid == MAX_NUMNODES || r->nid == nid) && s < e)
			present += e - s;
	}
	return start < end ? end - start - present : 0;
}

int movable_zone;	/* the zone ZONE_MOVABLE is taken from */

static unsigned long clamp_pfn(unsigned long x, unsigned long lo,
			       unsigned long hi)
{
	return min(max(x, lo), hi);
}

unsigned long zone_spanned_pages_in_node(int nid, int zt,
					 unsigned long node_start,
					 unsigned long node_end,
					 unsigned long *zs, unsigned long *ze)
{
	unsigned long movable = zone_movable_pfn[nid];

	*zs = clamp_pfn(node_start, arch_zone_lowest_possible_pfn[zt],
			arch_zone_highest_possible_pfn[zt]);
	*ze = clamp_pfn(node_end, arch_zone_lowest_possible_pfn[zt],
			arch_zone_highest_possible_pfn[zt]);
	if (movable && zt == ZONE_MOVABLE) {
		*zs = movable;
		*ze = min(node_end,
			  arch_zone_highest_possible_pfn[movable_zone]);
	} else if (movable && *zs < movable && *ze > movable) {
		*ze = movable;
	} else if (movable && *zs >= movable) {
		*zs = *ze;
	}
	if (*ze < node_start || *zs > node_end || *zs >= *ze)
		return 0;
	return *ze - *zs;
}

static void free_area_init_node(int nid)
{
	pg_data_t *pgdat = NODE_DATA(nid);
	unsigned long start, end, zs, ze;
	int j;

	get_pfn_range_for_nid(nid, &start, &end);
	pgdat->node_start_pfn = start;
	pgdat->node_spanned_pages = end - start;
	pr_info("Initmem setup node %d [mem 0x%016lx-0x%016lx]\n", nid,
		PFN_PHYS(start), end ? PFN_PHYS(end) - 1 : 0);
	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = &pgdat->node_zones[j];
		unsigned long spanned = zone_spanned_pages_in_node(nid, j,
							start, end, &zs, &ze);

		zone->zone_pgdat = pgdat;
		zone->name = zone_names[j];
		zone->node = nid;
		zone->zone_start_pfn = spanned ? zs : 0;
		zone->spanned_pages = spanned;
		zone->present_pages = spanned ?
			spanned - __absent_pages_in_range(nid, zs, ze) : 0;
		pgdat->node_present_pages += zone->present_pages;
		if (zone->present_pages)
			pgdat->nr_zones = j + 1;
	}
}

#define MAX_ORDER_NR_PAGES	1024

static unsigned long cmdline_pages(const char *option)
{
	char buf[32];

	if (cmdline_find_option(boot_command_line, option, buf,
				sizeof(buf)) <= 0)
		return 0;
	return memparse(buf, NULL) >> PAGE_SHIFT;
}

static unsigned long required_kernel_pages(void)
{
	unsigned long kernelcore = cmdline_pages("kernelcore");
	unsigned long movablecore = cmdline_pages("movablecore");
	unsigned long total = memblock_phys_mem_size() >> PAGE_SHIFT;

	if (movablecore) {
		movablecore = min(round_up(movablecore, MAX_ORDER_NR_PAGES),
				  total);
		kernelcore = max(kernelcore, total - movablecore);
	}
	return kernelcore < total ? kernelcore : 0;
}

static unsigned long spread_kernelcore_node(int nid, unsigned long share,
					    unsigned long usable_start)
{
	unsigned long i, taken = 0;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];
		unsigned long start = max(PFN_DOWN(r->base),
					  zone_movable_pfn[nid]);
		unsigned long end = PFN_DOWN(r->base + r->size), size;

		if (r->nid != nid || start >= end)
			continue;
		if (start < usable_start) {
			unsigned long below = min(end, usable_start) - start;

			taken += below;
			share -= min(below, share);
			if (end <= usable_start) {
				zone_movable_pfn[nid] = end;
				continue;
			}
			start = usable_start;
		}
		size = min(end - start, share);
		zone_movable_pfn[nid] = start + size;
		taken += size;
		share -= size;
		if (!share)
			break;
	}
	return taken;
}

void find_zone_movable_pfns_for_nodes(void)
{
	unsigned long required = required_kernel_pages(), start, end, share;
	unsigned long usable = arch_zone_lowest_possible_pfn[movable_zone];
	int nid, usable_nodes = nr_online_nodes;

	if (!required)
		return;
	do {
		share = required / usable_nodes;
		for (nid = 0; nid < nr_online_nodes; nid++) {
			unsigned long taken;

			if (required < share)
				share = required / usable_nodes;
			taken = spread_kernelcore_node(nid, share, usable);
			required -= min(taken, required);
		}
	} while (--usable_nodes && required > (unsigned long)usable_nodes);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		zone_movable_pfn[nid] = round_up(zone_movable_pfn[nid],
						 MAX_ORDER_NR_PAGES);
		get_pfn_range_for_nid(nid, &start, &end);
		if (zone_movable_pfn[nid] >= end)
			zone_movable_pfn[nid] = 0;
	}
}

static int find_usable_zone_for_movable(void)
{
	int z;

	for (z = ZONE_MOVABLE - 1; z > 0; z--)
		if (arch_zone_lowest_possible_pfn[z] !=
		    arch_zone_highest_possible_pfn[z])
			break;
	return z;
}

void free_area_init(void)
{
	unsigned long i;
	int nid;

	zone_boundaries();
	print_zone_ranges();
	movable_zone = find_usable_zone_for_movable();
	memset(zone_movable_pfn, 0, sizeof(zone_movable_pfn));
	find_zone_movable_pfns_for_nodes();
	pr_info("Movable zone start for each node\n");
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (zone_movable_pfn[nid])
			pr_info("  Node %d: 0x%016lx\n", nid,
				PFN_PHYS(zone_movable_pfn[nid]));
	pr_info("Early memory node ranges\n");
	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		pr_info("  node %3d: [mem 0x%016lx-0x%016lx]\n", r->nid,
			r->base, r->base + r->size - 1);
	}
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid))
			free_area_init_node(nid);
}

static void init_unavailable_range(unsigned long spfn, unsigned long epfn,
				   int zone, int nid)
{
	unsigned long pfn, pgcnt = 0;

	for (pfn = spfn; pfn < epfn; pfn++) {
		if (!pfn_valid(pfn))
			continue;
		set_page_links(pfn_to_page(pfn), zone, nid, pfn);
		pgcnt++;
	}
	if (pgcnt)
		pr_info("On node %d, zone %s: %lu pages in unavailable "
			"ranges\n", nid, zone_names[zone], pgcnt);
}

static void memmap_init_zone_range(struct zone *zone, unsigned long start,
				   unsigned long end, unsigned long *hole)
{
	unsigned long s = clamp_pfn(start, zone->zone_start_pfn,
				    zone_end_pfn(zone));
	unsigned long e = clamp_pfn(end, zone->zone_start_pfn,
				    zone_end_pfn(zone));
	int zid = zone - zone->zone_pgdat->node_zones;
	unsigned long pfn;

	if (s >= e)
		return;
	for (pfn = s; pfn < e; pfn++)
		set_page_links(pfn_to_page(pfn), zid, zone->node, pfn);
	if (*hole < s)
		init_unavailable_range(*hole, s, zid, zone->node);
	*hole = e;
}

static void count_managed_pages(struct zone *zone)
{
	unsigned long pfn;

	zone->managed_pages = 0;
	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone); pfn++) {
		struct page *page;

		if (!pfn_valid(pfn))
			continue;
		page = pfn_to_page(pfn);
		if (!PageReserved(page) && page_to_nid(page) == zone->node)
			zone->managed_pages++;
	}
}

void memmap_init_zones(void)
{
	unsigned long i, hole = 0, end = 0;
	int j, zid = 0, nid = 0;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];
		pg_data_t *pgdat = NODE_DATA(r->nid);

		end = PFN_DOWN(r->base + r->size);
		for (j = 0; j < MAX_NR_ZONES; j++) {
			if (!populated_zone(&pgdat->node_zones[j]))
				continue;
			memmap_init_zone_range(&pgdat->node_zones[j],
					       PFN_DOWN(r->base), end, &hole);
			zid = j;
			nid = r->nid;
		}
	}
	end = round_up(end, PAGES_PER_SECTION);
	if (hole < end)
		init_unavailable_range(hole, end, zid, nid);
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			count_managed_pages(&NODE_DATA(nid)->node_zones[j]);
}

static int build_node_order(int nid, int *order)
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

void mem_init_print_info(void)
{
	unsigned long present = 0, managed = 0;
	int nid, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++) {
			present += NODE_DATA(nid)->node_zones[j].present_pages;
			managed += NODE_DATA(nid)->node_zones[j].managed_pages;
		}
	}
	pr_info("Memory: %luK/%luK available (%luK kernel code, %luK rwdata, "
		"%luK bss, %luK reserved)\n", managed << (PAGE_SHIFT - 10),
		present << (PAGE_SHIFT - 10),
		(unsigned long)(_etext - _text) >> 10,
		(unsigned long)(_edata - _etext) >> 10,
		(unsigned long)(_end - _edata) >> 10,
		(present - managed) << (PAGE_SHIFT - 10));
}

/* Chapter 7: the buddy allocator. */
#include <linux/gfp.h>
#include <linux/printk.h>

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

static void setup_usemap(struct zone *zone)
{
	unsigned long start = round_down(zone->zone_start_pfn,
					 pageblock_nr_pages);
	unsigned long n = (zone_end_pfn(zone) - start +
			   pageblock_nr_pages - 1) >> pageblock_order;
	int o, t;

	for (o = 0; o < MAX_ORDER; o++) {
		for (t = 0; t < MIGRATE_TYPES; t++)
			INIT_LIST_HEAD(&zone->free_area[o].free_list[t]);
		zone->free_area[o].nr_free = 0;
	}
	zone->pageblock_flags = NULL;
	if (!populated_zone(zone))
		return;
	zone->pageblock_flags = memblock_alloc(n, 8);
	if (!zone->pageblock_flags)
		panic("setup_usemap: no memory for %lu pageblocks", n);
	memset(zone->pageblock_flags, MIGRATE_MOVABLE, n);
}

void zones_init_free_areas(void)
{
	int nid, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			setup_usemap(&NODE_DATA(nid)->node_zones[j]);
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
	page_alloc_caller = _RET_IP_;
	if (free_page_pointer_bad(page) || free_page_refcount_bad(page))
		return;
	if (atomic_dec_return(&page->_refcount) != 0)
		return;
	if (!free_pages_prepare(page, order))
		return;
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

static void __free_pages_memory(unsigned long start, unsigned long end)
{
	while (start < end) {
		unsigned int order = start ? __builtin_ctzl(start) : 63;
		struct page *page = pfn_to_page(start);

		order = min(order, (unsigned int)MAX_ORDER - 1);
		while (start + (1UL << order) > end ||
		       page_zone(pfn_to_page(start + (1UL << order) - 1)) !=
		       page_zone(page))
			order--;
		page_zone(page)->managed_pages += 1UL << order;
		atomic_set(&page->_refcount, 1);
		free_pages_core_prepare(page, order);
		__free_pages(page, order);
		start += 1UL << order;
	}
}

void memblock_free_all(void)
{
	phys_addr_t start, end;
	int nid, j;
	u64 i;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			NODE_DATA(nid)->node_zones[j].managed_pages = 0;
	for_each_free_mem_range(i, NUMA_NO_NODE, &start, &end)
		__free_pages_memory(PFN_UP(start), PFN_DOWN(end));
	pr_info("buddy: %lu pages free\n", nr_free_pages());
}

/* Chapter 8: the zone allocator's numbers. */
#include <linux/int_sqrt.h>
#include <linux/mm_internal.h>

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

int min_free_kbytes = 1024;
int user_min_free_kbytes = -1;

int calculate_min_free_kbytes(void)
{
	unsigned long lowmem_kbytes = nr_free_buffer_pages() *
				      (PAGE_SIZE >> 10);
	int new_min_free_kbytes = int_sqrt(lowmem_kbytes * 16);

	if (new_min_free_kbytes > user_min_free_kbytes)
		min_free_kbytes = min(max(new_min_free_kbytes, 128), 262144);
	else
		pr_warn("min_free_kbytes is not updated to %d because user "
			"defined value %d is preferred\n", new_min_free_kbytes,
			user_min_free_kbytes);
	return min_free_kbytes;
}

static unsigned long nr_free_zone_pages(int offset)
{
	unsigned long sum = 0;
	struct zone *zone;

	for_each_zone(zone) {
		unsigned long size = zone->managed_pages;
		unsigned long high = high_wmark_pages(zone);

		if (zone_idx(zone) <= offset && size > high)
			sum += size - high;
	}
	return sum;
}

unsigned long nr_free_buffer_pages(void)
{
	return nr_free_zone_pages(gfp_zone(GFP_USER));
}

void set_recommended_min_free_kbytes(void)
{
	unsigned long recommended_min;
	struct zone *zone;
	int nr_zones = 0;

	for_each_populated_zone(zone)
		if (zone_idx(zone) <= (int)gfp_zone(GFP_USER))
			nr_zones++;
	recommended_min = pageblock_nr_pages * nr_zones * 2;
	recommended_min += pageblock_nr_pages * nr_zones *
			   MIGRATE_PCPTYPES * MIGRATE_PCPTYPES;
	recommended_min = min(recommended_min, nr_free_buffer_pages() / 20);
	recommended_min <<= PAGE_SHIFT - 10;
	if (recommended_min > (unsigned long)min_free_kbytes)
		min_free_kbytes = recommended_min;
	setup_per_zone_wmarks();
}

unsigned long totalram_pages(void)
{
	unsigned long sum = 0;
	struct zone *zone;

	for_each_zone(zone)
		sum += zone->managed_pages;
	return sum;
}

void hugepage_init_min_free_kbytes(void)
{
	if (totalram_pages() >= (512UL << (20 - PAGE_SHIFT)))
		set_recommended_min_free_kbytes();
}

int watermark_scale_factor = 10;

static void calculate_totalreserve_pages(void);

static unsigned long mult_frac(unsigned long x, unsigned long n,
			       unsigned long d)
{
	return x / d * n + x % d * n / d;
}

static void __setup_per_zone_wmarks(void)
{
	unsigned long pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem_pages = 0;
	struct zone *zone;

	for_each_zone(zone)
		lowmem_pages += zone->managed_pages;
	for_each_zone(zone) {
		u64 tmp = lowmem_pages ? (u64)pages_min * zone->managed_pages /
					 lowmem_pages : 0;

		zone->_watermark[WMARK_MIN] = tmp;
		tmp = max(tmp >> 2, (u64)mult_frac(zone->managed_pages,
						   watermark_scale_factor,
						   10000));
		zone->watermark_boost = 0;
		zone->_watermark[WMARK_LOW] = min_wmark_pages(zone) + tmp;
		zone->_watermark[WMARK_HIGH] = low_wmark_pages(zone) + tmp;
	}
	calculate_totalreserve_pages();
}

void setup_per_zone_wmarks(void)
{
	__setup_per_zone_wmarks();
	{
		struct zone *zone;

		for_each_zone(zone)
			zone_pcp_update(zone, 0);
	}
}

unsigned long totalreserve_pages;

static void calculate_totalreserve_pages(void)
{
	unsigned long reserve_pages = 0;
	struct zone *zone;
	int j;

	for_each_zone(zone) {
		long reserve = 0;

		for (j = zone_idx(zone); j < MAX_NR_ZONES; j++)
			reserve = max(reserve, zone->lowmem_reserve[j]);
		reserve += high_wmark_pages(zone);
		reserve_pages += min((unsigned long)reserve,
				     zone->managed_pages);
	}
	totalreserve_pages = reserve_pages;
}

int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {
	[ZONE_DMA] = 256,
	[ZONE_DMA32] = 256,
	[ZONE_NORMAL] = 32,
	[ZONE_MOVABLE] = 0,
};

void setup_per_zone_lowmem_reserve(void)
{
	int nid, i, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		pg_data_t *pgdat = NODE_DATA(nid);

		for (i = 0; pgdat && i < MAX_NR_ZONES - 1; i++) {
			struct zone *zone = &pgdat->node_zones[i];
			int ratio = sysctl_lowmem_reserve_ratio[i];
			bool clear = !ratio || !zone->managed_pages;
			unsigned long managed_pages = 0;

			for (j = i + 1; j < MAX_NR_ZONES; j++) {
				managed_pages +=
					pgdat->node_zones[j].managed_pages;
				zone->lowmem_reserve[j] =
					clear ? 0 : managed_pages / ratio;
			}
		}
	}
	calculate_totalreserve_pages();
}

int init_per_zone_wmark_min(void)
{
	calculate_min_free_kbytes();
	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
	return 0;
}

static long __zone_watermark_unusable_free(const struct zone *z,
					   unsigned int order,
					   unsigned int alloc_flags)
{
	long unusable_free = (1L << order) - 1;

	if (!(alloc_flags & (ALLOC_HARDER | ALLOC_OOM)))
		unusable_free += z->nr_reserved_highatomic;
	return unusable_free;
}

bool __zone_watermark_ok(struct zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, long free_pages)
{
	bool harder = alloc_flags & (ALLOC_HARDER | ALLOC_OOM);
	long min = mark;
	unsigned int o;
	int mt;

	free_pages -= __zone_watermark_unusable_free(z, order, alloc_flags);
	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (harder)
		min -= (alloc_flags & ALLOC_OOM) ? min / 2 : min / 4;
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
		if (harder &&
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
	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (alloc_flags & ALLOC_HARDER)
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

/* Chapter 8: per-cpu pagesets. */
#include <linux/cpumask.h>

static unsigned long rounddown_pow_of_two(unsigned long n)
{
	return 1UL << (63 - __builtin_clzl(n));
}

int zone_batchsize(const struct zone *zone)
{
	int batch = min(zone->managed_pages >> 10, 1024UL * 1024 / PAGE_SIZE);

	batch /= 4;
	if (batch < 1)
		batch = 1;
	return rounddown_pow_of_two(batch + batch / 2) - 1;
}

int zone_highsize(const struct zone *zone, int batch, int cpu_online)
{
	unsigned long total_pages = low_wmark_pages(zone);
	int nr_split_cpus = nr_cpus_node(zone->node) + cpu_online;
	int high;

	if (!nr_split_cpus)
		nr_split_cpus = nr_cpu_ids;
	high = total_pages / nr_split_cpus;
	return max(high, batch << 2);
}

static void zone_set_pageset_high_and_batch(struct zone *zone,
					    int cpu_online)
{
	int new_batch = max(1, zone_batchsize(zone));
	int new_high = zone_highsize(zone, new_batch, cpu_online);
	int cpu;

	zone->pageset_high = new_high;
	zone->pageset_batch = new_batch;
	for_each_possible_cpu(cpu) {
		zone->per_cpu_pageset[cpu].high = new_high;
		zone->per_cpu_pageset[cpu].batch = new_batch;
	}
}

void zone_pcp_update(struct zone *zone, int cpu_online)
{
	zone_set_pageset_high_and_batch(zone, cpu_online);
}

static void zone_pcp_init(struct zone *zone)
{
	int cpu, i;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

		pcp->count = 0;
		pcp->high = 0;
		pcp->batch = 1;
		pcp->free_factor = 0;
		for (i = 0; i < NR_PCP_LISTS; i++)
			INIT_LIST_HEAD(&pcp->lists[i]);
	}
	zone->pageset_high = 0;
	zone->pageset_batch = 1;
}

void setup_per_cpu_pageset(void)
{
	struct zone *zone;

	for_each_zone(zone)
		zone_set_pageset_high_and_batch(zone, 0);
}

void zones_init_pagesets(void)
{
	struct zone *zone;

	for_each_zone(zone)
		zone_pcp_init(zone);
}

static int rmqueue_bulk(struct zone *zone, unsigned int order,
			unsigned long count, struct list_head *list,
			int migratetype)
{
	unsigned long i;

	for (i = 0; i < count; i++) {
		struct page *page = __rmqueue(zone, order, migratetype);

		if (!page)
			break;
		set_pcppage_migratetype(page, migratetype);
		list_add_tail(&page->lru, list);
	}
	__mod_zone_page_state(zone, NR_FREE_PAGES, -(long)(i << order));
	return i;
}

static struct page *__rmqueue_pcplist(struct zone *zone, unsigned int order,
				      int migratetype,
				      struct per_cpu_pages *pcp)
{
	struct list_head *list = &pcp->lists[order_to_pindex(migratetype,
							     order)];
	struct page *page;

	if (list_empty(list)) {
		int batch = pcp->batch;

		if (batch > 1)
			batch = max(batch >> order, 2);
		pcp->count += rmqueue_bulk(zone, order, batch, list,
					   migratetype) << order;
		if (list_empty(list))
			return NULL;
	}
	page = list_entry(list->next, struct page, lru);
	list_del(&page->lru);
	pcp->count -= 1 << order;
	pcp->free_factor >>= 1;
	return page;
}

static void free_pcppages_bulk(struct zone *zone, int count,
			       struct per_cpu_pages *pcp, int pindex)
{
	count = min(pcp->count, count);
	pindex = pindex - 1;
	while (count > 0) {
		struct list_head *list;
		int order;

		do {
			if (++pindex >= NR_PCP_LISTS)
				pindex = 0;
			list = &pcp->lists[pindex];
		} while (list_empty(list));
		order = pindex_to_order(pindex);
		do {
			struct page *page = list_entry(list->prev,
						       struct page, lru);

			list_del(&page->lru);
			count -= 1 << order;
			pcp->count -= 1 << order;
			__free_one_page(page, page_to_pfn(page), zone, order,
					get_pcppage_migratetype(page));
		} while (count > 0 && !list_empty(list));
	}
}

static int nr_pcp_free(struct per_cpu_pages *pcp, int high, int batch)
{
	int min_nr_free, max_nr_free;

	if (high < batch)
		return 1;
	min_nr_free = batch;
	max_nr_free = high - batch;
	batch <<= pcp->free_factor;
	if (batch < max_nr_free)
		pcp->free_factor++;
	return min(max(batch, min_nr_free), max_nr_free);
}

static void free_unref_page_commit(struct zone *zone,
				   struct per_cpu_pages *pcp,
				   struct page *page, int migratetype,
				   unsigned int order)
{
	int pindex = order_to_pindex(migratetype, order);

	list_add(&page->lru, &pcp->lists[pindex]);
	pcp->count += 1 << order;
	if (pcp->count >= pcp->high)
		free_pcppages_bulk(zone, nr_pcp_free(pcp, pcp->high,
						     pcp->batch), pcp, pindex);
}

void free_unref_page(struct page *page, unsigned int order)
{
	struct zone *zone = page_zone(page);
	int migratetype = get_pageblock_migratetype(page);

	set_pcppage_migratetype(page, migratetype);
	if (migratetype == MIGRATE_ISOLATE) {
		__free_one_page(page, page_to_pfn(page), zone, order,
				migratetype);
		return;
	}
	if (migratetype >= MIGRATE_PCPTYPES)
		migratetype = MIGRATE_MOVABLE;
	free_unref_page_commit(zone,
			       &zone->per_cpu_pageset[smp_processor_id()],
			       page, migratetype, order);
}

static void drain_pages_zone(unsigned int cpu, struct zone *zone)
{
	struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

	if (pcp->count)
		free_pcppages_bulk(zone, pcp->count, pcp, 0);
}

void drain_all_pages(struct zone *zone)
{
	struct zone *z;
	int cpu;

	for_each_possible_cpu(cpu) {
		if (zone)
			drain_pages_zone(cpu, zone);
		else
			for_each_zone(z)
				drain_pages_zone(cpu, z);
	}
}

/* Chapter 8: the fast path. */
#include <linux/mempolicy.h>
#include <linux/sched.h>
#include <linux/string.h>

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

	if (order && (alloc_flags & ALLOC_HARDER))
		page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);
	if (!page)
		page = __rmqueue(zone, order, migratetype);
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
	post_alloc_hook(page, order);
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
		while (page && check_new_pages(page, order))
			page = rmqueue(ac->preferred_zoneref->zone, zone, order,
				       alloc_flags, ac->migratetype);
		if (page) {
			prep_new_page(page, order, gfp);
			return page;
		}
	}
	return NULL;
}

static struct page *__alloc_pages_slowpath(gfp_t gfp, unsigned int order,
					   struct alloc_context *ac);

struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   nodemask_t *nodemask)
{
	struct alloc_context ac;
	struct page *page;

	page_alloc_caller = _RET_IP_;
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

/* Chapter 8: the slow path. */
unsigned int gfp_to_alloc_flags(gfp_t gfp)
{
	unsigned int alloc_flags = ALLOC_WMARK_MIN | ALLOC_CPUSET;

	if (gfp & __GFP_HIGH)
		alloc_flags |= ALLOC_HIGH;
	if (gfp & __GFP_ATOMIC) {
		if (!(gfp & __GFP_NOMEMALLOC))
			alloc_flags |= ALLOC_HARDER;
		alloc_flags &= ~ALLOC_CPUSET;
	}
	if ((gfp & __GFP_MEMALLOC) && !(gfp & __GFP_NOMEMALLOC))
		alloc_flags |= ALLOC_NO_WATERMARKS;
	return alloc_flags;
}

static struct page *__alloc_pages_slowpath(gfp_t gfp, unsigned int order,
					   struct alloc_context *ac)
{
	unsigned int alloc_flags = gfp_to_alloc_flags(gfp);
	struct page *page;

	ac->preferred_zoneref = first_zones_zonelist(ac->zonelist,
			ac->highest_zoneidx, ac->nodemask);
	if (!ac->preferred_zoneref->zone)
		goto nopage;
	page = get_page_from_freelist(gfp, order, alloc_flags, ac);
	if (page)
		return page;
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

#define K(x) ((x) << (PAGE_SHIFT - 10))

static bool show_mem_zone_skip(const struct zone *zone, int max_zone_idx,
			       const nodemask_t *nodemask)
{
	return !populated_zone(zone) || zone_idx(zone) > max_zone_idx ||
	       (nodemask && !node_isset(zone->node, *nodemask));
}

static unsigned long free_pcp_pages(const struct zone *zone, int *local)
{
	unsigned long n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += zone->per_cpu_pageset[cpu].count;
	*local = zone->per_cpu_pageset[smp_processor_id()].count;
	return n;
}

static void show_zone_state(const struct zone *zone)
{
	unsigned long pcp;
	int local, i;

	pcp = free_pcp_pages(zone, &local);
	pr_info("Node %d %s free:%lukB boost:%lukB min:%lukB low:%lukB "
		"high:%lukB reserved_highatomic:%luKB active_anon:0kB "
		"inactive_anon:0kB active_file:0kB inactive_file:0kB "
		"unevictable:0kB writepending:0kB present:%lukB managed:%lukB "
		"mlocked:0kB bounce:0kB free_pcp:%lukB local_pcp:%ukB "
		"free_cma:0kB\n", zone->node, zone->name,
		K(zone_page_state(zone, NR_FREE_PAGES)),
		K(zone->watermark_boost),
		K(min_wmark_pages(zone)), K(low_wmark_pages(zone)),
		K(high_wmark_pages(zone)), 0UL, K(zone->present_pages),
		K(zone->managed_pages), K(pcp), K((unsigned int)local));
	pr_info("lowmem_reserve[]:");
	for (i = 0; i < MAX_NR_ZONES; i++)
		printk(" %ld", zone->lowmem_reserve[i]);
	printk("\n");
}

static void show_migration_types(unsigned char type)
{
	static const char types[MIGRATE_TYPES] = {
		[MIGRATE_UNMOVABLE] = 'U', [MIGRATE_MOVABLE] = 'M',
		[MIGRATE_RECLAIMABLE] = 'E', [MIGRATE_HIGHATOMIC] = 'H',
		[MIGRATE_ISOLATE] = 'I',
	};
	char tmp[MIGRATE_TYPES + 1], *p = tmp;
	int i;

	for (i = 0; i < MIGRATE_TYPES; i++)
		if (type & (1 << i))
			*p++ = types[i];
	*p = '\0';
	printk("(%s) ", tmp);
}

static void show_zone_free_areas(const struct zone *zone)
{
	unsigned long total = 0;
	int o, t;

	pr_info("Node %d %s: ", zone->node, zone->name);
	for (o = 0; o < MAX_ORDER; o++) {
		const struct free_area *area = &zone->free_area[o];
		unsigned char types = 0;

		for (t = 0; t < MIGRATE_TYPES; t++)
			if (!list_empty(&area->free_list[t]))
				types |= 1 << t;
		total += area->nr_free << o;
		printk("%lu*%lukB ", area->nr_free, K(1UL) << o);
		if (area->nr_free)
			show_migration_types(types);
	}
	printk("= %lukB\n", K(total));
}

void show_mem(gfp_t gfp, const nodemask_t *nodemask)
{
	unsigned long free = 0, pcp = 0, total = 0, reserved = 0;
	int max_zone_idx = gfp_zone(gfp), local;
	struct zone *zone;

	pr_info("Mem-Info:\n");
	for_each_zone(zone) {
		free += zone_page_state(zone, NR_FREE_PAGES);
		pcp += free_pcp_pages(zone, &local);
		total += zone->present_pages;
		reserved += zone->present_pages - zone->managed_pages;
	}
	pr_info(" free:%lu free_pcp:%lu free_cma:0\n", free, pcp);
	for_each_zone(zone)
		if (!show_mem_zone_skip(zone, max_zone_idx, nodemask))
			show_zone_state(zone);
	for_each_zone(zone)
		if (!show_mem_zone_skip(zone, max_zone_idx, nodemask))
			show_zone_free_areas(zone);
	pr_info("0 total pagecache pages\n0 pages in swap cache\n"
		"Free swap  = 0kB\nTotal swap = 0kB\n");
	pr_info("%lu pages RAM\n0 pages HighMem/MovableOnly\n"
		"%lu pages reserved\n", total, reserved);
}

/* Chapter 8: the tunables of the watermarks and the reserves. */
#include <linux/sysctl.h>

static int min_free_kbytes_sysctl_handler(struct ctl_table *table,
					  int write, void *buffer,
					  size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);

	if (rc)
		return rc;
	if (write) {
		user_min_free_kbytes = min_free_kbytes;
		setup_per_zone_wmarks();
	}
	return 0;
}

static int watermark_scale_factor_sysctl_handler(struct ctl_table *table,
						 int write, void *buffer,
						 size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);

	if (rc)
		return rc;
	if (write)
		setup_per_zone_wmarks();
	return 0;
}

static int lowmem_reserve_ratio_sysctl_handler(struct ctl_table *table,
					       int write, void *buffer,
					       size_t *length)
{
	int rc = proc_dointvec_minmax(table, write, buffer, length);
	int i;

	if (rc || !write)
		return rc;
	for (i = 0; i < MAX_NR_ZONES; i++)
		if (sysctl_lowmem_reserve_ratio[i] < 1)
			sysctl_lowmem_reserve_ratio[i] = 0;
	setup_per_zone_lowmem_reserve();
	return 0;
}

static struct ctl_table page_alloc_sysctl_table[] = {
	{
		.procname	= "min_free_kbytes",
		.data		= &min_free_kbytes,
		.maxlen		= sizeof(min_free_kbytes),
		.mode		= 0644,
		.proc_handler	= min_free_kbytes_sysctl_handler,
		.extra1		= SYSCTL_ZERO,
	},
	{
		.procname	= "watermark_scale_factor",
		.data		= &watermark_scale_factor,
		.maxlen		= sizeof(watermark_scale_factor),
		.mode		= 0644,
		.proc_handler	= watermark_scale_factor_sysctl_handler,
		.extra1		= SYSCTL_ONE,
		.extra2		= SYSCTL_THREE_THOUSAND,
	},
	{
		.procname	= "lowmem_reserve_ratio",
		.data		= sysctl_lowmem_reserve_ratio,
		.maxlen		= sizeof(sysctl_lowmem_reserve_ratio),
		.mode		= 0644,
		.proc_handler	= lowmem_reserve_ratio_sysctl_handler,
	},
	{ }
};

void page_alloc_sysctl_init(void)
{
	register_sysctl("vm", page_alloc_sysctl_table);
}

/* Appendix A: what the page allocator checks of its callers. */
#include <linux/mmdebug.h>

static unsigned long nr_reports;

unsigned long nr_bad_page_reports(void)
{
	return nr_reports;
}

void count_bad_page_report(void)
{
	nr_reports++;
}

static bool bad_page_ratelimit(void)
{
	static unsigned long nr_shown, nr_unshown;

	if (nr_shown < 60) {
		nr_shown++;
		return true;
	}
	if (nr_unshown < 59) {
		nr_unshown++;
		return false;
	}
	printk(KERN_ALERT "BUG: Bad page state: %lu messages suppressed\n",
	       nr_unshown);
	nr_unshown = 0;
	return true;
}

static void report_bad_page(struct page *page, const char *reason)
{
	nr_reports++;
	if (bad_page_ratelimit()) {
		printk(KERN_ALERT "BUG: Bad page state in process %s  "
		       "pfn:%05lx\n", current->comm, page_to_pfn(page));
		dump_page(page, reason);
		print_modules();
		dump_stack();
	}
	add_taint(TAINT_BAD_PAGE);
}

static void bad_page(struct page *page, const char *reason)
{
	report_bad_page(page, reason);
	atomic_set(&page->_mapcount, -1);	/* no stray PG_buddy */
}

#define PAGE_FLAGS_CHECK_AT_FREE					\
	(1UL << PG_lru | 1UL << PG_locked | 1UL << PG_private |		\
	 1UL << PG_private_2 | 1UL << PG_writeback | 1UL << PG_reserved | \
	 1UL << PG_slab | 1UL << PG_active | 1UL << PG_unevictable |	\
	 1UL << PG_mlocked)
#define PAGE_FLAGS_CHECK_AT_PREP	((1UL << __NR_PAGEFLAGS) - 1)

static bool page_expected_state(const struct page *page,
				unsigned long check_flags)
{
	return atomic_read(&page->_mapcount) == -1 && !page->mapping &&
	       atomic_read(&page->_refcount) == 0 &&
	       !(page->flags & check_flags);
}

static const char *page_bad_reason(const struct page *page,
				   unsigned long flags)
{
	const char *reason = NULL;

	if (atomic_read(&page->_mapcount) != -1)
		reason = "nonzero mapcount";
	if (page->mapping)
		reason = "non-NULL mapping";
	if (atomic_read(&page->_refcount) != 0)
		reason = "nonzero _refcount";
	if (page->flags & flags)
		reason = flags == PAGE_FLAGS_CHECK_AT_PREP ?
			 "PAGE_FLAGS_CHECK_AT_PREP flag(s) set" :
			 "PAGE_FLAGS_CHECK_AT_FREE flag(s) set";
	return reason;
}

static bool check_free_page(struct page *page)
{
	if (page_expected_state(page, PAGE_FLAGS_CHECK_AT_FREE))
		return false;
	bad_page(page, page_bad_reason(page, PAGE_FLAGS_CHECK_AT_FREE));
	return true;
}

#ifdef CONFIG_DEBUG_VM
static unsigned int compound_order(const struct page *page)
{
	return PageHead(page) ? page[1].compound_order : 0;
}

static void set_compound_order(struct page *page, unsigned int order)
{
	SetPageHead(page);
	page[1].compound_order = order;
}
#endif

bool free_pages_prepare(struct page *page, unsigned int order)
{
	unsigned long i;
	int bad = 0;

#ifdef CONFIG_DEBUG_VM
	if (compound_order(page) != order) {
		report_bad_page(page,
			"VM_BUG_ON_PAGE(compound_order(page) != order)");
		return false;
	}
#endif
	for (i = 1; i < 1UL << order; i++) {
		if (check_free_page(page + i)) {
			bad++;
			continue;
		}
		page[i].flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
	}
	bad += check_free_page(page);
	if (bad)
		return false;
	page->flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
	kernel_poison_pages(page, 1 << order);
	return true;
}

void free_pages_core_prepare(struct page *page, unsigned int order)
{
	unsigned long i;

	for (i = 1; i < 1UL << order; i++)
		atomic_set(&page[i]._refcount, 0);
#ifdef CONFIG_DEBUG_VM
	if (order)
		set_compound_order(page, order);
#endif
}

#ifdef CONFIG_DEBUG_VM
static const char *page_pointer_bad_reason(const struct page *page)
{
	uintptr_t p = (uintptr_t)page, map;
	unsigned long nr;

	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		const struct mem_section *ms = __nr_to_section(nr);

		if (!valid_section(ms))
			continue;
		map = (uintptr_t)(__section_mem_map_addr(ms) +
				  section_nr_to_pfn(nr));
		if (p - map < PAGES_PER_SECTION * sizeof(struct page))
			return (p - map) % sizeof(struct page) ?
			       "not on a struct page boundary" : NULL;
	}
	return "outside every section's memory map";
}
#endif

bool free_page_pointer_bad(const struct page *page)
{
#ifdef CONFIG_DEBUG_VM
	const char *reason = page_pointer_bad_reason(page);

	if (!reason)
		return false;
	nr_reports++;
	if (bad_page_ratelimit()) {
		printk(KERN_ALERT "BUG: Bad page pointer in process %s  "
		       "page:%px\n", current->comm, page);
		pr_warn("page pointer is %s\n", reason);
		print_modules();
		dump_stack();
	}
	add_taint(TAINT_BAD_PAGE);
	return true;
#else
	return false;
#endif
}

bool free_page_refcount_bad(struct page *page)
{
#ifdef CONFIG_DEBUG_VM
	if (atomic_read(&page->_refcount) != 0)
		return false;
	report_bad_page(page, "VM_BUG_ON_PAGE(page_ref_count(page) == 0)");
	return true;
#else
	return false;
#endif
}

bool check_new_pages(struct page *page, unsigned int order)
{
#ifdef CONFIG_DEBUG_VM
	unsigned long i;

	for (i = 0; i < 1UL << order; i++) {
		if (page_expected_state(page + i, PAGE_FLAGS_CHECK_AT_PREP))
			continue;
		bad_page(page + i, page_bad_reason(page + i,
					PAGE_FLAGS_CHECK_AT_PREP));
		return true;
	}
#endif
	return false;
}

void post_alloc_hook(struct page *page, unsigned int order)
{
	kernel_unpoison_pages(page, 1 << order);
#ifdef CONFIG_DEBUG_VM
	if (order)
		set_compound_order(page, order);
#endif
}
