/* kernel/time/tick.c: what happens at every tick. */
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/timer.h>

volatile unsigned long jiffies = INITIAL_JIFFIES;

void tick_handle_periodic(void)
{
	tick_do_update_jiffies64();

	run_local_timers();
	scheduler_tick();
}
