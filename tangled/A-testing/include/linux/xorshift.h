#ifndef _LINUX_XORSHIFT_H
#define _LINUX_XORSHIFT_H
/* xorshift64*: Marsaglia's xorshift with Vigna's multiplier on the way
 * out.  The whole state is one 64-bit number, which must never be 0. */
#include <linux/types.h>

static inline u64 xorshift64_star(u64 *state)
{
	u64 x = *state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545f4914f6cdd1dULL;
}
#endif
