#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H
/* x86-64: virtual addresses of physical memory, and back. */
#include <asm/page_64_types.h>

static inline phys_addr_t __phys_addr(unsigned long x)
{
	if (x >= __START_KERNEL_map)
		return x - __START_KERNEL_map;
	return x - PAGE_OFFSET;
}

#define __pa(x)		__phys_addr((unsigned long)(x))
#define __pa_symbol(x)	((phys_addr_t)((unsigned long)(x) - \
					       __START_KERNEL_map))
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#endif
