/* arch/x86_64/sleep.c: a sleep that waits for I/O: the timer's. */
#include <linux/sched.h>
#include <linux/writeback.h>

long io_schedule_timeout(long timeout)
{
	return schedule_timeout(timeout);
}
