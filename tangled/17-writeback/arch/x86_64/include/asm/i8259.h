#ifndef _ASM_I8259_H
#define _ASM_I8259_H
/* The 8259A PICs: ports, and where their lines go among the vectors. */
#define PIC_MASTER_CMD	0x20
#define PIC_MASTER_IMR	0x21
#define PIC_SLAVE_CMD	0xa0
#define PIC_SLAVE_IMR	0xa1
#define PIC_CASCADE_IR	2		/* the slave's line on the master */
#define IRQ0_VECTOR	0x20		/* FIRST_EXTERNAL_VECTOR */
#define NR_IRQS_LEGACY	16

void init_8259A(void);
void enable_8259A_irq(unsigned int irq);
void ack_8259A_irq(unsigned int irq);
#endif
