/*
 * Exercise 8.2: ALLOC_NOFRAGMENT. alloc_flags_nofragment() says when a
 * request should first avoid mixing migratetypes in a pageblock,
 * rmqueue_ok() whether a zone can serve it under that rule, and
 * get_page_from_freelist() walks the zonelist with it, as Linux 6.1
 * does.
 */
#ifndef EXERCISE_NOFRAGMENT_H
#define EXERCISE_NOFRAGMENT_H
#include <stdbool.h>
#include <stddef.h>

#define pageblock_order		9

enum zone_type { ZONE_DMA, ZONE_DMA32, ZONE_NORMAL, ZONE_MOVABLE,
		 MAX_NR_ZONES };

/* One bit of the GFP mask and two allocation flags, as in chapter 8. */
typedef unsigned int gfp_t;
#define __GFP_KSWAPD_RECLAIM	((gfp_t)0x800u)
#define ALLOC_NOFRAGMENT	0x100
#define ALLOC_KSWAPD		0x800	/* as __GFP_KSWAPD_RECLAIM */

struct ex_pglist_data;

/* A zone, reduced to what the walk asks of it for one request. */
struct ex_zone {
	struct ex_pglist_data *zone_pgdat;
	unsigned long present_pages;
	bool watermark_ok;	/* passes its watermark for the request */
	int own_order;		/* largest free block of the request's */
				/* migratetype; -1: none */
	int fallback_order;	/* largest free block a fallback could */
				/* take; -1: none */
};

struct ex_pglist_data {
	int node_id;
	struct ex_zone node_zones[MAX_NR_ZONES];
};

/* The number of nodes with memory, as Linux's nr_online_nodes. */
extern int nr_online_nodes;

/* As chapter 8's zone_idx: the zone's place among its node's zones. */
static inline int zone_idx(const struct ex_zone *zone)
{
	return (int)(zone - zone->zone_pgdat->node_zones);
}

static inline int zone_to_nid(const struct ex_zone *zone)
{
	return zone->zone_pgdat->node_id;
}

static inline bool populated_zone(const struct ex_zone *zone)
{
	return zone->present_pages != 0;
}

unsigned int alloc_flags_nofragment(const struct ex_zone *zone,
				    gfp_t gfp_mask);
bool rmqueue_ok(const struct ex_zone *zone, unsigned int order,
		unsigned int alloc_flags);
struct ex_zone *get_page_from_freelist(struct ex_zone *const *zonelist,
				       int nr_zones, unsigned int order,
				       unsigned int *alloc_flags);

#endif
