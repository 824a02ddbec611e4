#ifndef _LINUX_PGTABLE_H
#define _LINUX_PGTABLE_H
#include <asm/pgtable.h>
#include <linux/types.h>

extern unsigned long pgt_buf_start, pgt_buf_end, pgt_buf_top;

void pgt_buf_setup(phys_addr_t base, unsigned long nr_pages);
void *alloc_low_pages(unsigned int num);
#define alloc_low_page()	alloc_low_pages(1)

pte_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long address,
			     unsigned int *level);
pte_t *lookup_address(unsigned long address, unsigned int *level);
int vmap_range(pgd_t *pgd, unsigned long addr, unsigned long end,
	       phys_addr_t phys_addr, pgprot_t prot,
	       unsigned int max_page_shift);
unsigned int vmap_page_shift(unsigned long addr, unsigned long end,
			     phys_addr_t phys, unsigned int max_page_shift);

#define PAGE_ALIGN(addr)	(((addr) + PAGE_SIZE - 1) & PAGE_MASK)
#define ISA_END_ADDRESS		0x100000UL	/* the first MiB */

extern bool direct_gbpages;
extern unsigned long max_pfn_mapped;
extern unsigned long direct_pages_count[PG_LEVEL_NUM];

void init_mem_mapping(void);
void print_vm_layout(void);
void x86_64_init_mem_mapping(void);	/* arch/x86_64/init_64.c */
#endif
