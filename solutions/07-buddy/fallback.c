/*
 * Exercise 7.3: the smallest fallback for movable requests. See
 * 3-fallback.md; grade it with `make grade CH=7`.
 */
#include "fallback.h"

static const int fallbacks[EX_PCPTYPES][2] = {
	[EX_UNMOVABLE]   = { EX_RECLAIMABLE, EX_MOVABLE },
	[EX_MOVABLE]     = { EX_RECLAIMABLE, EX_UNMOVABLE },
	[EX_RECLAIMABLE] = { EX_UNMOVABLE, EX_MOVABLE },
};

/* Whether a fallback block of this order may claim its pageblock. */
bool can_steal_fallback(unsigned int order, int start_mt)
{
	return order >= EX_PAGEBLOCK_ORDER / 2 ||
	       start_mt == EX_RECLAIMABLE || start_mt == EX_UNMOVABLE;
}

/*
 * The first type of migratetype's fallback table whose list in area
 * (one order's counts, area[mt] for each type) is not empty, or -1;
 * *can_steal says whether a block of that order may claim its
 * pageblock. With only_stealable, a type counts only if it may.
 */
int find_suitable_fallback(const unsigned long *area, unsigned int order,
			   int migratetype, bool only_stealable,
			   bool *can_steal)
{
	unsigned long nr_free = 0;
	int i, mt;

	for (mt = 0; mt < EX_MIGRATE_TYPES; mt++)
		nr_free += area[mt];
	if (!nr_free)
		return -1;
	*can_steal = false;
	for (i = 0; i < 2; i++) {
		mt = fallbacks[migratetype][i];
		if (!area[mt])
			continue;
		if (can_steal_fallback(order, migratetype))
			*can_steal = true;
		if (!only_stealable || *can_steal)
			return mt;
	}
	return -1;
}

/*
 * Choose the block that a request of this order and type takes from
 * another type's list; false when there is none. The largest block,
 * unless the request is movable and may not claim that block's
 * pageblock: then the smallest. With nofragment, a request below a
 * pageblock takes no block below a pageblock.
 */
bool rmqueue_fallback(const ex_free_lists_t free, unsigned int order,
		      int start_mt, bool nofragment,
		      struct fallback_pick *pick)
{
	int min_order = order, o, mt = -1;
	bool can_steal = false;

	if (start_mt >= EX_PCPTYPES)
		return false;
	if (nofragment && order < EX_PAGEBLOCK_ORDER)
		min_order = EX_PAGEBLOCK_ORDER;
	for (o = EX_MAX_ORDER - 1; o >= min_order; o--) {
		mt = find_suitable_fallback(free[o], o, start_mt, false,
					    &can_steal);
		if (mt != -1)
			break;
	}
	if (mt == -1)
		return false;
	if (!can_steal && start_mt == EX_MOVABLE && o > (int)order) {
		for (o = order; o < EX_MAX_ORDER; o++) {
			mt = find_suitable_fallback(free[o], o, start_mt,
						    false, &can_steal);
			if (mt != -1)
				break;
		}
	}
	pick->order = o;
	pick->migratetype = mt;
	pick->can_steal = can_steal;
	return true;
}
