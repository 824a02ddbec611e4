/*
 * Exercise 6.1: build_zonelist_zone_order() builds a node's zonelist in
 * zone order, all nodes' highest zones first and ZONE_DMA last, and
 * default_zonelist_order() decides, as Linux 3.17 did, which order to use.
 */
#ifndef EXERCISE_ZONEORDER_H
#define EXERCISE_ZONEORDER_H
#include <linux/mm.h>
#include <linux/numa_memblks.h>

#define ZONELIST_ORDER_NODE	1	/* the chapter's order */
#define ZONELIST_ORDER_ZONE	2	/* this exercise's order */

int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z);
int default_zonelist_order(void);

#endif
