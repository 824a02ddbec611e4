/*
 * Exercise 3.2: vunmap_range(), unmap a range of kernel virtual addresses
 * and flush the TLB. See 2-vunmap.md; grade it with `make grade CH=3`.
 */
#include <asm/tlbflush.h>
#include <linux/errno.h>

#include "vunmap.h"

/*
 * Clear every entry of pgd that maps an address in [start, end): 4 KiB
 * ptes, and 2 MiB or 1 GiB entries that lie wholly inside the range. Skip
 * what is not mapped. Then flush the TLB for the range: page by page for
 * at most TLB_SINGLE_PAGE_FLUSH_CEILING pages, everything for more.
 * Return 0; -EINVAL if start or end is not page-aligned, end < start, or
 * the range covers only part of a large page.
 */
int vunmap_range(pgd_t *pgd, unsigned long start, unsigned long end)
{
	/* Step 1: walk the range with lookup_address_in_pgd(). */
	/* Step 2: flush the TLB. */
	(void)pgd;
	(void)start;
	(void)end;
	return -EINVAL;
}
