/*
 * Exercise 6.1: build_zonelist_zone_order(). See 1-zoneorder.md; grade
 * it with `make grade CH=6`.
 */
#include "zoneorder.h"

/*
 * Fill z[] with the populated zones of all online nodes, zone type by
 * zone type from the highest to ZONE_DMA, and within each type the nodes
 * nearest to pgdat's node first (its own first; equal distances by node
 * number). End with an entry whose zone is NULL; return how many zones.
 */
int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z)
{
	(void)pgdat;
	z[0].zone = NULL;
	z[0].zone_idx = 0;
	return 0;
}
