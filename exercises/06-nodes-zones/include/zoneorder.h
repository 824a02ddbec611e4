/*
 * Exercise 6.1: build_zonelist_zone_order() builds a node's zonelist in
 * zone order: all nodes' highest zones first, ZONE_DMA last.
 */
#ifndef EXERCISE_ZONEORDER_H
#define EXERCISE_ZONEORDER_H
#include <linux/mm.h>
#include <linux/numa_memblks.h>

int build_zonelist_zone_order(const pg_data_t *pgdat, struct zoneref *z);

#endif
