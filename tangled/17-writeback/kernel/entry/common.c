/* kernel/entry/common.c: what is done before returning to user mode. */
#include <asm/irqflags.h>
#include <linux/entry-common.h>
#include <linux/sched.h>

void exit_to_user_mode_prepare(struct pt_regs *regs)
{
	while (need_resched()) {
		local_irq_enable();
		schedule();
		local_irq_disable();
	}

}
