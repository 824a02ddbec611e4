/* kernel/monitor_page_alloc.c: the zone allocator at work. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/mm.h>
#include <linux/monitor.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/sched.h>

static const struct {
	const char *name;
	gfp_t gfp;
} monitor_gfp_names[] = {
	{ "GFP_KERNEL", GFP_KERNEL }, { "GFP_ATOMIC", GFP_ATOMIC },
	{ "GFP_NOWAIT", GFP_NOWAIT }, { "GFP_DMA", GFP_DMA },
	{ "GFP_DMA32", GFP_DMA32 },
	{ "GFP_HIGHUSER_MOVABLE", GFP_HIGHUSER_MOVABLE },
	{ "__GFP_HIGH", __GFP_HIGH }, { "__GFP_NOWARN", __GFP_NOWARN },
	{ "__GFP_ZERO", __GFP_ZERO }, { "__GFP_THISNODE", __GFP_THISNODE },
	{ "__GFP_MEMALLOC", __GFP_MEMALLOC },
};

static int monitor_parse_gfp(char *s, gfp_t *gfp)
{
	size_t i, len;

	for (*gfp = 0; *s; s += len + (s[len] == '|')) {
		for (len = 0; s[len] && s[len] != '|'; len++)
			;
		for (i = 0; i < ARRAY_SIZE(monitor_gfp_names); i++)
			if (strlen(monitor_gfp_names[i].name) == len &&
			    !strncmp(s, monitor_gfp_names[i].name, len))
				break;
		if (i == ARRAY_SIZE(monitor_gfp_names))
			return -EINVAL;
		*gfp |= monitor_gfp_names[i].gfp;
	}
	return 0;
}

static void cmd_alloc(int argc, char **argv)
{
	unsigned long count, order = 0, n = 0, per_zone[MAX_NUMNODES *
							 MAX_NR_ZONES] = { 0 };
	gfp_t gfp = GFP_KERNEL;
	struct list_head taken;
	struct page *page;
	int i;

	if (argc < 2 || argc > 4 || kstrtoul(argv[1], 0, &count) ||
	    (argc > 2 && kstrtoul(argv[2], 0, &order)) ||
	    (argc > 3 && monitor_parse_gfp(argv[3], &gfp))) {
		monitor_printf("usage: alloc COUNT [ORDER] [FLAGS]\n");
		return;
	}
	INIT_LIST_HEAD(&taken);
	for (; n < count && (page = alloc_pages(gfp, order)) != NULL; n++) {
		list_add(&page->lru, &taken);
		per_zone[page_to_nid(page) * MAX_NR_ZONES +
			 page_zonenum(page)]++;
	}
	monitor_printf("alloc: %lu of %lu blocks of order %lu (%pGg)\n", n,
		       count, order, &gfp);
	for (i = 0; i < MAX_NUMNODES * MAX_NR_ZONES; i++)
		if (per_zone[i])
			monitor_printf("  Node %d, zone %8s: %lu\n",
				       i / MAX_NR_ZONES,
				       zone_names[i % MAX_NR_ZONES],
				       per_zone[i]);
	while (!list_empty(&taken)) {
		page = list_entry(taken.next, struct page, lru);
		list_del(&page->lru);
		__free_pages(page, order);
	}
}

static void cmd_numastat(int argc, char **argv)
{
	static const char *const names[NR_VM_NUMA_EVENT_ITEMS] = {
		"numa_hit", "numa_miss", "numa_foreign", "interleave_hit",
		"local_node", "other_node",
	};
	int item, nid, j;

	monitor_printf("%-16s", "");
	for (nid = 0; nid < nr_online_nodes; nid++)
		monitor_printf("%10s%d", "node", nid);
	for (item = 0; item < NR_VM_NUMA_EVENT_ITEMS; item++) {
		monitor_printf("\n%-16s", names[item]);
		for (nid = 0; nid < nr_online_nodes; nid++) {
			unsigned long n = 0;

			for (j = 0; j < MAX_NR_ZONES; j++)
				n += NODE_DATA(nid)->node_zones[j].
					vm_numa_event[item];
			monitor_printf("%11lu", n);
		}
	}
	monitor_printf("\n");
}

const struct monitor_command monitor_page_alloc_commands[] = {
	{ "alloc", "alloc N [ORDER] [FLAGS]  take N blocks, say where from, free "
	  "them", cmd_alloc },
	{ "numastat", "numastat          NUMA hits and misses per node",
	  cmd_numastat },
	{ }
};
