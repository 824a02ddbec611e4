/* mm/e820.c: the firmware memory map, checked, printed, handed over. */
#include <asm/e820.h>
#include <asm/page.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/minmax.h>
#include <linux/sizes.h>
#include <linux/string.h>

static struct e820_table e820_table_init;
struct e820_table *e820_table = &e820_table_init;

static const char *e820_type_name(u32 type, char *buf, size_t size)
{
	switch (type) {
	case E820_TYPE_RAM:
	case E820_TYPE_RESERVED_KERN:
		return "usable";
	case E820_TYPE_RESERVED:
		return "reserved";
	case E820_TYPE_SOFT_RESERVED:
		return "soft reserved";
	case E820_TYPE_ACPI:
		return "ACPI data";
	case E820_TYPE_NVS:
		return "ACPI NVS";
	case E820_TYPE_UNUSABLE:
		return "unusable";
	case E820_TYPE_PMEM:
	case E820_TYPE_PRAM:
		scnprintf(buf, size, "persistent (type %u)", type);
		return buf;
	}
	scnprintf(buf, size, "type %u", type);
	return buf;
}

void e820__print_table(const char *who)
{
	char buf[32];
	u32 i;

	for (i = 0; i < e820_table->nr_entries; i++) {
		const struct e820_entry *e = &e820_table->entries[i];

		pr_info("%s: [mem 0x%016lx-0x%016lx] %s\n", who, e->addr,
			e->addr + e->size - 1,
			e820_type_name(e->type, buf, sizeof(buf)));
	}
}

static void e820_append(struct e820_table *t, u64 start, u64 size, u32 type)
{
	struct e820_entry *e;

	if (t->nr_entries >= E820_MAX_ENTRIES) {
		pr_err("e820: too many entries; ignoring [mem 0x%010lx-"
		       "0x%010lx]\n", start, start + size - 1);
		return;
	}
	e = &t->entries[t->nr_entries++];
	e->addr = start;
	e->size = size;
	e->type = type;
}

static const char *e820_bogus(const struct e820_entry *e)
{
	if (e->size == 0)
		return "has zero length";
	if (e->addr + e->size < e->addr || e->addr + e->size > E820_MAX_ADDR)
		return "runs past the end of physical memory";
	if (e->type == 0)
		return "has type 0";
	return NULL;
}

static u32 e820_drop_bogus(struct e820_entry *entries, u32 nr)
{
	const char *why;
	u32 i, n = 0;

	for (i = 0; i < nr; i++) {
		const struct e820_entry *e = &entries[i];

		why = e820_bogus(e);
		if (!why) {
			entries[n++] = *e;
			continue;
		}
		pr_warn("e820: entry %u [addr 0x%lx size 0x%lx type %u] "
			"%s; dropped\n", i, e->addr, e->size, e->type, why);
	}
	return n;
}

struct change_point {
	u64 addr;
	u32 entry;
	bool start;
};

static struct e820_entry e820_in[E820_MAX_ENTRIES];
static struct change_point e820_cp[2 * E820_MAX_ENTRIES];
static bool e820_active[E820_MAX_ENTRIES];

static u32 e820_change_points(u32 n)
{
	u32 i, j, nr = 0;

	for (i = 0; i < n; i++) {
		struct change_point s = { e820_in[i].addr, i, true };
		struct change_point e = { e820_in[i].addr + e820_in[i].size,
					  i, false };

		e820_cp[nr++] = s;
		e820_cp[nr++] = e;
	}
	for (i = 1; i < nr; i++) {	/* insertion sort: n is small */
		struct change_point p = e820_cp[i];

		for (j = i; j > 0 && e820_cp[j - 1].addr > p.addr; j--)
			e820_cp[j] = e820_cp[j - 1];
		e820_cp[j] = p;
	}
	return nr;
}

