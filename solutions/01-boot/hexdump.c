/*
 * hex_dump_to_buffer(): one line of a hex dump, in Linux's format.
 * Reference solution of Exercise 1.3.
 */
#include <stdint.h>
#include <string.h>

#include "hexdump.h"

/* The longest line: 32 bytes as "xx ", two spaces, 32 characters, NUL. */
#define HEX_LINE_MAX	(32 * 3 + 2 + 32 + 1)

static const char hex_asc[] = "0123456789abcdef";

static bool valid_groupsize(int groupsize)
{
	return groupsize == 1 || groupsize == 2 || groupsize == 4 ||
	       groupsize == 8;
}

/*
 * Load size bytes from p as one native-endian number. memcpy() makes the
 * load safe at any alignment.
 */
static uint64_t load_group(const unsigned char *p, int size)
{
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;

	switch (size) {
	case 2:
		memcpy(&v16, p, sizeof(v16));
		return v16;
	case 4:
		memcpy(&v32, p, sizeof(v32));
		return v32;
	case 8:
		memcpy(&v64, p, sizeof(v64));
		return v64;
	default:
		return *p;
	}
}

/* Write v as exactly digits lowercase hex digits; return digits. */
static int put_hex(char *out, uint64_t v, int digits)
{
	int i;

	for (i = digits - 1; i >= 0; i--) {
		out[i] = hex_asc[v & 0xf];
		v >>= 4;
	}
	return digits;
}

static char printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f ? c : '.';
}

/*
 * Format up to rowsize bytes of buf as one line: groups of groupsize bytes
 * in hex, one space apart, then (if ascii) the bytes as characters,
 * starting at the column where a full row's characters would start.
 * The line is truncated to fit linebuflen with its NUL. Returns the
 * length of the whole line, even if it did not fit.
 */
int hex_dump_to_buffer(const void *buf, size_t len, int rowsize,
		       int groupsize, char *linebuf, size_t linebuflen,
		       bool ascii)
{
	const unsigned char *ptr = buf;
	char line[HEX_LINE_MAX];
	int n = 0, ascii_column;
	size_t i, copy;

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	if (len > (size_t)rowsize)
		len = rowsize;
	if (!valid_groupsize(groupsize) || len % groupsize)
		groupsize = 1;
	ascii_column = rowsize * 2 + rowsize / groupsize + 1;

	for (i = 0; i < len; i += groupsize) {
		if (i)
			line[n++] = ' ';
		n += put_hex(line + n, load_group(ptr + i, groupsize),
			     2 * groupsize);
	}
	if (ascii && len) {
		while (n < ascii_column)
			line[n++] = ' ';
		for (i = 0; i < len; i++)
			line[n++] = printable(ptr[i]);
	}

	if (linebuflen) {
		copy = (size_t)n < linebuflen ? (size_t)n : linebuflen - 1;
		memcpy(linebuf, line, copy);
		linebuf[copy] = '\0';
	}
	return n;
}
