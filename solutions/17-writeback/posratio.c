/*
 * Exercise 17.2: the position ratio, as Linux 6.1's mm/page-writeback.c
 * computes it (pos_ratio_polynom, wb_position_ratio without the
 * BDI_CAP_STRICTLIMIT case).
 */
#include "posratio.h"

/* 1 + ((setpoint - dirty) / (limit - setpoint))^3, in 1024ths. */
long long pos_ratio_polynom(unsigned long setpoint, unsigned long dirty,
			    unsigned long limit)
{
	long long pos_ratio;
	long x;

	/* Linux shifts left; a product says the same, defined when < 0 */
	x = ((long long)setpoint - (long long)dirty) *
	    (1LL << RATELIMIT_CALC_SHIFT) /
	    (long long)((limit - setpoint) | 1);
	pos_ratio = x;
	pos_ratio = pos_ratio * x >> RATELIMIT_CALC_SHIFT;
	pos_ratio = pos_ratio * x >> RATELIMIT_CALC_SHIFT;
	pos_ratio += 1 << RATELIMIT_CALC_SHIFT;
	if (pos_ratio < 0)
		return 0;
	if (pos_ratio > 2LL << RATELIMIT_CALC_SHIFT)
		return 2LL << RATELIMIT_CALC_SHIFT;
	return pos_ratio;
}

void wb_position_ratio(struct dirty_throttle_control *dtc)
{
	unsigned long freerun = (dtc->thresh + dtc->bg_thresh) / 2;
	unsigned long limit = dtc->thresh;
	unsigned long wb_thresh = dtc->wb_thresh;
	unsigned long setpoint, wb_setpoint, span, x_intercept;
	unsigned long long pos_ratio;
	long x;

	if (dtc->dirty_limit > limit)
		limit = dtc->dirty_limit;
	dtc->pos_ratio = 0;
	if (dtc->dirty >= limit)
		return;

	/* the machine's curve */
	setpoint = (freerun + limit) / 2;
	pos_ratio = pos_ratio_polynom(setpoint, dtc->dirty, limit);

	/* the device's line, through 1.0 at its part of the setpoint */
	if (wb_thresh > dtc->thresh)
		wb_thresh = dtc->thresh;
	if (wb_thresh < (limit - dtc->dirty) / 8)
		wb_thresh = (limit - dtc->dirty) / 8;
	x = ((unsigned long long)wb_thresh << 16) /
	    (unsigned int)(dtc->thresh | 1);
	wb_setpoint = setpoint * (unsigned long long)x >> 16;
	span = (dtc->thresh - wb_thresh + 8 * dtc->write_bw) *
	       (unsigned long long)x >> 16;
	x_intercept = wb_setpoint + span;
	if (dtc->wb_dirty < x_intercept - span / 4)
		pos_ratio = pos_ratio * (x_intercept - dtc->wb_dirty) /
			    ((x_intercept - wb_setpoint) | 1);
	else
		pos_ratio /= 4;

	/* below half its share, the device is let go faster */
	x_intercept = wb_thresh / 2;
	if (dtc->wb_dirty < x_intercept) {
		if (dtc->wb_dirty > x_intercept / 8)
			pos_ratio = pos_ratio * x_intercept /
				    (unsigned int)dtc->wb_dirty;
		else
			pos_ratio *= 8;
	}
	dtc->pos_ratio = pos_ratio;
}
