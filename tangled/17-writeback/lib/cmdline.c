/* lib/cmdline.c: finding words on the kernel command line. */
#include <linux/cmdline.h>
#include <linux/string.h>

static bool cmdline_space(char c)
{
	return (unsigned char)c <= ' ';
}

int cmdline_find_option_bool(const char *cmdline, const char *option)
{
	const char *end, *p, *word;
	size_t len = strlen(option);

	if (!cmdline)
		return -1;
	end = cmdline + strnlen(cmdline, COMMAND_LINE_SIZE);
	for (p = cmdline; p < end;) {
		while (p < end && cmdline_space(*p))
			p++;
		word = p;
		while (p < end && !cmdline_space(*p))
			p++;
		if (p > word && (size_t)(p - word) == len &&
		    memcmp(word, option, len) == 0)
			return word - cmdline + 1;
	}
	return 0;
}
