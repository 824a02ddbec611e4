#ifndef _ASM_KERNEL_READ_H
#define _ASM_KERNEL_READ_H
/* A byte of the kernel's address space, read through the simulated MMU. */
#include <asm/host_mmu.h>

static inline int kernel_read_byte(const void *addr)
{
	unsigned char c;

	if (host_mmu_read((unsigned long)addr, &c, 1, HOST_ACCESS_READ) < 0)
		return -1;
	return c;
}
#endif
