/*
 * Exercise 6.3: first_zones_zonelist() finds the first zone of a zonelist
 * that an allocation limited to highest_zoneidx may use.
 */
#ifndef EXERCISE_FIRSTZONE_H
#define EXERCISE_FIRSTZONE_H
#include <linux/mm.h>

struct zoneref *first_zones_zonelist(struct zonelist *zonelist,
				     enum zone_type highest_zoneidx,
				     const bool *nodemask);
struct zoneref *next_zones_zonelist(struct zoneref *z,
				    enum zone_type highest_zoneidx,
				    const bool *nodemask);

#endif
