#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H
/* The processor's interrupt flag (RFLAGS.IF): turning interrupts off. */
#include <linux/types.h>

#ifndef X86_EFLAGS_IF
#define X86_EFLAGS_IF	0x00000200	/* interrupts enabled */
#endif

static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	asm volatile("pushfq; popq %0" : "=r"(flags) : : "memory");
	return flags;
}

static inline void local_irq_disable(void)
{
	asm volatile("cli" : : : "memory");
}

static inline void local_irq_enable(void)
{
	asm volatile("sti" : : : "memory");
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = native_save_fl();

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
	return !(native_save_fl() & X86_EFLAGS_IF);
}

/* sti takes effect after the next instruction: no interrupt is lost */
static inline void safe_halt(void)
{
	asm volatile("sti; hlt" : : : "memory");
}
#endif
