/*
 * Exercise 6.2: madt_isa_irq_routes() reads the MADT's interrupt source
 * overrides into the route of each of the PC's sixteen old interrupts.
 */
#ifndef EXERCISE_ISAIRQ_H
#define EXERCISE_ISAIRQ_H
#include <linux/acpi.h>

#define NR_IRQS_LEGACY		16	/* ISA's IRQs 0 to 15 */
#define INVALID_ACPI_IRQ	0xffffffffU	/* no GSI */
#define MADT_HEAD_SIZE		44	/* header, APIC address, flags */
#define MADT_TYPE_INT_OVERRIDE	2	/* interrupt source override */

/* Where one ISA IRQ arrives, and how its signal is read. */
struct isa_irq_route {
	u32 gsi;		/* a global system interrupt, or none */
	bool level;		/* level-triggered; false: edge-triggered */
	bool active_low;	/* active low; false: active high */
};

int madt_isa_irq_routes(const struct acpi_table_header *madt,
			struct isa_irq_route *routes);

#endif
