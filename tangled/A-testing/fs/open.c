/*
 * fs/open.c: the system calls that name files: openat, mkdirat,
 * unlinkat, chdir, getcwd; and those on descriptors: close, dup,
 * ftruncate, fsync.
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/* A path name from user memory: __putname it; or an error. */
static char *getname(const char __user *filename)
{
	char *name = __getname();
	long len;

	if (!name)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len < 0 || len == PATH_MAX) {
		__putname(name);
		return ERR_PTR(len < 0 ? len : -ENAMETOOLONG);
	}
	if (len == 0) {
		__putname(name);
		return ERR_PTR(-ENOENT);
	}
	return name;
}

#define VALID_OPEN_FLAGS (O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | \
			  O_TRUNC | O_APPEND | O_NONBLOCK | O_LARGEFILE | \
			  O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
#undef VALID_OPEN_FLAGS
#define VALID_OPEN_FLAGS (O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | \
			  O_TRUNC | O_APPEND | O_NONBLOCK | O_LARGEFILE | \
			  O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_DIRECT)

/* The file first, then its number: a failed open takes no number. */
static long install_file(struct file *f, unsigned int flags)
{
	int fd;

	if (IS_ERR(f))
		return PTR_ERR(f);
	fd = get_unused_fd_flags(flags);
	if (fd < 0) {
		fput(f);
		return fd;
	}
	fd_install(fd, f);
	return fd;
}

long sys_openat(int dfd, const char __user *filename, int flags,
		umode_t mode)
{
	char *name = getname(filename);
	long ret;

	if (IS_ERR(name))
		return PTR_ERR(name);
	flags &= VALID_OPEN_FLAGS;	/* open ignores the flags it lacks */
	ret = install_file(do_filp_open(dfd, name, flags, mode), flags);
	__putname(name);
	return ret;
}

long sys_open(const char __user *filename, int flags, umode_t mode)
{
	return sys_openat(AT_FDCWD, filename, flags, mode);
}

long sys_close(unsigned int fd)
{
	return close_fd(fd);
}

long sys_dup(unsigned int fildes)
{
	struct file *f = fget(fildes);

	if (!f)
		return -EBADF;
	get_file(f);
	return install_file(f, 0);
}

long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct files_struct *files = current->files;
	struct file *f = fget(oldfd), *old;

	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	if (newfd >= NR_OPEN_MAX)
		return -EBADF;
	if (!f)
		return -EBADF;
	get_file(f);
	old = files->fd[newfd];
	files->fd[newfd] = f;
	if (flags & O_CLOEXEC)
		files->close_on_exec[newfd / 64] |= 1UL << (newfd % 64);
	else
		files->close_on_exec[newfd / 64] &= ~(1UL << (newfd % 64));
	if (old)
		fput(old);
	return newfd;
}

long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	if (oldfd == newfd)
		return fget(oldfd) ? (long)newfd : -EBADF;
	return sys_dup3(oldfd, newfd, 0);
}

long sys_mkdirat(int dfd, const char __user *pathname, umode_t mode)
{
	char *name = getname(pathname);
	long ret;

	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = vfs_mknod_path(dfd, name, S_IFDIR |
			     (mode & 01777 & ~current->fs->umask), 0);
	__putname(name);
	return ret;
}

