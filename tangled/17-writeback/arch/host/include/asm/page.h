#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H
/* The host: physical address p of the simulated machine is host_ram + p. */
#include <asm/page_64_types.h>

extern unsigned char *host_ram;

#define __va(x)		((void *)(host_ram + (phys_addr_t)(x)))
#define __pa(x)		((phys_addr_t)((unsigned char *)(x) - host_ram))
#endif
