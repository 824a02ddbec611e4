/*
 * Exercise 6.1, a solution: the node order first, as the chapter builds
 * it, then one pass over the nodes per zone type.
 */
#include "zoneorder.h"

static int node_order(int nid, int *order)
{
	bool used[MAX_NUMNODES] = { false };
	int n = 0, k, best;

	for (;;) {
		best = -1;
		for (k = 0; k < nr_online_nodes; k++) {
			if (used[k] || !NODE_DATA(k))
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

int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z)
{
	int order[MAX_NUMNODES], n = node_order(pgdat->node_id, order);
	int zt, i, nr = 0;

	for (zt = MAX_NR_ZONES - 1; zt >= 0; zt--) {
		for (i = 0; i < n; i++) {
			struct zone *zone = &NODE_DATA(order[i])->node_zones[zt];

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
