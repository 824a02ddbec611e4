/*
 * Exercise 5.2, a solution: the number, the names of the flags that are
 * set in bit order, any bits without a name, then the three fields.
 */
#include <linux/kernel.h>
#include "pgflags.h"

const char *const pageflag_names[__NR_PAGEFLAGS] = {
	"locked", "referenced", "uptodate", "dirty", "lru", "active",
	"workingset", "waiters", "error", "slab", "owner_priv_1", "arch_1",
	"reserved", "private", "private_2", "writeback", "head",
	"mappedtodisk", "reclaim", "swapbacked", "unevictable", "mlocked",
};

int format_page_flags(char *buf, size_t size, unsigned long flags)
{
	unsigned long main = flags & ((1UL << ZONES_PGSHIFT) - 1);
	struct page page = { .flags = flags };
	int i, n;

	n = scnprintf(buf, size, "0x%lx(", flags);
	for (i = 0; i < __NR_PAGEFLAGS; i++) {
		if (!(main & (1UL << i)))
			continue;
		n += scnprintf(buf + n, size - n, "%s|", pageflag_names[i]);
		main &= ~(1UL << i);
	}
	if (main)
		n += scnprintf(buf + n, size - n, "0x%lx|", main);
	n += scnprintf(buf + n, size - n, "section=%lu|node=%d|zone=%u)",
		       page_to_section(&page), page_to_nid(&page),
		       page_zonenum(&page));
	return n;
}
