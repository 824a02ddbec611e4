/*
 * Exercise A.2: mmcheck_highatomic() checks a zone's HighAtomic reserve:
 * nr_reserved_highatomic counts the zone's HighAtomic pageblocks, and
 * stays within the limit that Linux's reserve_highatomic_pageblock()
 * keeps.
 */
#ifndef EXERCISE_HIGHATOMIC_H
#define EXERCISE_HIGHATOMIC_H
#include <linux/mmzone.h>
#include <linux/types.h>

unsigned long highatomic_limit(const struct zone *zone);
unsigned long mmcheck_highatomic(struct zone *zone, bool verbose);

#endif
