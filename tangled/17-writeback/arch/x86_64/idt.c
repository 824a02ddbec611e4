/* arch/x86_64/idt.c: the interrupt descriptor table. */
#include <asm/desc.h>
#include <asm/idtentry.h>
#include <asm/traps.h>
#include <linux/kernel.h>
#include <linux/monitor.h>

gate_desc idt_table[IDT_ENTRIES] __aligned(4096);

struct idt_data {
	unsigned int vector;
	unsigned int ist;		/* IST stack 1-7, or 0 */
	unsigned int dpl;
};

#define INTG(_vector)		{ .vector = _vector }
#define SYSG(_vector)		{ .vector = _vector, .dpl = 3 }
#define ISTG(_vector, _ist)	{ .vector = _vector, .ist = (_ist) + 1 }

static const struct idt_data def_idts[] = {
	ISTG(X86_TRAP_DF, IST_INDEX_DF),
	ISTG(X86_TRAP_NMI, IST_INDEX_NMI),
	ISTG(X86_TRAP_DB, IST_INDEX_DB),
	ISTG(X86_TRAP_MC, IST_INDEX_MCE),
	SYSG(X86_TRAP_BP),
	SYSG(X86_TRAP_OF),
};

static void idt_setup_traps(void)
{
	unsigned int vector, i;

	for (vector = 0; vector < NUM_EXCEPTION_VECTORS; vector++) {
		struct idt_data d = INTG(vector);

		for (i = 0; i < ARRAY_SIZE(def_idts); i++)
			if (def_idts[i].vector == vector)
				d = def_idts[i];
		pack_gate(&idt_table[vector], GATE_INTERRUPT,
			  (unsigned long)exception_entries[vector], d.dpl,
			  d.ist, __KERNEL_CS);
	}
}

void load_current_idt(void)
{
	struct desc_ptr idt_descr = {
		.size = sizeof(idt_table) - 1,
		.address = (unsigned long)idt_table,
	};

	load_idt(&idt_descr);
}

void trap_init(void)
{
	idt_setup_traps();
	cpu_init();
	pr_info("x86: GDT %px (%u entries), IDT %px (%u exception vectors)\n",
		gdt_page.gdt, GDT_ENTRIES, idt_table, NUM_EXCEPTION_VECTORS);
	pr_info("x86: TSS %px, IST stacks for #DF, NMI, #DB and #MC\n",
		&cpu_tss_rw);
}

void show_idt(void)
{
	struct desc_ptr idtr;
	const gate_desc *idt;
	unsigned int v;

	store_idt(&idtr);
	idt = (const void *)idtr.address;
	monitor_printf("IDT at %px, %u entries\n", idt, (idtr.size + 1) / 16);
	monitor_printf("vec name handler          sel  type DPL IST  "
		       "description\n");
	for (v = 0; v < NUM_EXCEPTION_VECTORS; v++)
		monitor_printf("%3u %-4s %016lx %#04lx %-4s %u   %u    %s\n",
			       v, exception_mnemonic(v),
			       gate_offset(&idt[v]), gate_segment(&idt[v]),
			       idt[v].bits.type == GATE_INTERRUPT ? "intr" :
			       "trap", idt[v].bits.dpl, idt[v].bits.ist,
			       exception_str(v));
}
