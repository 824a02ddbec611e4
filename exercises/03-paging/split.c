/*
 * Exercise 3.1: split_large_page(), break a 2 MiB or 1 GiB page into a
 * table of 512 smaller pages with the same flags. See 1-split.md; grade it
 * with `make grade CH=3`.
 */
#include <asm/tlbflush.h>
#include <linux/errno.h>

#include "split.h"

/*
 * kpte points to the entry that lookup_address_in_pgd() found for address,
 * at level PG_LEVEL_2M (a pmd) or PG_LEVEL_1G (a pud), mapping a large
 * page. Replace it with a pointer to a new table whose 512 entries map the
 * same memory in 4 KiB pages (for a 2 MiB page) or 2 MiB pages (for a
 * 1 GiB page), with the same flags. Return 0, or -EINVAL (and change
 * nothing) when the entry is not a present large page of that level.
 */
int split_large_page(pte_t *kpte, unsigned int level, unsigned long address)
{
	/* Step 1: check the level and the entry. */
	/* Step 2: fill a new table from alloc_low_page(). */
	/* Step 3: point the entry at it, then flush the TLB. */
	(void)kpte;
	(void)level;
	(void)address;
	return -EINVAL;
}