static u32 e820_winner(u32 n, u32 *nr_active)
{
	u32 j, type = 0;

	*nr_active = 0;
	for (j = 0; j < n; j++) {
		if (!e820_active[j])
			continue;
		(*nr_active)++;
		type = max(type, (u32)e820_in[j].type);
	}
	return type;
}

static void e820_report_overlap(u64 start, u64 end, u32 type)
{
	char buf[32];

	pr_warn("e820: entries overlap at [mem 0x%08lx-0x%08lx]; "
		"%s wins\n", start, end - 1, e820_type_name(type, buf,
							   sizeof(buf)));
}

static u32 e820_sweep(struct e820_table *table, u32 n)
{
	u32 nr_cp = e820_change_points(n), i = 0, out = 0, last_type = 0;
	u64 last_addr = 0;

	memset(e820_active, 0, sizeof(e820_active));
	while (i < nr_cp) {
		u64 addr = e820_cp[i].addr;
		u32 type, nr_active;

		for (; i < nr_cp && e820_cp[i].addr == addr; i++)
			e820_active[e820_cp[i].entry] = e820_cp[i].start;
		type = e820_winner(n, &nr_active);
		if (nr_active > 1 && i < nr_cp)
			e820_report_overlap(addr, e820_cp[i].addr, type);
		if (type == last_type)
			continue;
		if (last_type) {
			struct e820_entry *e = &table->entries[out++];

			e->addr = last_addr;
			e->size = addr - last_addr;
			e->type = last_type;
		}
		last_addr = addr;
		last_type = type;
	}
	return out;
}

int e820__update_table(struct e820_table *table)
{
	u32 n = min(table->nr_entries, (u32)E820_MAX_ENTRIES / 2);

	if (table->nr_entries > n)
		pr_warn("e820: %u entries; only the first %u are used\n",
			table->nr_entries, n);
	memcpy(e820_in, table->entries, n * sizeof(e820_in[0]));
	n = e820_drop_bogus(e820_in, n);
	table->nr_entries = e820_sweep(table, n);
	return table->nr_entries ? (int)table->nr_entries : -EINVAL;
}

static void e820_check_order(const struct e820_table *table)
{
	u32 i;

	for (i = 1; i < table->nr_entries; i++) {
		if (table->entries[i].addr < table->entries[i - 1].addr) {
			pr_warn("e820: the firmware's map is not sorted "
				"(entry %u); sorting it\n", i);
			return;
		}
	}
}

static void e820_remove_entry(struct e820_table *t, u32 i)
{
	for (; i + 1 < t->nr_entries; i++)
		t->entries[i] = t->entries[i + 1];
	t->nr_entries--;
}

/* Take [start, end), which lies inside entry i, out of the entry. */
static void e820_cut(struct e820_table *t, u32 i, u64 start, u64 end)
{
	struct e820_entry *e = &t->entries[i];
	u64 e_end = e->addr + e->size;

	if (start == e->addr && end == e_end) {
		e820_remove_entry(t, i);
		return;
	}
	if (start > e->addr && end < e_end)
		e820_append(t, end, e_end - end, e->type);
	if (start > e->addr) {
		e->size = start - e->addr;
	} else {
		e->addr = end;
		e->size = e_end - end;
	}
}

static void __e820__range_update(struct e820_table *t, u64 start, u64 size,
				 u32 old_type, u32 new_type, bool check_type)
{
	u64 end = start + size;
	u32 i;

	for (i = t->nr_entries; i-- > 0;) {
		struct e820_entry *e = &t->entries[i];
		u64 s = max(start, e->addr);
		u64 en = min(end, e->addr + e->size);

		if ((check_type && e->type != old_type) || s >= en)
			continue;
		e820_cut(t, i, s, en);
		if (new_type)
			e820_append(t, s, en - s, new_type);
	}
}

void e820__range_update(u64 start, u64 size, enum e820_type old_type,
			enum e820_type new_type)
{
	char a[32], b[32];

