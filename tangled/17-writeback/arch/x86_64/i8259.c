/* arch/x86_64/i8259.c: the two 8259A interrupt controllers of the PC. */
#include <asm/i8259.h>
#include <asm/io.h>
#include <linux/kernel.h>

static unsigned int cached_irq_mask = 0xffff;	/* 1: masked */

static void write_masks(void)
{
	outb(cached_irq_mask & 0xff, PIC_MASTER_IMR);
	outb(cached_irq_mask >> 8, PIC_SLAVE_IMR);
}

void init_8259A(void)
{
	outb(0x11, PIC_MASTER_CMD);	/* ICW1: edge, cascade, ICW4 */
	outb(IRQ0_VECTOR, PIC_MASTER_IMR);	/* ICW2: lines 0-7 */
	outb(1U << PIC_CASCADE_IR, PIC_MASTER_IMR);	/* ICW3 */
	outb(0x01, PIC_MASTER_IMR);	/* ICW4: 8086 mode, normal EOI */
	outb(0x11, PIC_SLAVE_CMD);
	outb(IRQ0_VECTOR + 8, PIC_SLAVE_IMR);	/* lines 8-15 */
	outb(PIC_CASCADE_IR, PIC_SLAVE_IMR);	/* its input on the master */
	outb(0x01, PIC_SLAVE_IMR);
	cached_irq_mask = 0xffff & ~(1U << PIC_CASCADE_IR);
	write_masks();
}

void enable_8259A_irq(unsigned int irq)
{
	cached_irq_mask &= ~(1U << irq);
	write_masks();
}

void ack_8259A_irq(unsigned int irq)
{
	if (irq >= 8) {
		outb(0x60 + (irq & 7), PIC_SLAVE_CMD);	/* specific EOI */
		outb(0x60 + PIC_CASCADE_IR, PIC_MASTER_CMD);
	} else {
		outb(0x60 + irq, PIC_MASTER_CMD);
	}
}
