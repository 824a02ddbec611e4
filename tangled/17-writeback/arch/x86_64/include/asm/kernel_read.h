#ifndef _ASM_KERNEL_READ_H
#define _ASM_KERNEL_READ_H
/* A byte of the kernel's address space, read through the MMU. */

static inline int kernel_read_byte(const void *addr)
{
	unsigned int c;

	/* "memory": a fault handler may change memory, as an interrupt */
	asm volatile("movzbl (%1), %0" : "=r"(c) : "r"(addr) : "memory");
	return c;
}
#endif
