/*
 * Exercise 12.1: vmalloc_to_pfn(). See 1-topfn.md; grade it with
 * `make grade CH=12`.
 */
#include <linux/vmalloc.h>
#include "topfn.h"

/*
 * The frame number behind addr, a vmalloc address mapped by a 4 KiB,
 * 2 MiB or 1 GiB page in the kernel's tables; 0 if addr is not mapped or
 * not in the vmalloc area.  For now: 4 KiB pages only, as the chapter's
 * vmalloc_to_page().
 */
unsigned long vmalloc_to_pfn(const void *addr)
{
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)addr, &level);

	if (!is_vmalloc_addr(addr) || !pte || !pte_present(*pte) ||
	    level != PG_LEVEL_4K)
		return 0;
	return pte_pfn(*pte);
}
