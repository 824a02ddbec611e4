/* mm/vmstat.c: /proc/buddyinfo and /proc/pagetypeinfo. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/monitor.h>
#include <linux/vmstat.h>

static void frag_show_print(int nid, const struct zone *zone)
{
	int o;

	monitor_printf("Node %d, zone %8s ", nid, zone->name);
	for (o = 0; o < MAX_ORDER; o++)
		monitor_printf("%6lu ", zone->free_area[o].nr_free);
	monitor_printf("\n");
}

static void walk_zones_in_node(int nid, void (*print)(int,
						const struct zone *))
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		if (populated_zone(&NODE_DATA(nid)->node_zones[j]))
			print(nid, &NODE_DATA(nid)->node_zones[j]);
}

void frag_show(void)
{
	int nid;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid))
			walk_zones_in_node(nid, frag_show_print);
}

static void pagetypeinfo_showfree(int nid, const struct zone *zone)
{
	int t, o;

	for (t = 0; t < MIGRATE_TYPES; t++) {
		monitor_printf("Node %4d, zone %8s, type %12s ", nid,
			       zone->name, migratetype_names[t]);
		for (o = 0; o < MAX_ORDER; o++) {
			const struct list_head *head, *p;
			unsigned long n = 0;

			head = &zone->free_area[o].free_list[t];
			for (p = head->next; p != head && n < 100000;
			     p = p->next)
				n++;
			monitor_printf("%s%6lu ", n >= 100000 ? ">" : "", n);
		}
		monitor_printf("\n");
	}
}

static void pagetypeinfo_showblockcount(int nid, const struct zone *zone)
{
	unsigned long count[MIGRATE_TYPES] = { 0 }, pfn;
	int t;

	for (pfn = round_down(zone->zone_start_pfn, pageblock_nr_pages);
	     pfn < zone_end_pfn(zone); pfn += pageblock_nr_pages) {
		unsigned long first = max(pfn, zone->zone_start_pfn);

		if (pfn_valid(first) && page_zone(pfn_to_page(first)) == zone)
			count[get_pageblock_migratetype(pfn_to_page(first))]++;
	}
	monitor_printf("Node %d, zone %8s ", nid, zone->name);
	for (t = 0; t < MIGRATE_TYPES; t++)
		monitor_printf("%12lu ", count[t]);
	monitor_printf("\n");
}

static void pagetypeinfo_show_node(int nid)
{
	int o, t;

	monitor_printf("Page block order: %d\n", pageblock_order);
	monitor_printf("Pages per block:  %lu\n\n", pageblock_nr_pages);
	monitor_printf("%-43s ", "Free pages count per migrate type at order");
	for (o = 0; o < MAX_ORDER; o++)
		monitor_printf("%6d ", o);
	monitor_printf("\n");
	walk_zones_in_node(nid, pagetypeinfo_showfree);
	monitor_printf("\n%-23s", "Number of blocks type ");
	for (t = 0; t < MIGRATE_TYPES; t++)
		monitor_printf("%12s ", migratetype_names[t]);
	monitor_printf("\n");
	walk_zones_in_node(nid, pagetypeinfo_showblockcount);
}

void pagetypeinfo_show(void)
{
	int nid;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid) && NODE_DATA(nid)->node_present_pages)
			pagetypeinfo_show_node(nid);
}

/* Chapter 8: /proc/zoneinfo. */
#include <linux/mm_internal.h>

static const char *const node_stat_names[] = {
	"nr_inactive_anon", "nr_active_anon", "nr_inactive_file",
	"nr_active_file", "nr_unevictable", "nr_slab_reclaimable",
	"nr_slab_unreclaimable", "nr_isolated_anon", "nr_isolated_file",
	"workingset_nodes", "workingset_refault_anon",
	"workingset_refault_file", "workingset_activate_anon",
	"workingset_activate_file", "workingset_restore_anon",
	"workingset_restore_file", "workingset_nodereclaim",
	"nr_anon_pages", "nr_mapped", "nr_file_pages", "nr_dirty",
	"nr_writeback", "nr_writeback_temp", "nr_shmem",
	"nr_shmem_hugepages", "nr_shmem_pmdmapped", "nr_file_hugepages",
	"nr_file_pmdmapped", "nr_anon_transparent_hugepages",
	"nr_vmscan_write", "nr_vmscan_immediate_reclaim", "nr_dirtied",
	"nr_written", "nr_throttled_written", "nr_kernel_misc_reclaimable",
	"nr_foll_pin_acquired", "nr_foll_pin_released", "nr_kernel_stack",
	"nr_page_table_pages", "nr_sec_page_table_pages", "nr_swapcached",
	"pgpromote_success", "pgpromote_candidate",
};

