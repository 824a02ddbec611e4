/*
 * Tests of Exercise 6.2, madt_isa_irq_routes(), on MADTs built in memory.
 * The points table at the end says what each test is worth; `make grade
 * CH=6` runs them.
 */
#include <check.h>
#include <string.h>
#include "isairq.h"

static union {
	struct acpi_table_header h;
	u8 bytes[512];
} t;
static struct isa_irq_route r[NR_IRQS_LEGACY];

/* An empty MADT: the head alone. Entries are added at its end. */
static void madt_begin(void)
{
	memset(&t, 0, sizeof(t));
	memcpy(t.h.signature, "APIC", 4);
	t.h.length = MADT_HEAD_SIZE;
}

static void add_entry(const u8 *e, u8 len)
{
	memcpy(t.bytes + t.h.length, e, len);
	t.h.length += len;
}

/* A local APIC (8 bytes), an I/O APIC (12) and a local x2APIC (16). */
static void add_others(void)
{
	static const u8 lapic[8] = { 0, 8, 0, 0, 1 };
	static const u8 ioapic[12] = { 1, 12, 0, 0, 0, 0, 0xc0, 0xfe };
	static const u8 x2apic[16] = { 9, 16, 0, 0, 0, 1, 0, 0, 1 };

	add_entry(lapic, sizeof(lapic));
	add_entry(ioapic, sizeof(ioapic));
	add_entry(x2apic, sizeof(x2apic));
}

/* An interrupt source override: ISA IRQ irq arrives on GSI gsi. */
static void add_override(u8 irq, u32 gsi, u16 flags)
{
	u8 e[10] = { 2, 10, 0, irq };

	memcpy(e + 4, &gsi, 4);
	memcpy(e + 8, &flags, 2);
	add_entry(e, sizeof(e));
}

static int routes(void)
{
	memset(r, 0x55, sizeof(r));
	return madt_isa_irq_routes(&t.h, r);
}

static void expect(int irq, u32 gsi, bool level, bool active_low)
{
	ck_assert_msg(r[irq].gsi == gsi, "IRQ %d: GSI %#x, expected %#x",
		      irq, r[irq].gsi, gsi);
	if (gsi == INVALID_ACPI_IRQ)
		return;
	ck_assert_msg(r[irq].level == level && r[irq].active_low ==
		      active_low, "IRQ %d: %s, active %s; expected %s, "
		      "active %s", irq, r[irq].level ? "level" : "edge",
		      r[irq].active_low ? "low" : "high", level ? "level" :
		      "edge", active_low ? "low" : "high");
}

START_TEST(test_without_overrides_each_irq_is_its_own_gsi)
{
	int i;

	madt_begin();
	add_others();
	ck_assert_int_eq(routes(), 0);
	for (i = 0; i < NR_IRQS_LEGACY; i++)
		expect(i, i, false, false);
}
END_TEST

/* QEMU's overrides: the timer on pin 2, and the SCI and PCI's IRQs. */
START_TEST(test_qemus_overrides)
{
	static const u8 level_irqs[] = { 5, 9, 10, 11 };
	unsigned int i;

	madt_begin();
	add_others();
	add_override(0, 2, 0);
	for (i = 0; i < sizeof(level_irqs); i++)
		add_override(level_irqs[i], level_irqs[i], 0xd);
	ck_assert_int_eq(routes(), 5);
	expect(0, 2, false, false);
	expect(1, 1, false, false);
	expect(2, INVALID_ACPI_IRQ, false, false);
	for (i = 0; i < sizeof(level_irqs); i++)
		expect(level_irqs[i], level_irqs[i], true, false);
	expect(15, 15, false, false);
}
END_TEST

START_TEST(test_every_polarity_and_trigger)
{
	/* by the field's value: 0 conforms to ISA, 2 is reserved */
	static const bool low[4] = { false, false, true, true };
	static const bool level[4] = { false, false, true, true };
	unsigned int flags;

	for (flags = 0; flags < 16; flags++) {
		madt_begin();
		add_override(4, 20, flags);
		ck_assert_int_eq(routes(), 1);
		expect(4, 20, level[flags >> 2], low[flags & 3]);
		expect(3, 3, false, false);
	}
}
END_TEST

START_TEST(test_a_level_timer_is_taken_as_edge)
{
	madt_begin();
	add_override(0, 2, 0xf);
	routes();
	expect(0, 2, false, true);
	madt_begin();
	add_override(0, 2, 0xb);	/* reserved trigger: level */
	routes();
	expect(0, 2, true, true);
	madt_begin();
	add_override(1, 2, 0xf);	/* only IRQ 0 is the timer */
	routes();
	expect(1, 2, true, true);
}
END_TEST

START_TEST(test_an_override_takes_its_gsi_from_the_identity_route)
{
	madt_begin();
	add_override(4, 5, 0);
	add_override(6, 6, 0xd);
	add_override(7, 16, 0);
	ck_assert_int_eq(routes(), 3);
	expect(4, 5, false, false);
	expect(5, INVALID_ACPI_IRQ, false, false);
	expect(6, 6, true, false);
	expect(7, 16, false, false);
	expect(15, 15, false, false);
	/* IRQ 2 already left GSI 2: it keeps its new one */
	madt_begin();
	add_override(2, 20, 0);
	add_override(0, 2, 0);
	ck_assert_int_eq(routes(), 2);
	expect(2, 20, false, false);
	expect(0, 2, false, false);
}
END_TEST

START_TEST(test_overrides_that_cannot_be_used_are_ignored)
{
	static const u8 short_override[8] = { 2, 8, 0, 3, 20 };
	static const u8 zero_length[2] = { 2, 0 };
	int i;

	madt_begin();
	add_override(16, 3, 0xf);	/* not an ISA IRQ */
	add_entry(short_override, sizeof(short_override));
	add_others();
	add_override(8, 21, 0xf);
	add_override(9, 22, 0xf);
	t.h.length -= 1;		/* the last runs past the table */
	ck_assert_int_eq(routes(), 1);
	expect(8, 21, true, true);
	for (i = 0; i < NR_IRQS_LEGACY; i++)
		if (i != 8)
			expect(i, i, false, false);
	/* an entry of length 0 ends the walk */
	madt_begin();
	add_entry(zero_length, sizeof(zero_length));
	add_override(8, 21, 0xf);
	ck_assert_int_eq(routes(), 0);
	expect(8, 8, false, false);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_without_overrides_each_irq_is_its_own_gsi, 1);
	add(test_qemus_overrides, 2);
	add(test_every_polarity_and_trigger, 2);
	add(test_a_level_timer_is_taken_as_edge, 2);
	add(test_an_override_takes_its_gsi_from_the_identity_route, 2);
	add(test_overrides_that_cannot_be_used_are_ignored, 2);
}
