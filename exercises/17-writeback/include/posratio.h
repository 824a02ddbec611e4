/*
 * Exercise 17.2: the position ratio, Linux 6.1's measure of how far the
 * dirty pages are from where they should settle. 1 << RATELIMIT_CALC_SHIFT
 * (1024) is 1.0: a writer may dirty pages at its device's base rate; 2048
 * lets it go twice as fast, 0 stops it.
 */
#ifndef EXERCISE_POSRATIO_H
#define EXERCISE_POSRATIO_H

#define RATELIMIT_CALC_SHIFT	10

/*
 * Linux's struct dirty_throttle_control, with what it reaches through
 * its pointers copied in: dirty_limit from its wb_domain, write_bw from
 * its bdi_writeback. Pages, except write_bw.
 */
struct dirty_throttle_control {
	unsigned long thresh;		/* the dirty threshold */
	unsigned long bg_thresh;	/* the background threshold */
	unsigned long dirty;		/* dirty and writeback pages */
	unsigned long dirty_limit;	/* follows thresh, down slowly */
	unsigned long wb_thresh;	/* the device's share of thresh */
	unsigned long wb_dirty;		/* the device's dirty and writeback */
	unsigned long write_bw;		/* the device's, pages a second */
	unsigned long pos_ratio;	/* the answer */
};

long long pos_ratio_polynom(unsigned long setpoint, unsigned long dirty,
			    unsigned long limit);
void wb_position_ratio(struct dirty_throttle_control *dtc);

#endif
