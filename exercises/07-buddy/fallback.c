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
	(void)area;
	(void)order;
	(void)migratetype;
	(void)only_stealable;
	(void)can_steal;
	return -1;
}

/*
 * Choose the block that a request of this order and type takes from
 * another type's list; false when there is none. This is the chapter's
 * search, from the largest order down.
 */
bool rmqueue_fallback(const ex_free_lists_t free, unsigned int order,
		      int start_mt, bool nofragment,
		      struct fallback_pick *pick)
{
	int o, i;

	(void)nofragment;
	if (start_mt >= EX_PCPTYPES)
		return false;
	for (o = EX_MAX_ORDER - 1; o >= (int)order; o--) {
		for (i = 0; i < 2; i++) {
			int mt = fallbacks[start_mt][i];

			if (!free[o][mt])
				continue;
			pick->order = o;
			pick->migratetype = mt;
			pick->can_steal = can_steal_fallback(o, start_mt);
			return true;
		}
	}
	return false;
}
