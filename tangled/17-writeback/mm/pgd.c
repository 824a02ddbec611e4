/* mm/pgd.c: top-level tables beside the kernel's, kept in step. */
#include <asm/tlbflush.h>
#include <asm/trap_pf.h>
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmalloc_sync.h>

bool vmalloc_prealloc;

static void vmalloc_prealloc_setup(void)
{
	vmalloc_prealloc = cmdline_find_option_bool(boot_command_line,
						    "vmalloc_prealloc") > 0;
}

#define KERNEL_PGD_BOUNDARY	pgd_index(PAGE_OFFSET)
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - KERNEL_PGD_BOUNDARY)

pgd_t *pgd_alloc(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	pgd_t *pgd;

	if (!page)
		return NULL;
	pgd = page_address(page);
	memcpy(pgd + KERNEL_PGD_BOUNDARY, swapper_pg_dir + KERNEL_PGD_BOUNDARY,
	       KERNEL_PGD_PTRS * sizeof(pgd_t));
	return pgd;
}

void pgd_free(pgd_t *pgd)
{
	__free_pages(virt_to_page(pgd), 0);
}

static int vmalloc_fault(unsigned long address)
{
	pgd_t *pgd, *pgd_k;
	p4d_t *p4d, *p4d_k;
	pud_t *pud;
	pmd_t *pmd;

	if (address < VMALLOC_START || address >= VMALLOC_END)
		return -1;
	pgd = (pgd_t *)__va(read_cr3_pa()) + pgd_index(address);
	pgd_k = pgd_offset_k(address);
	p4d = p4d_offset(pgd, address);
	p4d_k = p4d_offset(pgd_k, address);
	if (p4d_none(*p4d_k))
		return -1;
	if (p4d_none(*p4d)) {
		set_p4d(p4d, *p4d_k);
		vmalloc_stats.faults++;
	} else if (p4d_pgtable(*p4d) != p4d_pgtable(*p4d_k)) {
		return -1;
	}
	pud = pud_offset(p4d, address);
	if (pud_none(*pud))
		return -1;
	if (pud_large(*pud))
		return 0;
	pmd = pmd_offset(pud, address);
	if (pmd_none(*pmd))
		return -1;
	if (pmd_large(*pmd))
		return 0;
	if (!pte_present(*pte_offset_kernel(pmd, address)))
		return -1;
	return 0;
}

bool vmalloc_sync_fault(unsigned long error_code, unsigned long address)
{
	if (vmalloc_prealloc ||
	    (error_code & (X86_PF_RSVD | X86_PF_USER | X86_PF_PROT)))
		return false;
	return vmalloc_fault(address) == 0;
}

void preallocate_vmalloc_pages(void)
{
	unsigned long addr;

	vmalloc_stats.prealloc_tables = 0;
	if (!vmalloc_prealloc)
		return;
	for (addr = VMALLOC_START; addr <= VMALLOC_END;
	     addr = round_up(addr + 1, PGDIR_SIZE)) {
		p4d_t *p4d = p4d_offset(pgd_offset_k(addr), addr);
		struct page *page;

		if (!p4d_none(*p4d))
			continue;
		page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
		if (!page)
			panic("Failed to pre-allocate %s pages for vmalloc "
			      "area\n", "pud");
		set_p4d(p4d, __p4d(__pa(page_address(page)) |
				   _KERNPG_TABLE));
		vmalloc_stats.prealloc_tables++;
	}
}

void mem_init_vmalloc(void)
{
	vmalloc_prealloc_setup();
	preallocate_vmalloc_pages();
}
