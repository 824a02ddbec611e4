/*
 * Exercise 16.1: the descriptor allocator over bitmaps. See 1-fdbits.md;
 * grade it with `make grade CH=16`.
 */
#include "fdbits.h"

/*
 * The lowest descriptor at or above start that open_fds has clear, or
 * FDT_MAX_FDS if there is none.  For now it looks at every bit, and
 * never at full_fds_bits.
 */
unsigned int find_next_fd(const struct fdtable *fdt, unsigned int start)
{
	unsigned int fd;

	for (fd = start; fd < FDT_MAX_FDS; fd++)
		if (!(fdt->open_fds[fd / 64] & (1UL << (fd % 64))))
			break;
	return fd;
}

/*
 * Take the lowest free descriptor at or above start and below end, or
 * return -EMFILE.  For now it marks the descriptor in use and nothing
 * else: neither close_on_exec, nor full_fds_bits, nor next_fd.
 */
int fdt_alloc_fd(struct fdtable *fdt, unsigned int start, unsigned int end,
		 unsigned int flags)
{
	unsigned int fd = find_next_fd(fdt, start);

	(void)flags;
	if (fd >= end)
		return -EMFILE;
	fdt->open_fds[fd / 64] |= 1UL << (fd % 64);
	return fd;
}

/* Give back a descriptor that fdt_alloc_fd() handed out. */
void fdt_put_unused_fd(struct fdtable *fdt, unsigned int fd)
{
	fdt->open_fds[fd / 64] &= ~(1UL << (fd % 64));
}
