#ifndef _ASM_TIMEX_H
#define _ASM_TIMEX_H
#include <linux/types.h>

static inline u64 random_get_entropy(void)
{
	u32 lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}
#endif
