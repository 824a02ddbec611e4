#ifndef _ASM_X86_PGTABLE_64_TYPES_H
#define _ASM_X86_PGTABLE_64_TYPES_H
/* 4-level paging: 9 bits of the address per level. */
#define PGDIR_SHIFT	39
#define PTRS_PER_PGD	512
#define P4D_SHIFT	39
#define PTRS_PER_P4D	1		/* folded */
#define PUD_SHIFT	30
#define PTRS_PER_PUD	512
#define PMD_SHIFT	21
#define PTRS_PER_PMD	512
#define PTRS_PER_PTE	512

#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PUD_SIZE	(1UL << PUD_SHIFT)
#define PUD_MASK	(~(PUD_SIZE - 1))
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))

#define DIRECT_MAP_SIZE		(64UL << 40)	/* 64 TiB */
#define VMALLOC_SIZE_TB		32UL
#define VMALLOC_START		0xffffc90000000000UL
#define VMALLOC_END		(VMALLOC_START + (VMALLOC_SIZE_TB << 40) - 1)
#define VMEMMAP_START		0xffffea0000000000UL
#define MODULES_VADDR		(__START_KERNEL_map + KERNEL_IMAGE_SIZE)
#define MODULES_END		0xffffffffff000000UL
#endif
