/*
 * Exercise 4.3, a solution: at most two RAM entries, one below 640 KiB
 * and one from 1 MiB up.
 */
#include <linux/errno.h>
#include "e801.h"

static void add_ram(struct e820_table *t, u64 start, u64 size)
{
	struct e820_entry *e = &t->entries[t->nr_entries++];

	e->addr = start;
	e->size = size;
	e->type = E820_TYPE_RAM;
}

int e820_from_e801(struct e820_table *table, u32 mem_lower_kb,
		   u32 mem_upper_kb)
{
	u64 low = (u64)mem_lower_kb << 10;

	table->nr_entries = 0;
	if (!mem_upper_kb)
		return -EINVAL;
	if (low > LOWMEMSIZE)
		low = LOWMEMSIZE;
	if (low)
		add_ram(table, 0, low);
	add_ram(table, HIGH_MEMORY, (u64)mem_upper_kb << 10);
	return table->nr_entries;
}
