#ifndef _ASM_TIMEX_H
#define _ASM_TIMEX_H
#include <linux/types.h>

static inline u64 random_get_entropy(void)
{
	static u64 ticks;

	return ticks += 1000;
}
#endif
