/*
 * Exercise 9.1: the HighAtomic reserve. reserve_highatomic_pageblock()
 * sets a pageblock aside for high-order atomic requests, as Linux 6.1
 * does after one of them succeeds; unreserve_highatomic_pageblock()
 * gives one back when an allocation is about to fail.
 */
#ifndef EXERCISE_HIGHATOMIC_H
#define EXERCISE_HIGHATOMIC_H
#include <stdbool.h>
#include <stddef.h>

#define EX_MAX_ORDER		11
#define pageblock_order		9
#define pageblock_nr_pages	(1UL << pageblock_order)

/* The migratetypes, as in chapter 7. */
#define MIGRATE_UNMOVABLE	0
#define MIGRATE_MOVABLE		1
#define MIGRATE_RECLAIMABLE	2
#define MIGRATE_PCPTYPES	3
#define MIGRATE_HIGHATOMIC	MIGRATE_PCPTYPES
#define MIGRATE_ISOLATE		4

#define EX_NR_BLOCKS		8	/* pageblocks of a zone */
#define EX_MAX_FREE		32	/* free blocks of a zone */

/* A free block: where it starts, its order, the list it is on. */
struct ex_free_block {
	unsigned long pfn;
	unsigned int order;
	int migratetype;
};

/*
 * A zone, reduced to what the reserve touches: its pageblocks' types
 * and its free blocks. Of the free blocks of one order and list, the
 * first in free[] is the head of the list.
 */
struct ex_zone {
	unsigned long zone_start_pfn;	/* starts a pageblock */
	unsigned long managed_pages;
	unsigned long nr_reserved_highatomic;
	int pageblock_type[EX_NR_BLOCKS];
	int nr_free;
	struct ex_free_block free[EX_MAX_FREE];
};

/* Chapter 7's pageblock types, by the number of a frame in the zone. */
static inline int get_pageblock_migratetype(const struct ex_zone *zone,
					    unsigned long pfn)
{
	return zone->pageblock_type[(pfn - zone->zone_start_pfn) >>
				    pageblock_order];
}

static inline void set_pageblock_migratetype(struct ex_zone *zone,
					     unsigned long pfn, int mt)
{
	zone->pageblock_type[(pfn - zone->zone_start_pfn) >>
			     pageblock_order] = mt;
}

/* Whether a pageblock of type mt holds ordinary pages that merge. */
static inline bool migratetype_is_mergeable(int mt)
{
	return mt < MIGRATE_PCPTYPES;
}

/* The block at the head of the list of order and mt, or NULL. */
static inline struct ex_free_block *
get_page_from_free_area(struct ex_zone *zone, unsigned int order, int mt)
{
	int i;

	for (i = 0; i < zone->nr_free; i++)
		if (zone->free[i].order == order &&
		    zone->free[i].migratetype == mt)
			return &zone->free[i];
	return NULL;
}

/*
 * Chapter 7's move_freepages_block: put every free block of the
 * pageblock of pfn on the lists of mt; return the pages moved. The
 * pageblock's own type does not change.
 */
static inline unsigned long move_freepages_block(struct ex_zone *zone,
						 unsigned long pfn, int mt)
{
	unsigned long start = pfn & ~(pageblock_nr_pages - 1);
	unsigned long moved = 0;
	int i;

	for (i = 0; i < zone->nr_free; i++) {
		struct ex_free_block *b = &zone->free[i];

		if (b->pfn >= start && b->pfn < start + pageblock_nr_pages) {
			b->migratetype = mt;
			moved += 1UL << b->order;
		}
	}
	return moved;
}

void reserve_highatomic_pageblock(unsigned long pfn, struct ex_zone *zone);
bool unreserve_highatomic_pageblock(struct ex_zone *const *zonelist,
				    int nr_zones, int migratetype,
				    bool force);

#endif
