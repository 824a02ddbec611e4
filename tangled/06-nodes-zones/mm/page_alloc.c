/* mm/page_alloc.c: the page allocator, from the zonelists it walks. */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>


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
