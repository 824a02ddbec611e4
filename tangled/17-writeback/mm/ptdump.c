/* mm/ptdump.c: the kernel's page tables as merged ranges, and W+X. */
#include <linux/kernel.h>
#include <linux/ptdump.h>
#include <linux/seq_file.h>

static const struct addr_marker {
	unsigned long start_address;
	const char *name;
} address_markers[] = {
	{ 0, "User Space" },
	{ 1UL << 63, "Kernel Space" },
	{ PAGE_OFFSET, "Low Kernel Mapping" },
	{ VMALLOC_START, "vmalloc() Area" },
	{ VMEMMAP_START, "Vmemmap" },
	{ __START_KERNEL_map, "High Kernel Mapping" },
	{ MODULES_VADDR, "Modules" },
	{ MODULES_END, "End Modules" },
	{ ~0UL, NULL },
};

struct pg_state {
	int level;
	pgprotval_t current_prot, effective_prot;
	unsigned long start_address, current_address;
	const struct addr_marker *marker;
	bool check_wx;
	unsigned long wx_pages;
	struct seq_file *seq;
};

static pgprotval_t effective_prot(pgprotval_t prot1, pgprotval_t prot2)
{
	return (prot1 & prot2 & (_PAGE_USER | _PAGE_RW)) |
	       ((prot1 | prot2) & _PAGE_NX);
}

static int print_prot(char *buf, size_t len, pgprotval_t pr, int level)
{
	static const char *const level_name[] = {
		"cr3", "pgd", "p4d", "pud", "pmd", "pte"
	};

	if (!(pr & _PAGE_PRESENT))
		return scnprintf(buf, len, "%30s%s", "", level_name[level]);
	return scnprintf(buf, len, "%s%s%s%s%s%s%s%s%s",
		(pr & _PAGE_USER) ? "USR " : "    ",
		(pr & _PAGE_RW) ? "RW " : "ro ",
		(pr & _PAGE_PWT) ? "PWT " : "    ",
		(pr & _PAGE_PCD) ? "PCD " : "    ",
		(level <= 4 && (pr & _PAGE_PSE)) ? "PSE " : "    ",
		((level == 5 && (pr & _PAGE_PAT)) ||
		 ((level == 4 || level == 3) && (pr & _PAGE_PAT_LARGE))) ?
			"PAT " : "    ",
		(pr & _PAGE_GLOBAL) ? "GLB " : "    ",
		(pr & _PAGE_NX) ? "NX " : "x  ", level_name[level]);
}

static void print_range(struct pg_state *st)
{
	static const char units[] = "BKMGTPE";
	const char *unit = units;
	unsigned long delta = st->current_address - st->start_address;
	char line[128];
	int n;

	while (!(delta & 1023) && unit[1]) {
		delta >>= 10;
		unit++;
	}
	n = scnprintf(line, sizeof(line), "0x%016lx-0x%016lx   %9lu%c ",
		      st->start_address, st->current_address, delta, *unit);
	n += print_prot(line + n, sizeof(line) - n, st->current_prot,
			st->level);
	scnprintf(line + n, sizeof(line) - n, "\n");
	seq_puts(st->seq, line);
}

static void note_page(struct pg_state *st, pgprotval_t prot,
		      pgprotval_t eff, int level)
{
	if (!st->level) {
		st->current_prot = prot;
		st->effective_prot = eff;
		st->level = level;
		st->marker = address_markers;
		if (st->seq)
			seq_printf(st->seq, "---[ %s ]---\n", st->marker->name);
	} else if (prot != st->current_prot || eff != st->effective_prot ||
		   level != st->level ||
		   st->current_address >= st->marker[1].start_address) {
		if (st->check_wx && (st->effective_prot & _PAGE_RW) &&
		    !(st->effective_prot & _PAGE_NX)) {
			pr_warn("x86/mm: Found insecure W+X mapping at address %px\n",
				(void *)st->start_address);
			st->wx_pages += (st->current_address - st->start_address) /
					PAGE_SIZE;
		}
		if (st->seq)
			print_range(st);
		while (st->current_address >= st->marker[1].start_address) {
			st->marker++;
			if (st->seq)
				seq_printf(st->seq, "---[ %s ]---\n", st->marker->name);
		}
		st->start_address = st->current_address;
		st->current_prot = prot;
		st->effective_prot = eff;
		st->level = level;
	}
}

static unsigned long normalize_addr(unsigned long u)
{
	int shift = 64 - (__VIRTUAL_MASK_SHIFT + 1);

	long v = (long)(u << shift);

	return (unsigned long)(v >> shift);
}

static const unsigned int level_shift[] = { 0, 39, 39, 30, 21, 12 };

static void walk_level(struct pg_state *st, const unsigned long *table,
		       int level, unsigned long base, pgprotval_t eff_in)
{
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++) {
		unsigned long e = table[i];
		pgprotval_t prot = e & PTE_FLAGS_MASK;
		pgprotval_t eff = level == 1 ? prot
					     : effective_prot(eff_in, prot);

		st->current_address = normalize_addr(base +
			((unsigned long)i << level_shift[level]));
		if (!e)
			note_page(st, 0, 0, level);
		else if (level == 5 || !(e & _PAGE_PRESENT) ||
			 (level > 1 && (e & _PAGE_PSE)))
			note_page(st, prot, eff, level);
		else
			walk_level(st, __va(e & PTE_PFN_MASK),
				   level == 1 ? 3 : level + 1,
				   st->current_address, eff);
	}
}

static void ptdump_walk(struct pg_state *st, pgd_t *pgd)
{
	walk_level(st, (const unsigned long *)pgd, 1, 0, 0);
	st->current_address = 0;
	note_page(st, 0, 0, 0);
}

void ptdump_walk_pgd_level(struct seq_file *m, pgd_t *pgd)
{
	struct pg_state st = { .seq = m };

	ptdump_walk(&st, pgd);
}

unsigned long ptdump_check_wx(void)
{
	struct pg_state st = { .check_wx = true };

	ptdump_walk(&st, swapper_pg_dir);
	if (st.wx_pages)
		pr_info("x86/mm: Checked W+X mappings: FAILED, %lu W+X pages "
			"found.\n", st.wx_pages);
	else
		pr_info("x86/mm: Checked W+X mappings: passed, no W+X pages "
			"found.\n");
	return st.wx_pages;
}
