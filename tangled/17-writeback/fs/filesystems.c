/* fs/filesystems.c: the file system types mount(2) can name. */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>

static struct file_system_type *file_systems;

int register_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;

	for (p = &file_systems; *p; p = &(*p)->next)
		if (strcmp((*p)->name, fs->name) == 0)
			return -EBUSY;
	fs->next = NULL;
	*p = fs;
	return 0;
}

struct file_system_type *get_fs_type(const char *name)
{
	struct file_system_type *fs;

	for (fs = file_systems; fs; fs = fs->next)
		if (strcmp(fs->name, name) == 0)
			return fs;
	return NULL;
}

/* /proc/filesystems: "nodev" marks a type that needs no device. */
int filesystems_proc_show(struct seq_file *m, void *v)
{
	struct file_system_type *fs;

	for (fs = file_systems; fs; fs = fs->next)
		seq_printf(m, "%s\t%s\n", fs->fs_flags & FS_REQUIRES_DEV ?
			   "" : "nodev", fs->name);
	return 0;
}
