#ifndef _ASM_MSR_H
#define _ASM_MSR_H
#include <linux/types.h>

static inline u64 rdmsrl(u32 msr)
{
	u32 lo, hi;

	asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((u64)hi << 32) | lo;
}

static inline void wrmsrl(u32 msr, u64 val)
{
	asm volatile("wrmsr" : : "c"(msr), "a"((u32)val),
		     "d"((u32)(val >> 32)) : "memory");
}
#endif
