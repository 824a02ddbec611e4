/*
 * Exercise 3.4: protection_fault() adds to the chapter's access rights the
 * three the chapter leaves out: SMEP, SMAP and protection keys.
 */
#ifndef EXERCISE_PROTECT_H
#define EXERCISE_PROTECT_H
#include <asm/pgtable_types.h>
#include <asm/trap_pf.h>
#include <linux/types.h>

/* The processor state that decides an access right. */
struct mmu_state {
	bool wp;	/* CR0.WP: the kernel too must respect _PAGE_RW */
	bool nxe;	/* EFER.NXE: _PAGE_NX forbids instruction fetches */
	bool smep;	/* CR4.SMEP: the kernel may not run user pages */
	bool smap;	/* CR4.SMAP: the kernel may not touch user pages */
	bool ac;	/* EFLAGS.AC: SMAP lets this access through */
	bool pke;	/* CR4.PKE: the protection keys apply */
	u32 pkru;	/* PKRU: AD (bit 2k) and WD (bit 2k + 1) of key k */
};

unsigned long protection_fault(unsigned long perm, unsigned int pkey,
			       unsigned long access,
			       const struct mmu_state *s);

#endif
