#ifndef _LINUX_LOG2_H
#define _LINUX_LOG2_H
/* Bit numbers: the highest bit set, and the order of a size. */
#include <asm/page.h>

static inline int fls(unsigned int x)	/* 1..32, 0 for 0 */
{
	return x ? 32 - __builtin_clz(x) : 0;
}

static inline int ilog2(unsigned long n)	/* n > 0 */
{
	return 63 - __builtin_clzl(n);
}

static inline int get_order(unsigned long size)	/* size > 0 */
{
	size = (size - 1) >> PAGE_SHIFT;
	return size ? 64 - __builtin_clzl(size) : 0;
}
#endif
