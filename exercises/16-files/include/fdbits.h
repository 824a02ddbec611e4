/*
 * Exercise 16.1: the descriptor allocator over Linux 6.1's bitmaps: a
 * bit per descriptor in use (open_fds), a bit per descriptor to close at
 * execve (close_on_exec), and a bit per full word of open_fds
 * (full_fds_bits), which lets the search skip 64 descriptors at a time.
 */
#ifndef EXERCISE_FDBITS_H
#define EXERCISE_FDBITS_H
#include <linux/errno.h>
#include <uapi/linux/fcntl.h>

#define FDT_MAX_FDS	1024		/* NR_OPEN_MAX */
#define FDT_LONGS	(FDT_MAX_FDS / 64)

struct fdtable {
	unsigned long open_fds[FDT_LONGS];
	unsigned long close_on_exec[FDT_LONGS];
	unsigned long full_fds_bits[1];	/* bit i: open_fds[i] is all ones */
	unsigned int next_fd;		/* Linux: in the files_struct */
};

unsigned int find_next_fd(const struct fdtable *fdt, unsigned int start);
int fdt_alloc_fd(struct fdtable *fdt, unsigned int start, unsigned int end,
		 unsigned int flags);
void fdt_put_unused_fd(struct fdtable *fdt, unsigned int fd);

#endif
