/* arch/x86_64/irq.c: external interrupts, from the gate to the handler. */
#include <asm/desc.h>
#include <asm/i8259.h>
#include <asm/idtentry.h>
#include <asm/segment.h>
#include <linux/entry-common.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/kernel.h>
#include <asm/irq_regs.h>

struct irq_desc irq_desc[NR_IRQS_LEGACY];

int request_irq(unsigned int irq, irq_handler_t handler,
		unsigned long flags, const char *name, void *dev)
{
	if (irq >= NR_IRQS_LEGACY || irq_desc[irq].handler)
		return -EBUSY;
	irq_desc[irq].handler = handler;
	irq_desc[irq].name = name;
	irq_desc[irq].dev_id = dev;
	enable_8259A_irq(irq);
	return 0;
}

void common_interrupt(struct pt_regs *regs, unsigned long vector)
{
	unsigned int irq = vector - IRQ0_VECTOR;
	struct irq_desc *desc = &irq_desc[irq];

	set_irq_regs(regs);
	desc->count++;
	ack_8259A_irq(irq);
	if (desc->handler)
		desc->handler(irq, desc->dev_id);
	set_irq_regs(NULL);
	if (user_mode(regs))
		exit_to_user_mode_prepare(regs);
}

void init_IRQ(void)
{
	unsigned int i;

	for (i = 0; i < NR_IRQS_LEGACY; i++)
		pack_gate(&idt_table[IRQ0_VECTOR + i], GATE_INTERRUPT,
			  (unsigned long)irq_entries_start[i], 0, 0,
			  __KERNEL_CS);
	init_8259A();
	pr_info("NR_IRQS: %u, 8259A at vectors %#x-%#x\n", NR_IRQS_LEGACY,
		IRQ0_VECTOR, IRQ0_VECTOR + NR_IRQS_LEGACY - 1);
}
