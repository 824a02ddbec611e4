#ifndef _ASM_PAGE_TYPES_H
#define _ASM_PAGE_TYPES_H
/* The kernel image runs at this virtual address + its physical address. */
#define __START_KERNEL_map	0xffffffff80000000
#endif
