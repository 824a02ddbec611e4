/* mm/vmstat.c: /proc/buddyinfo and /proc/pagetypeinfo. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>
#include <linux/mm_internal.h>
#include <linux/mm.h>

static void frag_show_print(struct seq_file *m, int nid,
			    const struct zone *zone)
{
	int o;

	seq_printf(m, "Node %d, zone %8s ", nid, zone->name);
	for (o = 0; o < MAX_ORDER; o++)
		seq_printf(m, "%6lu ", zone->free_area[o].nr_free);
	seq_putc(m, '\n');
}

static void walk_zones_in_node(struct seq_file *m, int nid,
			       void (*print)(struct seq_file *m, int nid,
					     const struct zone *zone))
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		if (populated_zone(&NODE_DATA(nid)->node_zones[j]))
			print(m, nid, &NODE_DATA(nid)->node_zones[j]);
}

void frag_show(struct seq_file *m)
{
	int nid;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid))
			walk_zones_in_node(m, nid, frag_show_print);
}

static void pagetypeinfo_showfree(struct seq_file *m, int nid,
				  const struct zone *zone)
{
	int t, o;

	for (t = 0; t < MIGRATE_TYPES; t++) {
		seq_printf(m, "Node %4d, zone %8s, type %12s ", nid,
			   zone->name, migratetype_names[t]);
		for (o = 0; o < MAX_ORDER; o++) {
			const struct list_head *head, *p;
			unsigned long n = 0;

			head = &zone->free_area[o].free_list[t];
			for (p = head->next; p != head && n < 100000;
			     p = p->next)
				n++;
			seq_printf(m, "%s%6lu ", n >= 100000 ? ">" : "", n);
		}
		seq_putc(m, '\n');
	}
}

static void pagetypeinfo_showblockcount(struct seq_file *m, int nid,
					const struct zone *zone)
{
	unsigned long count[MIGRATE_TYPES] = { 0 }, pfn;
	int t;

	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone);
	     pfn += pageblock_nr_pages)
		if (pfn_valid(pfn) && page_zone(pfn_to_page(pfn)) == zone)
			count[get_pageblock_migratetype(pfn_to_page(pfn))]++;
	seq_printf(m, "Node %d, zone %8s ", nid, zone->name);
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(m, "%12lu ", count[t]);
	seq_putc(m, '\n');
}

static void pagetypeinfo_show_node(struct seq_file *m, int nid)
{
	int o, t;

	seq_printf(m, "Page block order: %d\n", pageblock_order);
	seq_printf(m, "Pages per block:  %lu\n\n", pageblock_nr_pages);
	seq_printf(m, "%-43s ", "Free pages count per migrate type at order");
	for (o = 0; o < MAX_ORDER; o++)
		seq_printf(m, "%6d ", o);
	seq_putc(m, '\n');
	walk_zones_in_node(m, nid, pagetypeinfo_showfree);
	seq_printf(m, "\n%-23s", "Number of blocks type ");
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(m, "%12s ", migratetype_names[t]);
	seq_putc(m, '\n');
	walk_zones_in_node(m, nid, pagetypeinfo_showblockcount);
}

void pagetypeinfo_show(struct seq_file *m)
{
	int nid;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		if (NODE_DATA(nid) && NODE_DATA(nid)->node_present_pages)
			pagetypeinfo_show_node(m, nid);
}

/* Chapter 8: /proc/zoneinfo. */
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
	int threshold = 2 * fls_long(num_online_cpus()) * (1 + fls_long(mem));

	return min(threshold, 125);
}

