/*
 * Exercise 5.1, a solution: one PMD-aligned 2 MiB block per section,
 * mapped with one large page where the section's structures belong.
 */
#include <linux/errno.h>
#include <linux/memblock.h>
#include "vmemmap.h"

int vmemmap_populate_section(unsigned long nr, int nid)
{
	unsigned long start = (unsigned long)vmemmap_pfn_to_page(
		section_nr_to_pfn(nr));
	phys_addr_t phys;

	if (!present_section(__nr_to_section(nr)))
		return -EINVAL;
	phys = memblock_alloc_range_nid(PMD_SIZE, PMD_SIZE, 0,
					memblock.current_limit, nid);
	if (!phys)
		return -ENOMEM;
	if (vmap_range(swapper_pg_dir, start, start + PMD_SIZE, phys,
		       PAGE_KERNEL, PMD_SHIFT)) {
		memblock_phys_free(phys, PMD_SIZE);
		return -ENOMEM;
	}
	return 0;
}
