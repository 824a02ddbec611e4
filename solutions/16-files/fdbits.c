/*
 * Exercise 16.1: the descriptor allocator over bitmaps, as Linux 6.1's
 * fs/file.c keeps them (find_next_fd, alloc_fd, __put_unused_fd).
 */
#include "fdbits.h"

/*
 * The lowest clear bit of map[] at or above start, or a number at or
 * above nbits if there is none below it.
 */
static unsigned int next_zero_bit(const unsigned long *map,
				  unsigned int nbits, unsigned int start)
{
	unsigned int i;
	unsigned long word;

	while (start < nbits) {
		i = start / 64;
		word = ~map[i] & (~0UL << (start % 64));
		if (word)
			return i * 64 + __builtin_ctzl(word);
		start = (i + 1) * 64;
	}
	return nbits;
}

/*
 * Skip the full words by full_fds_bits first, then look for a clear bit
 * of open_fds from there.
 */
unsigned int find_next_fd(const struct fdtable *fdt, unsigned int start)
{
	unsigned int word = next_zero_bit(fdt->full_fds_bits, FDT_LONGS,
					  start / 64);

	if (word * 64 > start)
		start = word * 64;
	return next_zero_bit(fdt->open_fds, FDT_MAX_FDS, start);
}

int fdt_alloc_fd(struct fdtable *fdt, unsigned int start, unsigned int end,
		 unsigned int flags)
{
	unsigned int fd = start;
	unsigned long bit;

	if (fd < fdt->next_fd)
		fd = fdt->next_fd;
	fd = find_next_fd(fdt, fd);
	if (fd >= end)
		return -EMFILE;
	if (start <= fdt->next_fd)
		fdt->next_fd = fd + 1;
	bit = 1UL << (fd % 64);
	fdt->open_fds[fd / 64] |= bit;
	if (!~fdt->open_fds[fd / 64])
		fdt->full_fds_bits[0] |= 1UL << (fd / 64);
	if (flags & O_CLOEXEC)
		fdt->close_on_exec[fd / 64] |= bit;
	else
		fdt->close_on_exec[fd / 64] &= ~bit;
	return fd;
}

void fdt_put_unused_fd(struct fdtable *fdt, unsigned int fd)
{
	fdt->open_fds[fd / 64] &= ~(1UL << (fd % 64));
	fdt->full_fds_bits[0] &= ~(1UL << (fd / 64));
	if (fd < fdt->next_fd)
		fdt->next_fd = fd;
}
