#ifndef _ASM_DESC_H
#define _ASM_DESC_H
#include <asm/desc_defs.h>
#include <asm/segment.h>
#include <linux/compiler.h>

struct gdt_page {
	struct desc_struct gdt[GDT_ENTRIES];
} __aligned(4096);

extern struct gdt_page gdt_page;

#define IDT_ENTRIES		256

extern gate_desc idt_table[IDT_ENTRIES];

void load_current_idt(void);

#define IST_INDEX_DF		0	/* double fault */
#define IST_INDEX_NMI		1	/* non-maskable interrupt */
#define IST_INDEX_DB		2	/* debug */
#define IST_INDEX_MCE		3	/* machine check */
#define N_EXCEPTION_STACKS	4
#define EXCEPTION_STKSZ		4096

extern char exception_stacks[N_EXCEPTION_STACKS][EXCEPTION_STKSZ];

struct tss_struct {
	struct x86_hw_tss x86_tss;
} __aligned(64);

extern struct tss_struct cpu_tss_rw;

static inline void load_gdt(const struct desc_ptr *dtr)
{
	asm volatile("lgdt %0" : : "m"(*dtr));
}

static inline void store_gdt(struct desc_ptr *dtr)
{
	asm volatile("sgdt %0" : "=m"(*dtr));
}

static inline void load_idt(const struct desc_ptr *dtr)
{
	asm volatile("lidt %0" : : "m"(*dtr));
}

static inline void store_idt(struct desc_ptr *dtr)
{
	asm volatile("sidt %0" : "=m"(*dtr));
}

static inline void load_tr_desc(void)
{
	asm volatile("ltr %w0" : : "q"(GDT_ENTRY_TSS * 8));
}

static inline unsigned short store_tr(void)
{
	unsigned short tr;

	asm volatile("str %0" : "=r"(tr));
	return tr;
}

void trap_init(void);
void cpu_init(void);
void show_gdt(void);
void show_idt(void);
int provoke_crash(const char *type);
void demo_exceptions(void);
#endif
