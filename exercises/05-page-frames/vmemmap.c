/*
 * Exercise 5.1: vmemmap_populate_section(), one section of the virtual
 * memory map. See 1-vmemmap.md; grade it with `make grade CH=5`.
 */
#include <linux/errno.h>
#include <linux/memblock.h>
#include "vmemmap.h"

/*
 * Map [vmemmap + first pfn of section nr, + PAGES_PER_SECTION) in
 * swapper_pg_dir with one 2 MiB page taken from memblock on node nid.
 * Return 0, -EINVAL if the section is not present, -ENOMEM if there is
 * no memory.
 */
int vmemmap_populate_section(unsigned long nr, int nid)
{
	(void)nr;
	(void)nid;
	return -ENOMEM;
}
