/*
 * Exercise 17.1: a device's share of the dirty threshold. See
 * 1-wbshare.md; grade it with `make grade CH=17`.
 */
#include "wbshare.h"

/*
 * Start `periods` new periods. For now it only counts them: it halves
 * nothing, and starts them even when nothing was written.
 */
bool fprop_new_period(struct fprop_global *p, int periods)
{
	p->period += periods;
	return true;
}

/*
 * The device's fraction of the pages written. For now it reads the two
 * counts as they are, as if no period had begun since the device last
 * wrote.
 */
void fprop_fraction(struct fprop_global *p, struct fprop_local *pl,
		    unsigned long *numerator, unsigned long *denominator)
{
	*numerator = pl->events;
	*denominator = p->events;
}

/*
 * The device has finished writing nr pages. For now it adds them to
 * both counts, with no regard for the periods or for max_prop_frac.
 */
void wb_writeout_add(struct fprop_global *p, struct wb_share *wb, long nr)
{
	wb->completions.events += nr;
	p->events += nr;
}

/*
 * The device's share of thresh. For now: its fraction of thresh, with
 * neither the minimum shares nor the maximum.
 */
unsigned long wb_calc_thresh(struct fprop_global *p, struct wb_share *wb,
			     unsigned int bdi_min_ratio, unsigned long thresh)
{
	unsigned long num, den;

	fprop_fraction(p, &wb->completions, &num, &den);
	return thresh * num / den;
}
