/* mm/fault.c: page faults: the handlers, and the report of a bad one. */
#include <asm/tlbflush.h>
#include <asm/trap_pf.h>
#include <linux/fault.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <linux/vmalloc_sync.h>
#include <linux/sched/mm.h>

static pgd_t *current_pgd_entry(unsigned long address)
{
	unsigned long pgd = read_cr3_pa();

	if ((pgd >> PAGE_SHIFT) >= max_pfn_mapped)
		return NULL;
	return (pgd_t *)__va(pgd) + pgd_index(address);
}

static bool spurious_kernel_fault_check(unsigned long error_code,
					pte_t *pte)
{
	if ((error_code & X86_PF_WRITE) && !pte_write(*pte))
		return false;
	if ((error_code & X86_PF_INSTR) && !pte_exec(*pte))
		return false;
	return true;
}

static bool spurious_kernel_fault(unsigned long error_code,
				  unsigned long address)
{
	pgd_t *pgd = current_pgd_entry(address);
	unsigned int level;
	pte_t *leaf;

	if (!pgd || address < TASK_SIZE_MAX ||
	    (error_code != (X86_PF_WRITE | X86_PF_PROT) &&
	     error_code != (X86_PF_INSTR | X86_PF_PROT)))
		return false;
	leaf = lookup_address_in_pgd(pgd, address, &level);
	if (!leaf || !pte_present(*leaf))
		return false;
	{
		p4d_t *p4d = p4d_offset(pgd, address);
		pud_t *pud = pud_offset(p4d, address);
		pmd_t *pmd = pmd_offset(pud, address);

		if (!spurious_kernel_fault_check(error_code, (pte_t *)p4d))
			return false;
		if (level < PG_LEVEL_1G &&
		    !spurious_kernel_fault_check(error_code, (pte_t *)pud))
			return false;
		if (level < PG_LEVEL_2M &&
		    !spurious_kernel_fault_check(error_code, (pte_t *)pmd))
			return false;
	}
	return spurious_kernel_fault_check(error_code, leaf);
}

bool handle_page_fault(struct pt_regs *regs, unsigned long error_code,
		       unsigned long address)
{
	if (spurious_kernel_fault(error_code, address))
		return true;
	if (vmalloc_sync_fault(error_code, address))
		return true;
	if (address < TASK_SIZE_MAX &&
	    do_user_addr_fault(regs, error_code, address))
		return true;
	return false;
}

void dump_pagetable(unsigned long address)
{
	pgd_t *pgd = current_pgd_entry(address);
	p4d_t *p4d;
	char line[160];
	int n = 0;

	if (!pgd) {
		pr_info("PGD: the page tables are not in the direct map yet\n");
		return;
	}
	p4d = p4d_offset(pgd, address);
	n += scnprintf(line + n, sizeof(line) - n, "PGD %lx P4D %lx",
		       pgd_val(*pgd), p4d_val(*p4d));
	if (p4d_present(*p4d)) {
		pud_t *pud = pud_offset(p4d, address);

		n += scnprintf(line + n, sizeof(line) - n, " PUD %lx",
			       pud_val(*pud));
		if (pud_present(*pud) && !pud_large(*pud)) {
			pmd_t *pmd = pmd_offset(pud, address);

			n += scnprintf(line + n, sizeof(line) - n, " PMD %lx",
				       pmd_val(*pmd));
			if (pmd_present(*pmd) && !pmd_large(*pmd))
				scnprintf(line + n, sizeof(line) - n, " PTE %lx",
					  pte_val(*pte_offset_kernel(pmd, address)));
		}
	}
	pr_info("%s\n", line);
}

void show_fault_oops(struct pt_regs *regs, unsigned long error_code,
		     unsigned long address)
{
	if ((error_code & X86_PF_INSTR) && current_pgd_entry(address)) {
		unsigned int level;
		pte_t *pte = lookup_address_in_pgd(current_pgd_entry(address),
						   address, &level);

		if (pte && pte_present(*pte) && !pte_exec(*pte))
			printk(KERN_CRIT "kernel tried to execute NX-protected page - "
				"exploit attempt? (uid: 0)\n");
	}
	if (address < PAGE_SIZE && !user_mode(regs))
		printk(KERN_ALERT "BUG: kernel NULL pointer dereference, "
		       "address: %px\n", (void *)address);
	else
		printk(KERN_ALERT "BUG: unable to handle page fault for "
		       "address: %px\n", (void *)address);
	printk(KERN_ALERT "#PF: %s %s in %s mode\n",
	       (error_code & X86_PF_USER) ? "user" : "supervisor",
	       (error_code & X86_PF_INSTR) ? "instruction fetch" :
	       (error_code & X86_PF_WRITE) ? "write access" : "read access",
	       user_mode(regs) ? "user" : "kernel");
	printk(KERN_ALERT "#PF: error_code(0x%04lx) - %s\n", error_code,
	       !(error_code & X86_PF_PROT) ? "not-present page" :
	       (error_code & X86_PF_RSVD) ? "reserved bit violation" :
	       (error_code & X86_PF_PK) ? "protection keys violation" :
	       "permissions violation");
	dump_pagetable(address);
}
