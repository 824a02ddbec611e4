/*
 * Exercise 6.2, a solution: ISA's identity routes, then the overrides in
 * table order, each taking its GSI away from the IRQ of that number.
 */
#include <linux/string.h>
#include "isairq.h"

/* Polarity (bits 1:0) and trigger (bits 3:2) of an override's flags. */
#define POLARITY(flags)	((flags) & 3)
#define TRIGGER(flags)	(((flags) >> 2) & 3)

static void apply_override(struct isa_irq_route *routes, u8 irq, u32 gsi,
			   u16 flags)
{
	unsigned int trigger = TRIGGER(flags);

	if (irq == 0 && trigger == 3)	/* a timer said level: edge */
		trigger = 1;
	if (gsi < NR_IRQS_LEGACY && routes[gsi].gsi == gsi)
		routes[gsi].gsi = INVALID_ACPI_IRQ;
	routes[irq].gsi = gsi;
	/* 0 conforms to ISA: edge, active high; 2 is reserved */
	routes[irq].level = trigger >= 2;
	routes[irq].active_low = POLARITY(flags) >= 2;
}

int madt_isa_irq_routes(const struct acpi_table_header *madt,
			struct isa_irq_route *routes)
{
	const u8 *p = (const u8 *)madt + MADT_HEAD_SIZE;
	const u8 *end = (const u8 *)madt + madt->length;
	int i, n = 0;

	for (i = 0; i < NR_IRQS_LEGACY; i++)
		routes[i] = (struct isa_irq_route){ .gsi = i };
	for (; p + 2 <= end && p[1] >= 2 && p + p[1] <= end; p += p[1]) {
		u32 gsi;
		u16 flags;

		if (p[0] != MADT_TYPE_INT_OVERRIDE || p[1] < 10 ||
		    p[3] >= NR_IRQS_LEGACY)
			continue;
		memcpy(&gsi, p + 4, 4);
		memcpy(&flags, p + 8, 2);
		apply_override(routes, p[3], gsi, flags);
		n++;
	}
	return n;
}
