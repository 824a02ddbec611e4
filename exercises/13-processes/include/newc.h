/*
 * Exercise 13.1: newc_entry() reads one entry of a cpio "newc" archive
 * and checks it, as the chapter's unpack_to_rootfs() does.
 */
#ifndef EXERCISE_NEWC_H
#define EXERCISE_NEWC_H

#define NEWC_HEADER_LEN	110
#define NEWC_EINVAL	22		/* newc_entry() returns -NEWC_EINVAL */

struct newc_entry {
	const char *name;		/* in the archive, ends with its null */
	unsigned long mode;
	const char *data;		/* the file's bytes, in the archive */
	unsigned long size;
	unsigned long next;		/* the offset of the next header */
};

/*
 * Reads the entry whose header starts at buf + off, of an archive of len
 * bytes. Returns 0 with *e filled for a file or a directory, 1 for the
 * trailer (TRAILER!!!; only e->name need be filled), or -NEWC_EINVAL
 * when the entry is malformed.
 */
int newc_entry(const char *buf, unsigned long len, unsigned long off,
	       struct newc_entry *e);

#endif
