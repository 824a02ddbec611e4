/*
 * Exercise 3.4: slow_virt_to_phys(), translate an address by walking the
 * page tables. See 4-virt2phys.md; grade it with `make grade CH=3`.
 */
#include "virt2phys.h"

/*
 * Return the physical address that addr maps to in the tables of pgd,
 * through a 4 KiB, 2 MiB or 1 GiB page; NO_PHYS_ADDR when no present
 * entry maps it.
 */
phys_addr_t slow_virt_to_phys(pgd_t *pgd, unsigned long addr)
{
	/* Walk with lookup_address_in_pgd(), then add the offset. */
	(void)pgd;
	(void)addr;
	return NO_PHYS_ADDR;
}
