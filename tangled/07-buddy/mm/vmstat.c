/* mm/vmstat.c: /proc/buddyinfo and /proc/pagetypeinfo. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>


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
