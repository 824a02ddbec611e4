/* lib/int_sqrt.c: the integer square root, rounded down. */
#include <linux/int_sqrt.h>

unsigned long int_sqrt(unsigned long x)
{
	unsigned long bit = 1UL << (sizeof(long) * 8 - 2), root = 0;

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= root + bit) {
			x -= root + bit;
			root = (root >> 1) + bit;
		} else {
			root >>= 1;
		}
		bit >>= 2;
	}
	return root;
}
