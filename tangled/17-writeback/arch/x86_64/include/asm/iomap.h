#ifndef _ASM_IOMAP_H
#define _ASM_IOMAP_H
/* 16- and 32-bit port accesses, and ioread/iowrite on a port number. */
#include <asm/io.h>

static inline void outw(u16 value, u16 port)
{
	asm volatile("outw %0, %1" : : "a"(value), "Nd"(port));
}

static inline u16 inw(u16 port)
{
	u16 value;

	asm volatile("inw %1, %0" : "=a"(value) : "Nd"(port));
	return value;
}

static inline u32 inl(u16 port)
{
	u32 value;

	asm volatile("inl %1, %0" : "=a"(value) : "Nd"(port));
	return value;
}

static inline u8 ioread8(unsigned long port) { return inb(port); }
static inline u16 ioread16(unsigned long port) { return inw(port); }
static inline u32 ioread32(unsigned long port) { return inl(port); }
static inline void iowrite8(u8 v, unsigned long port) { outb(v, port); }
static inline void iowrite16(u16 v, unsigned long port) { outw(v, port); }
static inline void iowrite32(u32 v, unsigned long port) { outl(v, port); }
#endif
