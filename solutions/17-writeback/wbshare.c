/*
 * Exercise 17.1: a device's share of the dirty threshold, as Linux 6.1's
 * lib/flex_proportions.c (fprop_new_period, fprop_reflect_period_percpu,
 * fprop_fraction_percpu, __fprop_add_percpu_max) and mm/page-writeback.c
 * (__wb_writeout_add, __wb_calc_thresh) compute it.
 */
#include "wbshare.h"

bool fprop_new_period(struct fprop_global *p, int periods)
{
	long long events = p->events;

	if (events <= 1)
		return false;	/* nothing to age: leave the period be */
	if (periods < 64)
		events -= events >> periods;
	p->events -= events;
	p->period += periods;
	return true;
}

/* Age the device's count by the periods begun since it was last aged. */
static void fprop_reflect_period(struct fprop_global *p,
				 struct fprop_local *pl)
{
	unsigned int period = p->period;

	if (pl->period >= period)
		return;
	if (period - pl->period < 64)
		pl->events >>= period - pl->period;
	else
		pl->events = 0;
	pl->period = period;
}

void fprop_fraction(struct fprop_global *p, struct fprop_local *pl,
		    unsigned long *numerator, unsigned long *denominator)
{
	long long num, den;

	fprop_reflect_period(p, pl);
	num = pl->events;
	den = p->events;
	if (den <= num)
		den = num ? num : 1;
	*numerator = num;
	*denominator = den;
}

void wb_writeout_add(struct fprop_global *p, struct wb_share *wb, long nr)
{
	struct fprop_local *pl = &wb->completions;
	unsigned long max_frac = wb->max_prop_frac;
	unsigned long numerator, denominator;
	long long room;

	if (max_frac < FPROP_FRAC_BASE) {
		fprop_fraction(p, pl, &numerator, &denominator);
		room = (long long)(denominator * max_frac -
				   (numerator << FPROP_FRAC_SHIFT));
		if (room < 0)
			return;		/* already over its share */
		if ((unsigned long)room < nr * (FPROP_FRAC_BASE - max_frac))
			nr = (room + FPROP_FRAC_BASE - max_frac - 1) /
			     (FPROP_FRAC_BASE - max_frac);
	}
	fprop_reflect_period(p, pl);
	pl->events += nr;
	p->events += nr;
}

unsigned long wb_calc_thresh(struct fprop_global *p, struct wb_share *wb,
			     unsigned int bdi_min_ratio, unsigned long thresh)
{
	unsigned long numerator, denominator;
	unsigned long long wb_thresh;

	fprop_fraction(p, &wb->completions, &numerator, &denominator);
	wb_thresh = (thresh * (100 - bdi_min_ratio)) / 100;
	wb_thresh *= numerator;
	wb_thresh /= denominator;
	wb_thresh += (thresh * wb->min_ratio) / 100;
	if (wb_thresh > (thresh * wb->max_ratio) / 100)
		wb_thresh = (thresh * wb->max_ratio) / 100;
	return wb_thresh;
}
