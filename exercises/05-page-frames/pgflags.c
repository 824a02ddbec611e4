/*
 * Exercise 5.2: format_page_flags(), Linux's %pGp. See 2-pgflags.md;
 * grade it with `make grade CH=5`.
 */
#include <linux/kernel.h>
#include "pgflags.h"

const char *const pageflag_names[__NR_PAGEFLAGS] = {
	"locked", "referenced", "uptodate", "dirty", "lru", "active",
	"workingset", "waiters", "error", "slab", "owner_priv_1", "arch_1",
	"reserved", "private", "private_2", "writeback", "head",
	"mappedtodisk", "reclaim", "swapbacked", "unevictable", "mlocked",
};

/*
 * Write "0x<flags>(<names>|section=S|node=N|zone=Z)" into buf (at most
 * size bytes, always terminated); return the length written.
 */
int format_page_flags(char *buf, size_t size, unsigned long flags)
{
	return scnprintf(buf, size, "0x%lx()", flags);
}
