/*
 * Exercise 13.1, a solution: one entry of a cpio "newc" archive, every
 * field checked before it is believed.
 */
#include <string.h>
#include "newc.h"

enum { F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
       F_MAJ, F_MIN, F_RMAJ, F_RMIN, F_NAMESIZE, F_CHKSUM, F_COUNT };

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int parse_header(const char *h, unsigned long *f)
{
	int i, j, d;

	if (memcmp(h, "07070", 5) || (h[5] != '1' && h[5] != '2'))
		return -NEWC_EINVAL;
	for (i = 0; i < F_COUNT; i++) {
		f[i] = 0;
		for (j = 0; j < 8; j++) {
			d = hex(h[6 + 8 * i + j]);
			if (d < 0)
				return -NEWC_EINVAL;
			f[i] = f[i] << 4 | d;
		}
	}
	return 0;
}

static unsigned long align4(unsigned long n)
{
	return (n + 3) & ~3UL;
}

int newc_entry(const char *buf, unsigned long len, unsigned long off,
	       struct newc_entry *e)
{
	const char *h = buf + off;
	unsigned long f[F_COUNT], data, i;
	unsigned int sum = 0;

	if (off > len || len - off < NEWC_HEADER_LEN || parse_header(h, f))
		return -NEWC_EINVAL;
	e->name = h + NEWC_HEADER_LEN;
	if (f[F_NAMESIZE] == 0 ||
	    len - off - NEWC_HEADER_LEN < f[F_NAMESIZE] ||
	    e->name[f[F_NAMESIZE] - 1] != '\0')
		return -NEWC_EINVAL;
	if (strcmp(e->name, "TRAILER!!!") == 0)
		return 1;
	data = align4(off + NEWC_HEADER_LEN + f[F_NAMESIZE]);
	if (data > len || len - data < f[F_FILESIZE])
		return -NEWC_EINVAL;
	if (h[5] == '2') {
		for (i = 0; i < f[F_FILESIZE]; i++)
			sum += (unsigned char)buf[data + i];
		if (sum != f[F_CHKSUM])
			return -NEWC_EINVAL;
	}
	e->mode = f[F_MODE];
	e->data = buf + data;
	e->size = f[F_FILESIZE];
	e->next = align4(data + f[F_FILESIZE]);
	return 0;
}
