/*
 * memparse(): read a size such as "64M", "0x1000" or "2G" from the kernel
 * command line. Reference solution of Exercise 1.1.
 */
#include "memparse.h"

/* The value of the digit c, or 16 (too big for any base) if c is none. */
static unsigned int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 16;
}

/*
 * Read an unsigned number as Linux's simple_strtoull() does. Base 0 means
 * "from the prefix": "0x" followed by a hex digit is base 16, any other
 * leading "0" is base 8, anything else base 10. *endp is set to the first
 * character that is not part of the number.
 */
static unsigned long long simple_strtoull(const char *cp, char **endp,
					  unsigned int base)
{
	int hex_prefix = cp[0] == '0' && (cp[1] == 'x' || cp[1] == 'X');
	unsigned long long result = 0;
	unsigned int digit;

	if (base == 0) {
		if (hex_prefix && digit_value(cp[2]) < 16)
			base = 16;
		else if (cp[0] == '0')
			base = 8;
		else
			base = 10;
	}
	if (base == 16 && hex_prefix)
		cp += 2;

	while ((digit = digit_value(*cp)) < base) {
		result = result * base + digit;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

/* How far the suffix c shifts a size: K is 2^10, M 2^20 ... E 2^60. */
static int suffix_shift(char c)
{
	static const char suffixes[] = "KMGTPE";
	int i;

	for (i = 0; suffixes[i]; i++)
		if (c == suffixes[i] || c == suffixes[i] - 'A' + 'a')
			return 10 * (i + 1);
	return 0;
}

/*
 * Parse a size with an optional K, M, G, T, P or E suffix (either case).
 * If retptr is not NULL, *retptr is left just past what was read: past
 * the suffix if there is one, else past the digits.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	char *end;
	unsigned long long size = simple_strtoull(ptr, &end, 0);
	int shift = suffix_shift(*end);

	if (shift) {
		size <<= shift;
		end++;
	}
	if (retptr)
		*retptr = end;
	return size;
}
