/*
 * Exercise 3.2, reference solution: vunmap_range().
 */
#include <asm/tlbflush.h>
#include <linux/errno.h>

#include "vunmap.h"

/* The size of what the walk reached: a page, or a hole to skip. */
static unsigned long step_size(const pte_t *pte, unsigned int level)
{
	if (!pte)			/* the walk met an empty entry */
		return level == PG_LEVEL_NONE ? PGDIR_SIZE :
		       level == PG_LEVEL_512G ? PUD_SIZE : PMD_SIZE;
	return level == PG_LEVEL_1G ? PUD_SIZE :
	       level == PG_LEVEL_2M ? PMD_SIZE : PAGE_SIZE;
}

static void flush_range(unsigned long start, unsigned long end)
{
	unsigned long addr;

	if ((end - start) >> PAGE_SHIFT > TLB_SINGLE_PAGE_FLUSH_CEILING) {
		__flush_tlb_all();
		return;
	}
	for (addr = start; addr < end; addr += PAGE_SIZE)
		__flush_tlb_one_kernel(addr);
}

int vunmap_range(pgd_t *pgd, unsigned long start, unsigned long end)
{
	unsigned long addr = start;

	if ((start | end) & ~PAGE_MASK || end < start)
		return -EINVAL;
	while (addr < end) {
		unsigned int level;
		pte_t *pte = lookup_address_in_pgd(pgd_offset_pgd(pgd, addr),
						   addr, &level);
		unsigned long size = step_size(pte, level);

		if (pte && size > PAGE_SIZE &&
		    ((addr & (size - 1)) || end - addr < size))
			return -EINVAL;
		if (pte)
			pte_clear(pte);
		addr = (addr & ~(size - 1)) + size;
		if (addr == 0)			/* wrapped past the top */
			break;
	}
	flush_range(start, end);
	return 0;
}
