/*
 * Exercise 4.1, a solution: find room above the new area, else below it,
 * move the regions, free the old array if memblock gave it, reserve the
 * new one.
 */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/pgtable.h>
#include <linux/string.h>
#include "double.h"

/* Did memblock give the current array of memory, of reserved? */
static bool memory_allocated, reserved_allocated;

int memblock_double_array(struct memblock_type *type,
			  phys_addr_t new_area_start,
			  phys_addr_t new_area_size)
{
	bool *allocated = type == &memblock.memory ? &memory_allocated :
			  &reserved_allocated;
	phys_addr_t old_size = type->max * sizeof(struct memblock_region);
	phys_addr_t new_size = 2 * old_size, addr;
	struct memblock_region *old = type->regions;

	if (type != &memblock.reserved)	/* new memory is not free yet */
		new_area_start = new_area_size = 0;
	addr = memblock_find_in_range_node(PAGE_ALIGN(new_size), PAGE_SIZE,
					   new_area_start + new_area_size,
					   memblock.current_limit,
					   NUMA_NO_NODE);
	if (!addr && new_area_size)
		addr = memblock_find_in_range_node(PAGE_ALIGN(new_size),
						   PAGE_SIZE, 0,
						   min(new_area_start,
						       memblock.current_limit),
						   NUMA_NO_NODE);
	if (!addr) {
		pr_err("memblock: Failed to double %s array from %ld to %ld "
		       "entries !\n", type->name, type->max, 2 * type->max);
		return -1;
	}
	type->regions = __va(addr);
	memcpy(type->regions, old, old_size);
	memset(type->regions + type->max, 0, old_size);
	type->max *= 2;
	if (*allocated)
		memblock_phys_free(__pa(old), PAGE_ALIGN(old_size));
	*allocated = true;
	memblock_reserve(addr, PAGE_ALIGN(new_size));
	return 0;
}
