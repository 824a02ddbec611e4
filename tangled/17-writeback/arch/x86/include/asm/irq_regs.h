#ifndef _ASM_X86_IRQ_REGS_H
#define _ASM_X86_IRQ_REGS_H
/* The registers an interrupt saved, while its handler runs. */
struct pt_regs;

extern struct pt_regs *__irq_regs;	/* Linux: one per CPU */

static inline struct pt_regs *get_irq_regs(void)
{
	return __irq_regs;
}

static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old_regs = __irq_regs;

	__irq_regs = new_regs;
	return old_regs;
}
#endif
