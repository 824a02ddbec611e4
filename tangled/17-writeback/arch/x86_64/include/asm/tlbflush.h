#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H
/* x86-64: TLB flushes and CR3. */
#include <asm/pgtable.h>
#include <asm/processor-flags.h>
#include <asm/special_insns.h>

static inline void __flush_tlb_one_kernel(unsigned long addr)
{
	asm volatile("invlpg (%0)" : : "r"(addr) : "memory");
}

static inline void __flush_tlb_all(void)
{
	unsigned long cr4 = __read_cr4();

	asm volatile("mov %0, %%cr4" : : "r"(cr4 ^ X86_CR4_PGE) : "memory");
	asm volatile("mov %0, %%cr4" : : "r"(cr4) : "memory");
}

static inline unsigned long read_cr3_pa(void)
{
	return __read_cr3() & PTE_PFN_MASK;
}

static inline void load_cr3(pgd_t *pgd)
{
	write_cr3(__pa(pgd));
}
#endif
