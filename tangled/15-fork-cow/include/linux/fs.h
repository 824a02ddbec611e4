#ifndef _LINUX_FS_H
#define _LINUX_FS_H
/* A file, as far as the memory manager needs one until chapter 16. */
#include <linux/types.h>

struct file {
	char f_path[64];		/* Linux: a struct path */
};

struct file *file_alloc(const char *path);

static inline const char *kbasename(const char *path)
{
	const char *base = path;

	for (; *path; path++)
		if (*path == '/')
			base = path + 1;
	return base;
}
#endif
