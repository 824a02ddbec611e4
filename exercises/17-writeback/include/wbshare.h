/*
 * Exercise 17.1: a device's share of the dirty threshold. Linux 6.1
 * counts the pages each device has finished writing in "flexible
 * proportions": a count per device and one for the machine, both halved
 * at the start of every period (three seconds), so that recent writes
 * weigh more than old ones. A device's share of the threshold is its
 * fraction of the machine's count, within its min_ratio and max_ratio.
 */
#ifndef EXERCISE_WBSHARE_H
#define EXERCISE_WBSHARE_H
#include <stdbool.h>

#define FPROP_FRAC_SHIFT	10
#define FPROP_FRAC_BASE		(1UL << FPROP_FRAC_SHIFT)

/* The machine's count (Linux: global_wb_domain.completions). */
struct fprop_global {
	long long events;	/* pages written, halved each period */
	unsigned int period;	/* periods begun since boot */
};

/* One device's count (Linux: a bdi_writeback's completions). */
struct fprop_local {
	long long events;	/* as of the start of period .period */
	unsigned int period;
};

/* One device: its count and the limits of its backing_dev_info. */
struct wb_share {
	struct fprop_local completions;
	unsigned int min_ratio;		/* per cent of thresh, at least */
	unsigned int max_ratio;		/* per cent of thresh, at most */
	unsigned int max_prop_frac;	/* max_ratio in FPROP_FRAC_BASE parts */
};

/* fprop_global_init(): events start at 1, never to divide by 0. */
static inline void fprop_global_init(struct fprop_global *p)
{
	p->events = 1;
	p->period = 0;
}

/* bdi_init() and bdi_set_min_ratio()/bdi_set_max_ratio(), unchecked. */
static inline void wb_share_init(struct wb_share *wb, unsigned int min_ratio,
				 unsigned int max_ratio)
{
	wb->completions.events = 0;
	wb->completions.period = 0;
	wb->min_ratio = min_ratio;
	wb->max_ratio = max_ratio;
	wb->max_prop_frac = (FPROP_FRAC_BASE * max_ratio) / 100;
}

bool fprop_new_period(struct fprop_global *p, int periods);
void fprop_fraction(struct fprop_global *p, struct fprop_local *pl,
		    unsigned long *numerator, unsigned long *denominator);
void wb_writeout_add(struct fprop_global *p, struct wb_share *wb, long nr);
unsigned long wb_calc_thresh(struct fprop_global *p, struct wb_share *wb,
			     unsigned int bdi_min_ratio, unsigned long thresh);

#endif
