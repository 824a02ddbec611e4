/* kernel/time/tick.c: what happens at every tick. */
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/timer.h>
#include <asm/irq_regs.h>
#include <asm/ptrace.h>

volatile unsigned long jiffies = INITIAL_JIFFIES;
struct pt_regs *__irq_regs;

void tick_handle_periodic(void)
{
	tick_do_update_jiffies64();
	account_process_tick(current, get_irq_regs() &&
			     user_mode(get_irq_regs()));
	run_local_timers();
	scheduler_tick();
}
