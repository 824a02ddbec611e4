/* mm/mm_init.c: from memblock to initialised page frames. */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/sections.h>
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/cmdline_option.h>
#include <linux/minmax.h>
#include <linux/numa_memblks.h>
#include <linux/sizes.h>
#include <linux/gfp.h>

unsigned long totalreserve_bootmem, nr_memmap_pages;

void __init_single_page(struct page *page, unsigned long pfn,
			unsigned int zone, int nid)
{
	memset(page, 0, sizeof(*page));
	set_page_links(page, zone, nid, pfn);
	atomic_set(&page->_refcount, 1);
	atomic_set(&page->_mapcount, -1);
	INIT_LIST_HEAD(&page->lru);
}

void memmap_init(void)
{
	unsigned long nr, pfn;

	nr_memmap_pages = 0;
	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		unsigned long start = section_nr_to_pfn(nr);

		if (!valid_section(ms))
			continue;
		for (pfn = start; pfn < start + PAGES_PER_SECTION; pfn++) {
			struct page *page = pfn_to_page(pfn);

			__init_single_page(page, pfn, 0, memmap_nid(nr));
			if (!memblock_is_memory(PFN_PHYS(pfn)))
				SetPageReserved(page);
		}
		nr_memmap_pages += PAGES_PER_SECTION;
	}
}

int memmap_nid(unsigned long nr)
{
	phys_addr_t start = PFN_PHYS(section_nr_to_pfn(nr));
	phys_addr_t end = start + (PAGES_PER_SECTION << PAGE_SHIFT);
	unsigned long i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		if (r->base < end && r->base + r->size > start)
			return early_region_nid(r);
	}
	return 0;
}

void reserve_bootmem_region(phys_addr_t start, phys_addr_t end)
{
	unsigned long pfn;

	for (pfn = PFN_DOWN(start); pfn < PFN_UP(end); pfn++) {
		if (!pfn_valid(pfn) || !memblock_is_memory(PFN_PHYS(pfn)))
			continue;
		SetPageReserved(pfn_to_page(pfn));
		totalreserve_bootmem++;
	}
}

void memmap_init_reserved_pages(void)
{
	unsigned long i;

	totalreserve_bootmem = 0;
	for (i = 0; i < memblock.reserved.cnt; i++) {
		const struct memblock_region *r = &memblock.reserved.regions[i];

		reserve_bootmem_region(r->base, r->base + r->size);
	}
}

void paging_init(void)
{
	initmem_init();
	sparse_init();
	free_area_init();
	zones_init_free_areas();
	zones_init_pagesets();
	memmap_init();
	memmap_init_reserved_pages();
	memmap_init_zones();
	pr_info("mem_map: %lu page frames, %lu reserved\n", nr_memmap_pages,
		totalreserve_bootmem);
}

pg_data_t *node_data[MAX_NUMNODES];
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
	for (i = ZONE_MOVABLE; i < MAX_NR_ZONES; i++) {
		arch_zone_lowest_possible_pfn[i] = 0;
		arch_zone_highest_possible_pfn[i] = 0;
	}
}

static void print_zone_ranges(void)
{
	int i;

	pr_info("Zone ranges:\n");
	for (i = 0; i < MAX_NR_ZONES; i++) {
		unsigned long lo = arch_zone_lowest_possible_pfn[i];
		unsigned long hi = arch_zone_highest_possible_pfn[i];

		if (i == ZONE_MOVABLE)
			continue;
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
