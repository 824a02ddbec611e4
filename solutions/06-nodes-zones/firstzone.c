/*
 * Exercise 6.3, a solution: skip the references that are too high or on
 * a node the mask leaves out.
 */
#include "firstzone.h"

struct zoneref *next_zones_zonelist(struct zoneref *z,
				    enum zone_type highest_zoneidx,
				    const bool *nodemask)
{
	while (z->zone && ((enum zone_type)z->zone_idx > highest_zoneidx ||
			   (nodemask && !nodemask[z->zone->node])))
		z++;
	return z;
}

struct zoneref *first_zones_zonelist(struct zonelist *zonelist,
				     enum zone_type highest_zoneidx,
				     const bool *nodemask)
{
	return next_zones_zonelist(zonelist->_zonerefs, highest_zoneidx,
				   nodemask);
}
