#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H
/* The simulated machine's interrupt flag: a variable. */
#include <linux/types.h>

#define X86_EFLAGS_IF	0x00000200

extern unsigned long host_irq_flags;

static inline void local_irq_disable(void)
{
	host_irq_flags &= ~X86_EFLAGS_IF;
}

static inline void local_irq_enable(void)
{
	host_irq_flags |= X86_EFLAGS_IF;
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = host_irq_flags;

	local_irq_disable();
	return flags;
}

#define local_irq_save(flags) do { (flags) = arch_local_irq_save(); } while (0)
#define local_irq_restore(flags) do {					\
	if ((flags) & X86_EFLAGS_IF)					\
		local_irq_enable();					\
} while (0)

static inline bool irqs_disabled(void)
{
	return !(host_irq_flags & X86_EFLAGS_IF);
}
#endif
