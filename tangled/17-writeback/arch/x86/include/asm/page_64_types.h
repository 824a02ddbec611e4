#ifndef _ASM_X86_PAGE_64_TYPES_H
#define _ASM_X86_PAGE_64_TYPES_H
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))

#define __PHYSICAL_MASK_SHIFT	52	/* the architecture's limit */
#define __VIRTUAL_MASK_SHIFT	47	/* 4-level paging */

#define __PAGE_OFFSET		0xffff888000000000UL
#define PAGE_OFFSET		__PAGE_OFFSET
#define __START_KERNEL_map	0xffffffff80000000
#define KERNEL_IMAGE_SIZE	(512UL << 20)
#define TASK_SIZE_MAX		((1UL << __VIRTUAL_MASK_SHIFT) - PAGE_SIZE)

#ifndef __ASSEMBLER__
#include <linux/types.h>
typedef u64 phys_addr_t;
#endif
#endif