	pr_info("e820: update [mem 0x%08lx-0x%08lx] %s ==> %s\n", start,
		start + size - 1, e820_type_name(old_type, a, sizeof(a)),
		e820_type_name(new_type, b, sizeof(b)));
	__e820__range_update(e820_table, start, size, old_type, new_type,
			     true);
}

void e820__range_remove(u64 start, u64 size, enum e820_type old_type,
			bool check_type)
{
	char buf[32];

	pr_info("e820: remove [mem 0x%08lx-0x%08lx] %s\n", start,
		start + size - 1,
		check_type ? e820_type_name(old_type, buf, sizeof(buf)) : "");
	__e820__range_update(e820_table, start, size, old_type, 0,
			     check_type);
}

void e820__memory_setup(void)
{
	*e820_table = boot_info.e820_table;
	e820_check_order(e820_table);
	if (e820__update_table(e820_table) < 0)
		panic("e820: the firmware gave no usable memory map");
	pr_info("BIOS-provided physical RAM map:\n");
	e820__print_table("BIOS-e820");
}

#define BIOS_BEGIN	0x000a0000
#define BIOS_END	0x00100000

void trim_bios_range(void)
{
	e820__range_update(0, PAGE_SIZE, E820_TYPE_RAM, E820_TYPE_RESERVED);
	e820__range_remove(BIOS_BEGIN, BIOS_END - BIOS_BEGIN, E820_TYPE_RAM,
			   true);
	e820__update_table(e820_table);
}

#define MAX_PHYSMEM_BITS	46
#define MAX_ARCH_PFN		(1UL << (MAX_PHYSMEM_BITS - PAGE_SHIFT))

static unsigned long e820_end_pfn(unsigned long limit_pfn, u32 type)
{
	unsigned long last_pfn = 0;
	u32 i;

	for (i = 0; i < e820_table->nr_entries; i++) {
		const struct e820_entry *e = &e820_table->entries[i];
		unsigned long start_pfn = e->addr >> PAGE_SHIFT;
		unsigned long end_pfn = (e->addr + e->size) >> PAGE_SHIFT;

		if (e->type != type || start_pfn >= limit_pfn)
			continue;
		if (end_pfn > limit_pfn) {
			last_pfn = limit_pfn;
			break;
		}
		last_pfn = max(last_pfn, end_pfn);
	}
	last_pfn = min(last_pfn, MAX_ARCH_PFN);
	pr_info("last_pfn = %#lx max_arch_pfn = %#lx\n", last_pfn,
		MAX_ARCH_PFN);
	return last_pfn;
}

unsigned long e820__end_of_ram_pfn(void)
{
	return e820_end_pfn(MAX_ARCH_PFN, E820_TYPE_RAM);
}

unsigned long e820__end_of_low_ram_pfn(void)
{
	return e820_end_pfn(1UL << (32 - PAGE_SHIFT), E820_TYPE_RAM);
}

void e820__memblock_setup(void)
{
	u32 i;

	for (i = 0; i < e820_table->nr_entries; i++) {
		const struct e820_entry *e = &e820_table->entries[i];

		if (e->type != E820_TYPE_RAM &&
		    e->type != E820_TYPE_RESERVED_KERN)
			continue;
		memblock_add(e->addr, e->size);
	}
	memblock_trim_memory(PAGE_SIZE);
	memblock_dump_all();
}

static void reserve_real_mode(void)
{
	memblock_reserve(0, SZ_1M);
}

void setup_memory_map(void)
{
	early_reserve_memory();
	e820__memory_setup();
	trim_bios_range();
	max_pfn = e820__end_of_ram_pfn();
	if (max_pfn > 1UL << (32 - PAGE_SHIFT))
		max_low_pfn = e820__end_of_low_ram_pfn();
	else
		max_low_pfn = max_pfn;
	e820__memblock_setup();
	reserve_real_mode();
}
