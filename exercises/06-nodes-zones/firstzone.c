/*
 * Exercise 6.3: walking a zonelist. See 3-firstzone.md; grade it with
 * `make grade CH=6`.
 */
#include "firstzone.h"

/*
 * From z on, return the first reference whose zone_idx is at most
 * highest_zoneidx and whose node is allowed by nodemask (NULL: any node);
 * or the terminating reference (zone NULL) if there is none.
 */
struct zoneref *next_zones_zonelist(struct zoneref *z,
				    enum zone_type highest_zoneidx,
				    const bool *nodemask)
{
	(void)highest_zoneidx;
	(void)nodemask;
	return z;
}

struct zoneref *first_zones_zonelist(struct zonelist *zonelist,
				     enum zone_type highest_zoneidx,
				     const bool *nodemask)
{
	return next_zones_zonelist(zonelist->_zonerefs, highest_zoneidx,
				   nodemask);
}
