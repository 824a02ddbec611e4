/* fs/file.c: a process's table of open files; fs_struct's root and cwd. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/string.h>

struct kmem_cache *files_cachep, *fs_cachep;

static void set_cloexec(struct files_struct *files, unsigned int fd,
			bool on)
{
	if (on)
		files->close_on_exec[fd / 64] |= 1UL << (fd % 64);
	else
		files->close_on_exec[fd / 64] &= ~(1UL << (fd % 64));
}

static struct files_struct *alloc_files(void)
{
	struct files_struct *files = kmem_cache_alloc(files_cachep,
						      GFP_KERNEL);

	if (files) {
		memset(files, 0, sizeof(*files));
		files->count = 1;
	}
	return files;
}

/* fork's copy: the same open files, each one more reference. */
struct files_struct *dup_fd(struct files_struct *oldf)
{
	struct files_struct *newf = alloc_files();
	unsigned int fd;

	if (!newf)
		return NULL;
	if (!oldf)
		return newf;
	for (fd = 0; fd < NR_OPEN_MAX; fd++)
		if ((newf->fd[fd] = oldf->fd[fd]))
			get_file(newf->fd[fd]);
	memcpy(newf->close_on_exec, oldf->close_on_exec,
	       sizeof(newf->close_on_exec));
	newf->next_fd = oldf->next_fd;
	return newf;
}

int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *oldf = current->files;

	if (!oldf || clone_flags & CLONE_FILES) {
		if (oldf)
			oldf->count++;
		return 0;
	}
	tsk->files = dup_fd(oldf);
	return tsk->files ? 0 : -ENOMEM;
}

int copy_fs(unsigned long clone_flags, struct task_struct *tsk)
{
	struct fs_struct *old = current->fs, *fs;

	if (!old || clone_flags & CLONE_FS) {
		if (old)
			old->users++;
		return 0;
	}
	fs = kmem_cache_alloc(fs_cachep, GFP_KERNEL);
	if (!fs)
		return -ENOMEM;
	fs->users = 1;
	fs->umask = old->umask;
	fs->root = dget(old->root);
	fs->pwd = dget(old->pwd);
	tsk->fs = fs;
	return 0;
}

static void put_files_struct(struct files_struct *files)
{
	unsigned int fd;

	if (--files->count)
		return;
	for (fd = 0; fd < NR_OPEN_MAX; fd++)
		if (files->fd[fd])
			fput(files->fd[fd]);
	kmem_cache_free(files_cachep, files);
}

void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	if (files) {
		tsk->files = NULL;
		put_files_struct(files);
	}
}

void exit_fs(struct task_struct *tsk)
{
	struct fs_struct *fs = tsk->fs;

	if (!fs)
		return;
	tsk->fs = NULL;
	if (--fs->users)
		return;
	dput(fs->root);
	dput(fs->pwd);
	kmem_cache_free(fs_cachep, fs);
}

void set_fs_pwd(struct fs_struct *fs, struct dentry *dentry)
{
	struct dentry *old = fs->pwd;

	fs->pwd = dget(dentry);
	dput(old);
}

/* execve closes what was opened with O_CLOEXEC. */
void do_close_on_exec(struct files_struct *files)
{
	unsigned int fd;

	for (fd = 0; fd < NR_OPEN_MAX; fd++)
		if (files->close_on_exec[fd / 64] & (1UL << (fd % 64)))
			close_fd(fd);
}

struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;

	if (!files || fd >= NR_OPEN_MAX)
		return NULL;
	return files->fd[fd];
}

/* The lowest free number from start on, as POSIX asks. */
int alloc_fd(unsigned int start, unsigned int flags)
{
	struct files_struct *files = current->files;
	unsigned int fd;

	if (!files)
		return -EMFILE;
	for (fd = max(start, files->next_fd); fd < NR_OPEN_MAX; fd++)
		if (!files->fd[fd])
			break;
	if (fd == NR_OPEN_MAX)
		return -EMFILE;
	if (start <= files->next_fd)
		files->next_fd = fd + 1;
	set_cloexec(files, fd, flags & O_CLOEXEC);
	return fd;
}

int get_unused_fd_flags(unsigned int flags)
{
	return alloc_fd(0, flags);
}

/* The number is taken until the file is installed: a NULL never shows. */
void fd_install(unsigned int fd, struct file *file)
{
	current->files->fd[fd] = file;
}

void put_unused_fd(struct files_struct *files, unsigned int fd)
{
	if (fd < files->next_fd)
		files->next_fd = fd;
}

int close_fd(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file = fget(fd);

	if (!file)
		return -EBADF;
	files->fd[fd] = NULL;
	set_cloexec(files, fd, false);
	put_unused_fd(files, fd);
	fput(file);
	return 0;
}

