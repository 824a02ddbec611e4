/*
 * arch/host/sleep.c: the simulated machine has nothing else to run
 * while a task sleeps, so its clock jumps to the end of the sleep.
 */
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/writeback.h>

long io_schedule_timeout(long timeout)
{
	jiffies += timeout;
	__set_current_state(TASK_RUNNING);
	return 0;
}