static const char *const zone_stat_names[] = {
	"nr_free_pages", "nr_zone_inactive_anon", "nr_zone_active_anon",
	"nr_zone_inactive_file", "nr_zone_active_file",
	"nr_zone_unevictable", "nr_zone_write_pending", "nr_mlock",
	"nr_bounce", "nr_zspages", "nr_free_cma",
};

static const char *const numa_stat_names[NR_VM_NUMA_EVENT_ITEMS] = {
	"numa_hit", "numa_miss", "numa_foreign", "numa_interleave",
	"numa_local", "numa_other",
};

static bool is_zone_first_populated(const pg_data_t *pgdat,
				    const struct zone *zone)
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		if (populated_zone(&pgdat->node_zones[j]))
			return zone == &pgdat->node_zones[j];
	return false;
}

static int fls_long(unsigned long x)
{
	return x ? (int)(sizeof(x) * 8) - __builtin_clzl(x) : 0;
}

static int calculate_normal_threshold(const struct zone *zone)
{
	unsigned long mem = zone->managed_pages >> (27 - PAGE_SHIFT);
	int threshold = 2 * fls_long(1) * (1 + fls_long(mem));

	return min(threshold, 125);
}

static void zoneinfo_show_print(const pg_data_t *pgdat,
				const struct zone *zone)
{
	int i;

	monitor_printf("Node %d, zone %8s", pgdat->node_id, zone->name);
	if (is_zone_first_populated(pgdat, zone)) {
		monitor_printf("\n  per-node stats");
		for (i = 0; i < (int)ARRAY_SIZE(node_stat_names); i++)
			monitor_printf("\n      %-12s %lu", node_stat_names[i],
				       0UL);
	}
	monitor_printf("\n  pages free     %lu",
		       zone_page_state(zone, NR_FREE_PAGES));
	monitor_printf("\n        boost    %lu", zone->watermark_boost);
	monitor_printf("\n        min      %lu", min_wmark_pages(zone));
	monitor_printf("\n        low      %lu", low_wmark_pages(zone));
	monitor_printf("\n        high     %lu", high_wmark_pages(zone));
	monitor_printf("\n        spanned  %lu", zone->spanned_pages);
	monitor_printf("\n        present  %lu", zone->present_pages);
	monitor_printf("\n        managed  %lu", zone->managed_pages);
	monitor_printf("\n        cma      %lu", 0UL);
	monitor_printf("\n        protection: (%ld", zone->lowmem_reserve[0]);
	for (i = 1; i < MAX_NR_ZONES; i++)
		monitor_printf(", %ld", zone->lowmem_reserve[i]);
	monitor_printf(")");
	if (!populated_zone(zone)) {
		monitor_printf("\n");
		return;
	}
	for (i = 0; i < (int)ARRAY_SIZE(zone_stat_names); i++)
		monitor_printf("\n      %-12s %lu", zone_stat_names[i],
			       zone_page_state(zone, i));
	for (i = 0; i < NR_VM_NUMA_EVENT_ITEMS; i++)
		monitor_printf("\n      %-12s %lu", numa_stat_names[i],
			       zone->vm_numa_event[i]);
	{
		int cpu;

		monitor_printf("\n  pagesets");
		for_each_possible_cpu(cpu) {
			const struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

			monitor_printf("\n    cpu: %i\n              count: %i"
				       "\n              high:  %i"
				       "\n              batch: %i", cpu, pcp->count,
				       pcp->high, pcp->batch);
			if (cpu + 1 < (int)nr_cpu_ids)
				monitor_printf("\n  vm stats threshold: %d",
					       calculate_normal_threshold(zone));
		}
	}
	monitor_printf("\n  vm stats threshold: %d",
		       calculate_normal_threshold(zone));
	monitor_printf("\n  node_unreclaimable:  %u\n  start_pfn:           "
		       "%lu\n", 0u, zone->zone_start_pfn);
}

void zoneinfo_show(void)
{
	int nid, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			zoneinfo_show_print(NODE_DATA(nid),
					    &NODE_DATA(nid)->node_zones[j]);
}
