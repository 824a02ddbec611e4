/* kernel/time/tick.c: what happens at every tick. */
#include <asm/irq_regs.h>
#include <asm/ptrace.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/timer.h>

volatile unsigned long jiffies = INITIAL_JIFFIES;
struct pt_regs *__irq_regs;

void tick_handle_periodic(void)
{
	struct pt_regs *regs = get_irq_regs();

	jiffies++;
	account_process_tick(current, regs && user_mode(regs));
	run_local_timers();
	scheduler_tick();
}
