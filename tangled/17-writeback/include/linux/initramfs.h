#ifndef _LINUX_INITRAMFS_H
#define _LINUX_INITRAMFS_H
/* The files of the initramfs: a table of where each lies (chapter 13). */
#include <linux/types.h>

#define S_IFMT	0170000
#define S_IFREG	0100000

struct initramfs_file {
	char name[64];
	unsigned long mode;
	const unsigned char *data;
	unsigned long size;
};

int unpack_to_rootfs(const char *buf, unsigned long len);
void populate_rootfs(void);
const struct initramfs_file *initramfs_lookup(const char *name);
const struct initramfs_file *initramfs_file(unsigned int i);
#endif
