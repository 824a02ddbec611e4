/* lib/cmdline_option.c: NAME=VALUE options, and sizes like 64M. */
#include <linux/cmdline_option.h>
#include <linux/string.h>

int cmdline_find_option(const char *cmdline, const char *option,
			char *buf, int bufsize)
{
	size_t len = strlen(option);
	const char *p = cmdline;
	int n = 0;

	while (*p) {
		if ((p == cmdline || p[-1] == ' ') &&
		    strncmp(p, option, len) == 0 && p[len] == '=') {
			for (p += len + 1; *p && *p != ' '; p++, n++)
				if (n + 1 < bufsize)
					buf[n] = *p;
			if (bufsize > 0)
				buf[n < bufsize ? n : bufsize - 1] = '\0';
			return n;
		}
		p++;
	}
	return -1;
}

unsigned long long memparse(const char *ptr, char **retptr)
{
	unsigned long long v = 0;
	unsigned int base = 10;

	if (ptr[0] == '0' && (ptr[1] == 'x' || ptr[1] == 'X')) {
		base = 16;
		ptr += 2;
	}
	for (;; ptr++) {
		unsigned int d;

		if (*ptr >= '0' && *ptr <= '9')
			d = *ptr - '0';
		else if (base == 16 && *ptr >= 'a' && *ptr <= 'f')
			d = *ptr - 'a' + 10;
		else if (base == 16 && *ptr >= 'A' && *ptr <= 'F')
			d = *ptr - 'A' + 10;
		else
			break;
		v = v * base + d;
	}
	switch (*ptr) {
	case 'T': case 't':
		v <<= 10;
		/* fall through */
	case 'G': case 'g':
		v <<= 10;
		/* fall through */
	case 'M': case 'm':
		v <<= 10;
		/* fall through */
	case 'K': case 'k':
		v <<= 10;
		ptr++;
		break;
	default:
		break;
	}
	if (retptr)
		*retptr = (char *)ptr;
	return v;
}
