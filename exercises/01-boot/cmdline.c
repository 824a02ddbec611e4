/*
 * Exercise 1.2: cmdline_find_option(), find "option=value" in a kernel
 * command line. See 2-cmdline.md; grade it with `make grade CH=1`.
 */
#include <string.h>

#include "cmdline.h"

/*
 * Find the word "option=value" in cmdline, where words are separated by
 * spaces or control characters (any byte <= ' '), and copy its value into
 * buffer: at most bufsize - 1 characters, then a NUL (nothing at all if
 * bufsize is 0). If the option appears more than once, the last one wins.
 * Return the value's full length, even if it was cut to fit, or -1 if no
 * word is exactly "option=..." (or if cmdline is NULL).
 */
int cmdline_find_option(const char *cmdline, const char *option,
			char *buffer, int bufsize)
{
	/* Write this function. This stub never finds the option. */
	(void)cmdline;
	(void)option;
	(void)buffer;
	(void)bufsize;
	return -1;
}
