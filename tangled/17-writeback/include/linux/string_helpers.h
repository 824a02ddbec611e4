#ifndef _LINUX_STRING_HELPERS_H
#define _LINUX_STRING_HELPERS_H
#include <linux/types.h>

enum string_size_units {
	STRING_UNITS_10,	/* kB, MB, ... */
	STRING_UNITS_2,		/* KiB, MiB, ... */
};

void string_get_size(u64 size, u64 blk_size, enum string_size_units units,
		     char *buf, int len);
#endif
