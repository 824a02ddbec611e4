#ifndef _LINUX_FDTABLE_H
#define _LINUX_FDTABLE_H
/* A process's open files by number, and its root and working directory. */
#include <linux/fs.h>

#define NR_OPEN_MAX	1024	/* RLIMIT_NOFILE's soft limit on Linux */

struct files_struct {
	int count;			/* tasks sharing it (CLONE_FILES) */
	struct file *fd[NR_OPEN_MAX];
	unsigned long close_on_exec[NR_OPEN_MAX / 64];
	unsigned int next_fd;		/* no free descriptor below it */
};

struct fs_struct {
	int users;			/* tasks sharing it (CLONE_FS) */
	int umask;			/* taken from a new file's mode */
	struct dentry *root, *pwd;
};

struct task_struct;

extern struct fs_struct init_fs;

extern struct kmem_cache *files_cachep, *fs_cachep;
struct files_struct *dup_fd(struct files_struct *oldf);
int copy_files(unsigned long clone_flags, struct task_struct *tsk);
int copy_fs(unsigned long clone_flags, struct task_struct *tsk);
void exit_files(struct task_struct *tsk);
void exit_fs(struct task_struct *tsk);
void do_close_on_exec(struct files_struct *files);
struct file *fget(unsigned int fd);
int alloc_fd(unsigned int start, unsigned int flags);
int get_unused_fd_flags(unsigned int flags);
void fd_install(unsigned int fd, struct file *file);
void put_unused_fd(struct files_struct *files, unsigned int fd);
int close_fd(unsigned int fd);
void set_fs_pwd(struct fs_struct *fs, struct dentry *dentry);
#endif

