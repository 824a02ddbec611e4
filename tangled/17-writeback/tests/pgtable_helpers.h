/* tests/pgtable_helpers.h: what the page-table tests share. */
#ifndef PGTABLE_HELPERS_H
#define PGTABLE_HELPERS_H
#include <asm/host_mmu.h>
#include <linux/pgtable.h>

#define TEST_VA		VMALLOC_START		/* nothing mapped there */
#define TEST_USER_VA	0x400000UL
#define TEST_PA		0x2000000UL		/* 32 MiB, usable RAM */
#define TEST_PA2	0x2001000UL

static inline pteval_t leaf_of(unsigned long va, unsigned int *level)
{
	pte_t *pte = lookup_address(va, level);

	return pte ? pte_val(*pte) : 0;
}
#endif
