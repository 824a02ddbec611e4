/*
 * cmdline_find_option(): find "option=value" in a kernel command line.
 * Reference solution of Exercise 1.2.
 */
#include <string.h>

#include "cmdline.h"

/* Words are separated by spaces and by every control character. */
static int is_separator(char c)
{
	return (unsigned char)c <= ' ';
}

/*
 * Copy the value that starts at val into buffer: at most bufsize - 1
 * characters and a NUL. Return the value's full length.
 */
static int copy_value(const char *val, char *buffer, int bufsize)
{
	int len = 0;

	while (val[len] && !is_separator(val[len])) {
		if (len < bufsize - 1)
			buffer[len] = val[len];
		len++;
	}
	if (bufsize > 0)
		buffer[len < bufsize ? len : bufsize - 1] = '\0';
	return len;
}

/*
 * Find the last word "option=value" of cmdline and copy its value into
 * buffer. Return the value's length (which may be more than was copied),
 * or -1 if no word is "option=..." exactly.
 */
int cmdline_find_option(const char *cmdline, const char *option,
			char *buffer, int bufsize)
{
	size_t optlen = strlen(option);
	const char *word = cmdline;
	int len = -1;

	if (!cmdline)
		return -1;
	if (bufsize > 0)
		buffer[0] = '\0';

	while (*word) {
		if (is_separator(*word)) {
			word++;
			continue;
		}
		if (!strncmp(word, option, optlen) && word[optlen] == '=')
			len = copy_value(word + optlen + 1, buffer, bufsize);
		while (*word && !is_separator(*word))
			word++;
	}
	return len;
}
