/*
 * Exercise 17.2: the position ratio. See 2-posratio.md; grade it with
 * `make grade CH=17`.
 */
#include "posratio.h"

/*
 * 1.0 at the setpoint, 0 at the limit, 2.0 at the other side. For now a
 * straight line through those points, where Linux's is a cubic.
 */
long long pos_ratio_polynom(unsigned long setpoint, unsigned long dirty,
			    unsigned long limit)
{
	long long span = (long long)limit - (long long)setpoint;
	long long pos_ratio;

	if (span <= 0)
		return 0;
	pos_ratio = (1 << RATELIMIT_CALC_SHIFT) +
		    ((long long)setpoint - (long long)dirty) *
		    (1 << RATELIMIT_CALC_SHIFT) / span;
	if (pos_ratio < 0)
		return 0;
	if (pos_ratio > 2 << RATELIMIT_CALC_SHIFT)
		return 2 << RATELIMIT_CALC_SHIFT;
	return pos_ratio;
}

/*
 * The machine's curve only, for now: the device's share and its dirty
 * pages play no part.
 */
void wb_position_ratio(struct dirty_throttle_control *dtc)
{
	unsigned long freerun = (dtc->thresh + dtc->bg_thresh) / 2;
	unsigned long limit = dtc->thresh;

	dtc->pos_ratio = 0;
	if (dtc->dirty >= limit)
		return;
	dtc->pos_ratio = pos_ratio_polynom((freerun + limit) / 2, dtc->dirty,
					   limit);
}
