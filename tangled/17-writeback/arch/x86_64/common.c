/*
 * arch/x86_64/common.c: the kernel's GDT, the TSS and its exception
 * stacks, and cpu_init, which loads them.
 */
#include <asm/desc.h>
#include <asm/segment.h>
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/string.h>

struct gdt_page gdt_page = { .gdt = {
	[GDT_ENTRY_KERNEL32_CS]		= GDT_ENTRY_INIT(0xc09b, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_CS]		= GDT_ENTRY_INIT(0xa09b, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_DS]		= GDT_ENTRY_INIT(0xc093, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER32_CS]	= GDT_ENTRY_INIT(0xc0fb, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_DS]	= GDT_ENTRY_INIT(0xc0f3, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_CS]	= GDT_ENTRY_INIT(0xa0fb, 0, 0xfffff),
} };

char exception_stacks[N_EXCEPTION_STACKS][EXCEPTION_STKSZ] __aligned(16);
struct tss_struct cpu_tss_rw;

static unsigned long ist_top(int index)
{
	return (unsigned long)(exception_stacks[index] + EXCEPTION_STKSZ);
}

static void switch_to_new_gdt(void)
{
	struct desc_ptr gdt_descr = {
		.size = sizeof(gdt_page.gdt) - 1,
		.address = (unsigned long)gdt_page.gdt,
	};

	load_gdt(&gdt_descr);
	asm volatile("pushq %[cs]\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n"
		     "1:"
		     : : [cs] "i"(__KERNEL_CS) : "rax", "memory");
	loadsegment(ss, __KERNEL_DS);
	loadsegment(ds, __KERNEL_DS);
	loadsegment(es, __KERNEL_DS);
}

static void cpu_init_exception_handling(void)
{
	struct x86_hw_tss *tss = &cpu_tss_rw.x86_tss;

	tss->ist[IST_INDEX_DF] = ist_top(IST_INDEX_DF);
	tss->ist[IST_INDEX_NMI] = ist_top(IST_INDEX_NMI);
	tss->ist[IST_INDEX_DB] = ist_top(IST_INDEX_DB);
	tss->ist[IST_INDEX_MCE] = ist_top(IST_INDEX_MCE);
	tss->io_bitmap_base = sizeof(*tss);
	set_tssldt_descriptor(&gdt_page.gdt[GDT_ENTRY_TSS],
			      (unsigned long)tss, DESC_TSS, sizeof(*tss) - 1);
	load_tr_desc();
	load_current_idt();
}

void cpu_init(void)
{
	switch_to_new_gdt();
	cpu_init_exception_handling();
}

static const char *desc_kind(const struct desc_struct *d)
{
	if (!d->s && d->type == DESC_TSS)
		return "tss64";
	if (!d->s && d->type == (DESC_TSS | 2))
		return "tss64-busy";
	if (!d->s)
		return d->type == DESC_LDT ? "ldt" : "system";
	if (d->type & 0x8)
		return d->l ? "code64" : d->d ? "code32" : "code16";
	return "data";
}

static void desc_type_bits(const struct desc_struct *d, char *buf)
{
	bool code = d->s && (d->type & 0x8);

	buf[0] = !d->s ? '-' : (d->type & 2) ? (code ? 'R' : 'W') : '-';
	buf[1] = !d->s ? '-' : (d->type & 4) ? (code ? 'C' : 'E') : '-';
	buf[2] = !d->s ? '-' : (d->type & 1) ? 'A' : '-';
	buf[3] = '\0';
}

static void show_desc(const struct desc_struct *d, unsigned int i)
{
	unsigned long base = get_desc_base(d);
	char bits[4];
	u64 raw;

	memcpy(&raw, d, sizeof(raw));
	if (!d->s)
		base |= (unsigned long)((const tss_desc *)d)->base3 << 32;
	desc_type_bits(d, bits);
	monitor_printf("%2u %#04x %016llx %-10s %016lx %05lx %u   %s%s%s%s\n",
		       i, i * 8 + d->dpl, (unsigned long long)raw,
		       desc_kind(d), base, get_desc_limit(d), d->dpl, bits,
		       d->g ? " G" : "", d->l ? " L" : "", d->d ? " D" : "");
}

void show_gdt(void)
{
	struct desc_ptr gdtr;
	const struct desc_struct *gdt;
	unsigned int i, n;

	store_gdt(&gdtr);
	gdt = (const void *)gdtr.address;
	n = (gdtr.size + 1) / 8;
	monitor_printf("GDT at %px, %u entries\n", gdt, n);
	monitor_printf(" # sel  descriptor       kind       base"
		       "             limit DPL flags\n");
	for (i = 0; i < n; i++) {
		if (!gdt[i].p)
			continue;
		show_desc(&gdt[i], i);
		if (!gdt[i].s)
			i++;		/* the upper half of a TSS or LDT */
	}
}
