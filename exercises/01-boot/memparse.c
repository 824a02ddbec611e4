/*
 * Exercise 1.1: memparse(), read a size such as "64M", "0x1000" or "2G"
 * from the kernel command line. See 1-memparse.md; grade it with
 * `make grade CH=1`.
 */
#include "memparse.h"

/*
 * Read an unsigned number as Linux's simple_strtoull() does. Base 0 means
 * "from the prefix": "0x" or "0X" followed by a hex digit is base 16 (skip
 * the prefix), any other leading "0" is base 8, anything else base 10.
 * Stop at the first character that is not a digit of the base, and set
 * *endp (if endp is not NULL) to point at it.
 */
static unsigned long long simple_strtoull(const char *cp, char **endp,
					  unsigned int base)
{
	/* Step 1: write this function. This stub reads no digits. */
	(void)base;
	if (endp)
		*endp = (char *)cp;
	return 0;
}

/*
 * Parse a size with an optional K, M, G, T, P or E suffix (either case):
 * each multiplies the number by 2^10, 2^20 ... 2^60. If retptr is not
 * NULL, set *retptr just past what was read: past the suffix if there is
 * one, else past the digits.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	char *end;
	unsigned long long size = simple_strtoull(ptr, &end, 0);

	/* Step 2: look at *end for a suffix, scale size and step over it. */

	if (retptr)
		*retptr = end;
	return size;
}
