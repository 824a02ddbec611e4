/*
 * Exercise 6.1, a solution: the chapter's node order, walked once per
 * zone type; and Linux 3.17's choice between the two orders.
 */
#include "zoneorder.h"

int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z)
{
	int order[MAX_NUMNODES], n = build_node_order(pgdat->node_id, order);
	int zt, i, nr = 0;

	for (zt = MAX_NR_ZONES - 1; zt >= 0; zt--) {
		for (i = 0; i < n; i++) {
			struct zone *zone;

			zone = &NODE_DATA(order[i])->node_zones[zt];
			if (!populated_zone(zone))
				continue;
			z[nr].zone = zone;
			z[nr++].zone_idx = zt;
		}
	}
	z[nr].zone = NULL;
	z[nr].zone_idx = 0;
	return nr;
}

/* Low memory (below ZONE_NORMAL) and all memory of one node. */
static void node_sizes(int nid, bool managed, unsigned long *low,
		       unsigned long *total)
{
	int zt;

	for (zt = 0; zt < MAX_NR_ZONES; zt++) {
		const struct zone *z = &NODE_DATA(nid)->node_zones[zt];
		unsigned long pages = managed ? z->managed_pages :
				      z->present_pages;

		if (!populated_zone(z))
			continue;
		if (zt < ZONE_NORMAL)
			*low += pages;
		*total += pages;
	}
}

int default_zonelist_order(void)
{
	unsigned long low = 0, total = 0, average;
	int nid;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		if (!populated_zone(&NODE_DATA(nid)->node_zones[ZONE_NORMAL]))
			return ZONELIST_ORDER_NODE;	/* only low memory */
		node_sizes(nid, true, &low, &total);
	}
	if (!low || low > total / 2)
		return ZONELIST_ORDER_NODE;
	average = total / (nr_online_nodes + 1);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		unsigned long node_low = 0, node_total = 0;

		node_sizes(nid, false, &node_low, &node_total);
		if (node_low && node_total > average &&
		    node_low > node_total * 70 / 100)
			return ZONELIST_ORDER_NODE;
	}
	return ZONELIST_ORDER_ZONE;
}
