#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H
/* Ticks: HZ of them a second, counted in jiffies. */
#include <linux/types.h>

#define HZ		250
#define MSEC_PER_SEC	1000L
#define NSEC_PER_SEC	1000000000L
#define TICK_NSEC	((NSEC_PER_SEC + HZ / 2) / HZ)
#define INITIAL_JIFFIES	((unsigned long)(unsigned int)(-300 * HZ))

extern volatile unsigned long jiffies;

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)

static inline unsigned long msecs_to_jiffies(unsigned int m)
{
	return (m + (MSEC_PER_SEC / HZ) - 1) / (MSEC_PER_SEC / HZ);
}

static inline unsigned int jiffies_to_msecs(unsigned long j)
{
	return j * (MSEC_PER_SEC / HZ);
}
#endif
