#ifndef _LINUX_TIMEKEEPING_H
#define _LINUX_TIMEKEEPING_H
/* The clock: nanoseconds since boot, and the time of day. */
#include <linux/types.h>

struct clocksource {
	const char *name;
	u64 (*read)(void);
	u64 mult;			/* ns = cycles * mult >> 32 */
};

void clocksource_register_hz(struct clocksource *cs, u64 hz);
u64 ktime_get_ns(void);
u64 ktime_get_real_ns(void);
void timekeeping_init(void);
void time_init(void);			/* the architecture's devices */
u64 read_persistent_clock64(void);	/* seconds since 1970, at boot */
void tick_handle_periodic(void);
void tick_do_update_jiffies64(void);
#endif
