#ifndef _ASM_X86_PGTABLE_H
#define _ASM_X86_PGTABLE_H
/* Reading, following and changing page-table entries. */
#include <asm/page.h>
#include <asm/pgtable_types.h>

static inline unsigned long pgd_index(unsigned long address)
{
	return (address >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1);
}

static inline unsigned long pud_index(unsigned long address)
{
	return (address >> PUD_SHIFT) & (PTRS_PER_PUD - 1);
}

static inline unsigned long pmd_index(unsigned long address)
{
	return (address >> PMD_SHIFT) & (PTRS_PER_PMD - 1);
}

static inline unsigned long pte_index(unsigned long address)
{
	return (address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
}

static inline pteval_t pte_flags(pte_t pte)
{
	return pte_val(pte) & PTE_FLAGS_MASK;
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return (pte_val(pte) & PTE_PFN_MASK) >> PAGE_SHIFT;
}

static inline pmdval_t pmd_flags(pmd_t pmd)
{
	return pmd_val(pmd) & PTE_FLAGS_MASK;
}

static inline pudval_t pud_flags(pud_t pud)
{
	return pud_val(pud) & PTE_FLAGS_MASK;
}

static inline pgdval_t p4d_flags(p4d_t p4d)
{
	return p4d_val(p4d) & PTE_FLAGS_MASK;
}

static inline unsigned long pmd_pfn(pmd_t pmd)
{
	pmdval_t mask = (pmd_val(pmd) & _PAGE_PSE) ? PHYSICAL_PMD_PAGE_MASK
						   : PTE_PFN_MASK;

	return (pmd_val(pmd) & mask) >> PAGE_SHIFT;
}

static inline unsigned long pud_pfn(pud_t pud)
{
	pudval_t mask = (pud_val(pud) & _PAGE_PSE) ? PHYSICAL_PUD_PAGE_MASK
						   : PTE_PFN_MASK;

	return (pud_val(pud) & mask) >> PAGE_SHIFT;
}

static inline int pgd_none(pgd_t pgd) { (void)pgd; return 0; }
static inline int pgd_present(pgd_t pgd) { (void)pgd; return 1; }
static inline int p4d_none(p4d_t p4d) { return p4d_val(p4d) == 0; }
static inline int pud_none(pud_t pud) { return pud_val(pud) == 0; }
static inline int pmd_none(pmd_t pmd) { return pmd_val(pmd) == 0; }
static inline int pte_none(pte_t pte) { return pte_val(pte) == 0; }

static inline int p4d_present(p4d_t p4d)
{
	return p4d_flags(p4d) & _PAGE_PRESENT;
}

static inline int pud_present(pud_t pud)
{
	return pud_flags(pud) & _PAGE_PRESENT;
}

static inline int pmd_present(pmd_t pmd)
{
	return pmd_flags(pmd) & _PAGE_PRESENT;
}

static inline int pte_present(pte_t pte)
{
	return pte_flags(pte) & _PAGE_PRESENT;
}

static inline int pud_large(pud_t pud)
{
	return (pud_val(pud) & (_PAGE_PSE | _PAGE_PRESENT)) ==
	       (_PAGE_PSE | _PAGE_PRESENT);
}

static inline int pmd_large(pmd_t pmd)
{
	return (pmd_val(pmd) & (_PAGE_PSE | _PAGE_PRESENT)) ==
	       (_PAGE_PSE | _PAGE_PRESENT);
}

static inline int pte_write(pte_t pte) { return pte_flags(pte) & _PAGE_RW; }
static inline int pte_exec(pte_t pte) { return !(pte_flags(pte) & _PAGE_NX); }
static inline int pte_young(pte_t pte)
{
	return pte_flags(pte) & _PAGE_ACCESSED;
}
static inline int pte_dirty(pte_t pte) { return pte_flags(pte) & _PAGE_DIRTY; }

extern pgd_t *swapper_pg_dir;	/* the kernel's pgd, mm/init.c */

static inline pud_t *p4d_pgtable(p4d_t p4d)
{
	return __va(p4d_val(p4d) & PTE_PFN_MASK);
}

static inline pmd_t *pud_pgtable(pud_t pud)
{
	return __va(pud_val(pud) & PTE_PFN_MASK);
}

static inline pte_t *pmd_page_vaddr(pmd_t pmd)
{
	return __va(pmd_val(pmd) & PTE_PFN_MASK);
}

static inline pgd_t *pgd_offset_pgd(pgd_t *pgd, unsigned long address)
{
	return pgd + pgd_index(address);
}
#define pgd_offset_k(address)	pgd_offset_pgd(swapper_pg_dir, (address))

static inline p4d_t *p4d_offset(pgd_t *pgd, unsigned long address)
{
	(void)address;
	return (p4d_t *)pgd;		/* folded: the pgd entry itself */
}

static inline pud_t *pud_offset(p4d_t *p4d, unsigned long address)
{
	return p4d_pgtable(*p4d) + pud_index(address);
}

static inline pmd_t *pmd_offset(pud_t *pud, unsigned long address)
{
	return pud_pgtable(*pud) + pmd_index(address);
}

static inline pte_t *pte_offset_kernel(pmd_t *pmd, unsigned long address)
{
	return pmd_page_vaddr(*pmd) + pte_index(address);
}

static inline pte_t pfn_pte(unsigned long pfn, pgprot_t prot)
{
	return __pte(((pteval_t)pfn << PAGE_SHIFT) | pgprot_val(prot));
}

static inline pmd_t pfn_pmd(unsigned long pfn, pgprot_t prot)
{
	return __pmd(((pmdval_t)pfn << PAGE_SHIFT) | pgprot_val(prot));
}

static inline pud_t pfn_pud(unsigned long pfn, pgprot_t prot)
{
	return __pud(((pudval_t)pfn << PAGE_SHIFT) | pgprot_val(prot));
}

static inline void set_pte(pte_t *ptep, pte_t pte)
{
	*(volatile pteval_t *)&pte_val(*ptep) = pte_val(pte);
}

static inline void set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	*(volatile pmdval_t *)&pmd_val(*pmdp) = pmd_val(pmd);
}

static inline void set_pud(pud_t *pudp, pud_t pud)
{
	*(volatile pudval_t *)&pud_val(*pudp) = pud_val(pud);
}

static inline void set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	*(volatile pgdval_t *)&p4d_val(*p4dp) = p4d_val(p4d);
}

static inline void pte_clear(pte_t *ptep)
{
	set_pte(ptep, __pte(0));
}

static inline pte_t pte_set_flags(pte_t pte, pteval_t set)
{
	return __pte(pte_val(pte) | set);
}

static inline pte_t pte_clear_flags(pte_t pte, pteval_t clear)
{
	return __pte(pte_val(pte) & ~clear);
}

static inline pte_t pte_mkwrite(pte_t pte)
{
	return pte_set_flags(pte, _PAGE_RW);
}

static inline pte_t pte_wrprotect(pte_t pte)
{
	return pte_clear_flags(pte, _PAGE_RW);
}

static inline pte_t pte_mkold(pte_t pte)
{
	return pte_clear_flags(pte, _PAGE_ACCESSED);
}

static inline pte_t pte_mkclean(pte_t pte)
{
	return pte_clear_flags(pte, _PAGE_DIRTY);
}

static inline pte_t pte_mkexec(pte_t pte)
{
	return pte_clear_flags(pte, _PAGE_NX);
}
#endif
