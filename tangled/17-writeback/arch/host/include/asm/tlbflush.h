#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H
/* The host: TLB flushes and CR3 go to the simulated processor. */
#include <asm/host_mmu.h>
#include <asm/pgtable.h>

static inline void __flush_tlb_one_kernel(unsigned long addr)
{
	host_invlpg(addr);
}

static inline void __flush_tlb_all(void)
{
	host_flush_tlb_all();
}

static inline unsigned long read_cr3_pa(void)
{
	return host_read_cr3() & PTE_PFN_MASK;
}

static inline void load_cr3(pgd_t *pgd)
{
	host_write_cr3(__pa(pgd));
}
#endif
