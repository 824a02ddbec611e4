/* lib/hexdump.c: bytes in hex and as text, as Linux's print_hex_dump. */
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/printk.h>

void print_hex_dump(const char *level, const char *prefix_str,
		    int prefix_type, int rowsize, int groupsize,
		    const void *buf, size_t len, bool ascii)
{
	const unsigned char *p = buf;
	char line[32 * 3 + 1 + 32 + 1];
	size_t i, j, n, k, cols = rowsize == 32 ? 32 : 16;

	(void)groupsize;	/* always 1: byte by byte */
	for (i = 0; i < len; i += cols) {
		n = min(len - i, cols);
		for (j = k = 0; j < n; j++)
			k += scnprintf(line + k, sizeof(line) - k, "%s%02x",
				       j ? " " : "", p[i + j]);
		while (ascii && k < cols * 3 + 1)
			line[k++] = ' ';
		for (j = 0; ascii && j < n; j++)
			line[k++] = p[i + j] >= 0x20 && p[i + j] < 0x7f ?
				    p[i + j] : '.';
		line[k] = '\0';
		if (prefix_type == DUMP_PREFIX_ADDRESS)
			printk("%s%s%px: %s\n", level, prefix_str, p + i, line);
		else
			printk("%s%s%s\n", level, prefix_str, line);
	}
}
