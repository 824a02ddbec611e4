#ifndef _ASM_HOST_MMU_H
#define _ASM_HOST_MMU_H
/* The simulated machine: physical memory, processor and MMU. */
#include <asm/page.h>
#include <asm/trap_pf.h>
#include <linux/types.h>

#define HOST_RAM_END		0x160000000UL	/* 5.5 GiB: 4608 MiB of RAM */
#define HOST_PGT_BUF_BASE	0x1000000UL	/* 16 MiB */
#define HOST_PGT_BUF_PAGES	512		/* 2 MiB of page tables */

void host_memory_init(void);

struct host_cpu {
	unsigned long cr0, cr2, cr3, cr4, efer;
	unsigned long error_code;	/* of the last page fault */
	bool gbpages;			/* 1 GiB pages (CPUID) */
	bool oops_on_fault;		/* unhandled faults panic */
	unsigned long nr_faults, nr_walks, nr_tlb_hits;
};

extern struct host_cpu host_cpu;

void host_cpu_reset(void);
void host_write_cr3(unsigned long cr3);
unsigned long host_read_cr3(void);

#define HOST_ACCESS_READ	0
#define HOST_ACCESS_WRITE	X86_PF_WRITE
#define HOST_ACCESS_USER	X86_PF_USER
#define HOST_ACCESS_FETCH	X86_PF_INSTR

int host_mmu_translate(unsigned long va, unsigned int access,
		       phys_addr_t *pa);
int host_mmu_read(unsigned long va, void *buf, size_t len,
		  unsigned int access);
int host_mmu_write(unsigned long va, const void *buf, size_t len,
		   unsigned int access);

void host_invlpg(unsigned long va);
void host_flush_tlb_all(void);
bool host_tlb_cached(unsigned long va);
#endif
