/*
 * Exercise 7.3: rmqueue_fallback() chooses the block that a request takes
 * from another migratetype's free lists, as Linux 6.1's
 * __rmqueue_fallback() does: the largest block, except for a movable
 * request that may not claim the block's pageblock, which takes the
 * smallest.
 */
#ifndef EXERCISE_FALLBACK_H
#define EXERCISE_FALLBACK_H
#include <stdbool.h>

#define EX_MAX_ORDER		11
#define EX_PAGEBLOCK_ORDER	9

enum {
	EX_UNMOVABLE,
	EX_MOVABLE,
	EX_RECLAIMABLE,
	EX_PCPTYPES,		/* the types with fallbacks */
	EX_HIGHATOMIC = EX_PCPTYPES,
	EX_ISOLATE,
	EX_MIGRATE_TYPES
};

/* A zone's free lists: free[o][mt] blocks of order o on mt's list. */
typedef unsigned long ex_free_lists_t[EX_MAX_ORDER][EX_MIGRATE_TYPES];

/* The block a fallback takes: its order, its list, and whether it may
 * claim its pageblock for the request's type. */
struct fallback_pick {
	unsigned int order;
	int migratetype;
	bool can_steal;
};

bool can_steal_fallback(unsigned int order, int start_mt);
int find_suitable_fallback(const unsigned long *area, unsigned int order,
			   int migratetype, bool only_stealable,
			   bool *can_steal);
bool rmqueue_fallback(const ex_free_lists_t free, unsigned int order,
		      int start_mt, bool nofragment,
		      struct fallback_pick *pick);

#endif
