/*
 * Exercise 6.1: build_zonelist_zone_order() and default_zonelist_order().
 * See 1-zoneorder.md; grade them with `make grade CH=6`.
 */
#include "zoneorder.h"

/*
 * Fill z[] with the populated zones of all online nodes, zone type by
 * zone type from the highest to ZONE_DMA, and within each type the nodes
 * in the chapter's order from pgdat's node (build_node_order()). End
 * with an entry whose zone is NULL; return how many zones.
 */
int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z)
{
	(void)pgdat;
	z[0].zone = NULL;
	z[0].zone_idx = 0;
	return 0;
}

/*
 * ZONELIST_ORDER_NODE or ZONELIST_ORDER_ZONE, by the sizes of the zones
 * below ZONE_NORMAL: see the handout's three rules.
 */
int default_zonelist_order(void)
{
	return ZONELIST_ORDER_NODE;
}
