#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H
/* Handlers of device interrupts. */
typedef int irqreturn_t;
#define IRQ_NONE	0
#define IRQ_HANDLED	1

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

struct irq_desc {
	irq_handler_t handler;
	const char *name;
	void *dev_id;
	unsigned long count;		/* interrupts seen */
};

extern struct irq_desc irq_desc[];

int request_irq(unsigned int irq, irq_handler_t handler,
		unsigned long flags, const char *name, void *dev);
void init_IRQ(void);
#endif
