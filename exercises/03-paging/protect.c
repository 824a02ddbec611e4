/*
 * Exercise 3.4: protection_fault(). See 4-protect.md; grade it with
 * `make grade CH=3`.
 */
#include "protect.h"

/*
 * May this access use a page whose entries give the effective rights
 * perm (_PAGE_RW and _PAGE_USER of every level, _PAGE_NX of any) and
 * the protection key pkey? Return 0 if so, else the page-fault error
 * code the processor pushes.
 */
unsigned long protection_fault(unsigned long perm, unsigned int pkey,
			       unsigned long access,
			       const struct mmu_state *s)
{
	(void)perm;
	(void)pkey;
	(void)access;
	(void)s;
	return 0;
}
