/*
 * Exercise A.1: mmcheck_buddy_marks() checks the converse of mmcheck's
 * first rule: every page of a zone marked PageBuddy is the first page of
 * a block on one of the zone's free lists.
 */
#ifndef EXERCISE_BUDDYMARKS_H
#define EXERCISE_BUDDYMARKS_H
#include <linux/mmzone.h>
#include <linux/types.h>

/* No zone of the simulated machine spans more page frames than this. */
#define BUDDYMARKS_MAX_SPAN	(1UL << 21)

unsigned long mmcheck_buddy_marks(struct zone *zone, bool verbose);

#endif
