/* mm/show_mem.c: the Mem-Info report of an allocation that failed. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>


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
