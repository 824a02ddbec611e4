#ifndef _ASM_SPECIAL_INSNS_H
#define _ASM_SPECIAL_INSNS_H
/* Reading and writing the control registers. */

#define DEFINE_READ_CR(name, reg)					\
static inline unsigned long name(void)					\
{									\
	unsigned long value;						\
									\
	asm volatile("mov %%" #reg ", %0" : "=r"(value) : : "memory"); \
	return value;							\
}

DEFINE_READ_CR(read_cr0, cr0)
DEFINE_READ_CR(read_cr2, cr2)
DEFINE_READ_CR(__read_cr3, cr3)
DEFINE_READ_CR(__read_cr4, cr4)
#define read_cr3	__read_cr3

static inline void write_cr3(unsigned long value)
{
	asm volatile("mov %0, %%cr3" : : "r"(value) : "memory");
}
#endif
