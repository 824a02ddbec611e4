#ifndef _ASM_X86_PGTABLE_TYPES_H
#define _ASM_X86_PGTABLE_TYPES_H
/* Page-table entries: the bits the x86-64 processor defines. */
#include <asm/page_64_types.h>
#include <asm/pgtable_64_types.h>

#define _PAGE_BIT_PRESENT	0	/* is present */
#define _PAGE_BIT_RW		1	/* writeable */
#define _PAGE_BIT_USER		2	/* userspace addressable */
#define _PAGE_BIT_PWT		3	/* page write through */
#define _PAGE_BIT_PCD		4	/* page cache disabled */
#define _PAGE_BIT_ACCESSED	5	/* set by the processor on any access */
#define _PAGE_BIT_DIRTY		6	/* set by the processor on a write */
#define _PAGE_BIT_PSE		7	/* 2 MiB or 1 GiB page */
#define _PAGE_BIT_PAT		7	/* in a 4 KiB pte: memory type */
#define _PAGE_BIT_GLOBAL	8	/* kept in the TLB across CR3 writes */
#define _PAGE_BIT_PAT_LARGE	12	/* in a 2 MiB or 1 GiB entry */
#define _PAGE_BIT_NX		63	/* no execute */

#define _PAGE_PRESENT	(1UL << _PAGE_BIT_PRESENT)
#define _PAGE_RW	(1UL << _PAGE_BIT_RW)
#define _PAGE_USER	(1UL << _PAGE_BIT_USER)
#define _PAGE_PWT	(1UL << _PAGE_BIT_PWT)
#define _PAGE_PCD	(1UL << _PAGE_BIT_PCD)
#define _PAGE_ACCESSED	(1UL << _PAGE_BIT_ACCESSED)
#define _PAGE_DIRTY	(1UL << _PAGE_BIT_DIRTY)
#define _PAGE_PSE	(1UL << _PAGE_BIT_PSE)
#define _PAGE_PAT	(1UL << _PAGE_BIT_PAT)
#define _PAGE_GLOBAL	(1UL << _PAGE_BIT_GLOBAL)
#define _PAGE_PAT_LARGE	(1UL << _PAGE_BIT_PAT_LARGE)
#define _PAGE_NX	(1UL << _PAGE_BIT_NX)

#define __PHYSICAL_MASK		((1UL << __PHYSICAL_MASK_SHIFT) - 1)
#define PTE_PFN_MASK		(__PHYSICAL_MASK & PAGE_MASK)
#define PTE_FLAGS_MASK		(~PTE_PFN_MASK)
#define PHYSICAL_PMD_PAGE_MASK	(__PHYSICAL_MASK & PMD_MASK)
#define PHYSICAL_PUD_PAGE_MASK	(__PHYSICAL_MASK & PUD_MASK)

#ifndef __ASSEMBLER__
typedef unsigned long pteval_t, pmdval_t, pudval_t, pgdval_t, pgprotval_t;

typedef struct { pteval_t pte; } pte_t;
typedef struct { pmdval_t pmd; } pmd_t;
typedef struct { pudval_t pud; } pud_t;
typedef struct { pgdval_t pgd; } pgd_t;
typedef struct { pgd_t pgd; } p4d_t;		/* folded into the pgd */
typedef struct { pgprotval_t pgprot; } pgprot_t;

#define pte_val(x)	((x).pte)
#define pmd_val(x)	((x).pmd)
#define pud_val(x)	((x).pud)
#define pgd_val(x)	((x).pgd)
#define p4d_val(x)	(pgd_val((x).pgd))
#define pgprot_val(x)	((x).pgprot)
#define __pte(x)	((pte_t){ (x) })
#define __pmd(x)	((pmd_t){ (x) })
#define __pud(x)	((pud_t){ (x) })
#define __pgd(x)	((pgd_t){ (x) })
#define __p4d(x)	((p4d_t){ __pgd(x) })
#define __pgprot(x)	((pgprot_t){ (x) })

#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY)
#define _PAGE_TABLE	(_KERNPG_TABLE | _PAGE_USER)

#define __PAGE_KERNEL_EXEC	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
				 _PAGE_DIRTY | _PAGE_GLOBAL)
#define __PAGE_KERNEL		(__PAGE_KERNEL_EXEC | _PAGE_NX)
#define __PAGE_KERNEL_RO	(__PAGE_KERNEL & ~_PAGE_RW)
#define __PAGE_KERNEL_RX	(__PAGE_KERNEL_EXEC & ~_PAGE_RW)

#define PAGE_KERNEL		__pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_RO		__pgprot(__PAGE_KERNEL_RO)
#define PAGE_KERNEL_RX		__pgprot(__PAGE_KERNEL_RX)
#define PAGE_KERNEL_EXEC	__pgprot(__PAGE_KERNEL_EXEC)

enum pg_level {
	PG_LEVEL_NONE,
	PG_LEVEL_4K,
	PG_LEVEL_2M,
	PG_LEVEL_1G,
	PG_LEVEL_512G,
	PG_LEVEL_NUM
};
#endif
#endif
