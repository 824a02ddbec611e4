/* kernel/time/timekeeping.c: ktime_get_ns from the best clocksource. */
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/timekeeping.h>

static u64 jiffies_read(void)
{
	return jiffies - INITIAL_JIFFIES;
}

static struct clocksource clocksource_jiffies = {
	.name = "jiffies",
	.read = jiffies_read,
	.mult = (u64)TICK_NSEC << 32,
};

static struct clocksource *clock = &clocksource_jiffies;
static u64 cycle_base, ns_base, boot_real_ns;
static u64 last_jiffies_update;		/* the clock's ns at the last jiffy */

static u64 cycles_to_ns(u64 cycles, u64 mult)
{
	return (u64)(((unsigned __int128)cycles * mult) >> 32);
}

u64 ktime_get_ns(void)
{
	return ns_base + cycles_to_ns(clock->read() - cycle_base,
				      clock->mult);
}

void clocksource_register_hz(struct clocksource *cs, u64 hz)
{
	u64 now = ktime_get_ns();

	cs->mult = ((unsigned __int128)NSEC_PER_SEC << 32) / hz;
	cycle_base = cs->read();
	ns_base = now;
	last_jiffies_update = now;
	clock = cs;
	pr_info("clocksource: Switched to clocksource %s\n", cs->name);
}

void timekeeping_init(void)
{
	boot_real_ns = read_persistent_clock64() * NSEC_PER_SEC -
		       ktime_get_ns();
}

u64 ktime_get_real_ns(void)
{
	return boot_real_ns + ktime_get_ns();
}

void tick_do_update_jiffies64(void)
{
	s64 delta;
	unsigned long ticks = 1;

	if (clock != &clocksource_jiffies) {
		delta = ktime_get_ns() - last_jiffies_update;
		if (delta >= 2 * (s64)TICK_NSEC)
			ticks = delta / TICK_NSEC;
		last_jiffies_update += ticks * TICK_NSEC;
	}
	jiffies += ticks;
}