static void zoneinfo_show_print(struct seq_file *m, const pg_data_t *pgdat,
				const struct zone *zone)
{
	int i;

	seq_printf(m, "Node %d, zone %8s", pgdat->node_id, zone->name);
	if (is_zone_first_populated(pgdat, zone)) {
		seq_puts(m, "\n  per-node stats");
		for (i = 0; i < (int)ARRAY_SIZE(node_stat_names); i++)
			seq_printf(m, "\n      %-12s %lu", node_stat_names[i],
				   node_page_state(pgdat, i));
	}
	seq_printf(m, "\n  pages free     %lu",
		   zone_page_state(zone, NR_FREE_PAGES));
	seq_printf(m, "\n        boost    %lu", zone->watermark_boost);
	seq_printf(m, "\n        min      %lu", min_wmark_pages(zone));
	seq_printf(m, "\n        low      %lu", low_wmark_pages(zone));
	seq_printf(m, "\n        high     %lu", high_wmark_pages(zone));
	seq_printf(m, "\n        spanned  %lu", zone->spanned_pages);
	seq_printf(m, "\n        present  %lu", zone->present_pages);
	seq_printf(m, "\n        managed  %lu", zone->managed_pages);
	seq_printf(m, "\n        cma      %lu", 0UL);
	seq_printf(m, "\n        protection: (%ld", zone->lowmem_reserve[0]);
	for (i = 1; i < MAX_NR_ZONES; i++)
		seq_printf(m, ", %ld", zone->lowmem_reserve[i]);
	seq_putc(m, ')');
	if (!populated_zone(zone)) {
		seq_putc(m, '\n');
		return;
	}
	for (i = 0; i < (int)ARRAY_SIZE(zone_stat_names); i++)
		seq_printf(m, "\n      %-12s %lu", zone_stat_names[i],
			   zone_page_state(zone, i));
	for (i = 0; i < NR_VM_NUMA_EVENT_ITEMS; i++)
		seq_printf(m, "\n      %-12s %lu", numa_stat_names[i],
			   zone->vm_numa_event[i]);
	{
		int cpu;

		seq_puts(m, "\n  pagesets");
		for_each_possible_cpu(cpu) {
			const struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

			seq_printf(m, "\n    cpu: %i\n              count: %i"
				   "\n              high:  %i"
				   "\n              batch: %i", cpu, pcp->count,
				   pcp->high, pcp->batch);
			if (cpu + 1 < (int)nr_cpu_ids)
				seq_printf(m, "\n  vm stats threshold: %d",
					   calculate_normal_threshold(zone));
		}
	}
	seq_printf(m, "\n  vm stats threshold: %d",
		   calculate_normal_threshold(zone));
	seq_printf(m, "\n  node_unreclaimable:  %u\n  start_pfn:           "
		   "%lu\n", 0u, zone->zone_start_pfn);
}

void zoneinfo_show(struct seq_file *m)
{
	int nid, j;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		for (j = 0; NODE_DATA(nid) && j < MAX_NR_ZONES; j++)
			zoneinfo_show_print(m, NODE_DATA(nid),
					    &NODE_DATA(nid)->node_zones[j]);
}

static long vm_node_stat[MAX_NUMNODES][NR_VM_NODE_STAT_ITEMS];

_Static_assert(ARRAY_SIZE(node_stat_names) == NR_VM_NODE_STAT_ITEMS,
	       "a name for every node statistic");

void __mod_node_page_state(struct pglist_data *pgdat,
			   enum node_stat_item item, long delta)
{
	vm_node_stat[pgdat->node_id][item] += delta;
}

void __inc_node_page_state(struct page *page, enum node_stat_item item)
{
	__mod_node_page_state(NODE_DATA(page_to_nid(page)), item, 1);
}

void __dec_node_page_state(struct page *page, enum node_stat_item item)
{
	__mod_node_page_state(NODE_DATA(page_to_nid(page)), item, -1);
}

unsigned long node_page_state(const struct pglist_data *pgdat,
			      enum node_stat_item item)
{
	long x = vm_node_stat[pgdat->node_id][item];

	return x < 0 ? 0 : (unsigned long)x;
}

unsigned long global_node_page_state(enum node_stat_item item)
{
	long x = 0;
	int nid;

	for (nid = 0; nid < MAX_NUMNODES; nid++)
		x += vm_node_stat[nid][item];
	return x < 0 ? 0 : (unsigned long)x;
}

/* Chapter 17: /proc/vmstat, the counters of the page cache's states. */
static const enum node_stat_item vmstat_items[] = {
	NR_FILE_PAGES, NR_FILE_DIRTY, NR_WRITEBACK, NR_DIRTIED, NR_WRITTEN,
};

/* The counters this kernel keeps, in Linux's order (chapter 22: all). */
int vmstat_show(struct seq_file *m, void *arg)
{
	unsigned long background, dirty;
	unsigned int i;

	(void)arg;
	global_dirty_limits(&background, &dirty);
	seq_printf(m, "nr_free_pages %lu\n", nr_free_pages());
	for (i = 0; i < ARRAY_SIZE(vmstat_items); i++)
		seq_printf(m, "%s %lu\n", node_stat_names[vmstat_items[i]],
			   global_node_page_state(vmstat_items[i]));
	seq_printf(m, "nr_dirty_threshold %lu\n", dirty);
	seq_printf(m, "nr_dirty_background_threshold %lu\n", background);
	return 0;
}