long sys_mkdir(const char __user *pathname, umode_t mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

long sys_unlinkat(int dfd, const char __user *pathname, int flag)
{
	char *name;
	long ret;

	if (flag & ~AT_REMOVEDIR)
		return -EINVAL;
	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = do_unlinkat(dfd, name, flag & AT_REMOVEDIR);
	__putname(name);
	return ret;
}

long sys_unlink(const char __user *pathname)
{
	return sys_unlinkat(AT_FDCWD, pathname, 0);
}

long sys_rmdir(const char __user *pathname)
{
	return sys_unlinkat(AT_FDCWD, pathname, AT_REMOVEDIR);
}

long sys_chdir(const char __user *filename)
{
	char *name = getname(filename);
	struct dentry *d;

	if (IS_ERR(name))
		return PTR_ERR(name);
	d = kern_path(AT_FDCWD, name, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
	__putname(name);
	if (IS_ERR(d))
		return PTR_ERR(d);
	set_fs_pwd(current->fs, d);
	dput(d);
	return 0;
}

long sys_getcwd(char __user *buf, unsigned long size)
{
	char *page = __getname();
	long len;

	if (!page)
		return -ENOMEM;
	len = d_path(current->fs->pwd, current->fs->root, page, PATH_MAX);
	if (len > 0 && list_empty(&current->fs->pwd->d_hash) &&
	    current->fs->pwd != current->fs->root)
		len = -ENOENT;	/* the directory was removed */
	if (len > 0 && (unsigned long)len > size)
		len = -ERANGE;
	if (len > 0 && copy_to_user(buf, page, len))
		len = -EFAULT;
	__putname(page);
	return len;
}

long sys_ftruncate(unsigned int fd, long length)
{
	struct file *f = fget(fd);

	if (length < 0)		/* before the descriptor, as Linux */
		return -EINVAL;
	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_WRITE) || !S_ISREG(f->f_inode->i_mode))
		return -EINVAL;
	return vfs_truncate(f->f_inode, length);
}

static long do_fsync(unsigned int fd, int datasync)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return vfs_fsync(f, datasync);
}

long sys_fsync(unsigned int fd)
{
	return do_fsync(fd, 0);
}

long sys_fdatasync(unsigned int fd)
{
	return do_fsync(fd, 1);
}

/* Every disk's dirty pages and blocks, written (fs/sync.c). */
long sys_sync(void)
{
	ksys_sync();
	return 0;
}

long sys_umask(int mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & 0777;
	return old;
}

/*
 * access and faccessat: the name must exist; root may read and write
 * anything, and run a regular file with any execute bit set.
 */
static long do_faccessat(int dfd, const char __user *filename, int mode)
{
	struct dentry *d;
	char *name;
	long ret = 0;

	if (mode & ~7)			/* R_OK | W_OK | X_OK */
		return -EINVAL;
	name = getname(filename);
	if (IS_ERR(name))
		return PTR_ERR(name);
	d = kern_path(dfd, name, LOOKUP_FOLLOW);
	__putname(name);
	if (IS_ERR(d))
		return PTR_ERR(d);
	if (mode & 1 && S_ISREG(d->d_inode->i_mode) &&
	    !(d->d_inode->i_mode & 0111))
		ret = -EACCES;
	dput(d);
	return ret;
}

long sys_access(const char __user *filename, int mode)
{
	return do_faccessat(AT_FDCWD, filename, mode);
}

long sys_faccessat(int dfd, const char __user *filename, int mode)
{
	return do_faccessat(dfd, filename, mode);
}

/* The text of a symbolic link, without a NUL, cut to bufsiz. */
long sys_readlinkat(int dfd, const char __user *pathname,
		    char __user *buf, int bufsiz)
{
	struct dentry *d;
	char *name, *text;
	long ret;

	if (bufsiz <= 0)
		return -EINVAL;
	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	d = kern_path(dfd, name, 0);
	__putname(name);
	if (IS_ERR(d))
		return PTR_ERR(d);
	ret = -EINVAL;
	if (S_ISLNK(d->d_inode->i_mode) && (text = __getname())) {
		ret = d->d_inode->i_op->get_link(d, text, PATH_MAX);
		if (ret > bufsiz)
			ret = bufsiz;
		if (ret >= 0 && copy_to_user(buf, text, ret))
			ret = -EFAULT;
		__putname(text);
	}
	dput(d);
	return ret;
}

long sys_readlink(const char __user *path, char __user *buf, int bufsiz)
{
	return sys_readlinkat(AT_FDCWD, path, buf, bufsiz);
}
