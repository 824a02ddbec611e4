/* fs/namei.c: from a path name to a dentry; creating and removing names. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>

/* The directory a relative name starts from: the cwd or dfd's. */
static struct dentry *start_dir(int dfd, const char *name)
{
	struct fs_struct *fs = current->fs;
	struct file *f;

	if (!fs)
		return NULL;
	if (name[0] == '/')
		return dget(fs->root);
	if (dfd == AT_FDCWD)
		return dget(fs->pwd);
	f = fget(dfd);
	if (!f)
		return ERR_PTR(-EBADF);
	if (!S_ISDIR(f->f_inode->i_mode))
		return ERR_PTR(-ENOTDIR);
	return dget(f->f_dentry);
}

static const char *skip_slashes(const char *p)
{
	while (*p == '/')
		p++;
	return p;
}

/*
 * Walk every component but the last; leave the last in *last and *len.
 * Returns the parent directory, held, or an error.
 */
static struct dentry *path_parent(int dfd, const char *name,
				  const char **last, unsigned int *len,
				  bool *slash)
{
	struct dentry *dir, *next;
	const char *p = name;
	unsigned int n;

	if (!*name)
		return ERR_PTR(-ENOENT);
	dir = start_dir(dfd, name);
	if (!dir || IS_ERR(dir))
		return dir ? dir : ERR_PTR(-ENOENT);
	for (;;) {
		p = skip_slashes(p);
		for (n = 0; p[n] && p[n] != '/'; n++)
			;
		if (n > NAME_MAX) {
			dput(dir);
			return ERR_PTR(-ENAMETOOLONG);
		}
		if (!*skip_slashes(p + n)) {
			*last = p;
			*len = n;
			*slash = p[n] == '/';
			return dir;
		}
		if (n == 1 && p[0] == '.') {
			next = dget(dir);
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			next = dir == current->fs->root ? dget(dir) :
			       dget(dir->d_parent);
		} else {
			next = d_lookup(dir, p, n);
			if (!next) {
				dput(dir);
				return ERR_PTR(-ENOENT);
			}
		}
		dput(dir);
		dir = next;
		if (!S_ISDIR(dir->d_inode->i_mode)) {
			dput(dir);
			return ERR_PTR(-ENOTDIR);
		}
		p += n;
	}
}

/* The last component in dir: held, or NULL when there is none. */
static struct dentry *lookup_last(struct dentry *dir, const char *name,
				  unsigned int len)
{
	if (len == 0 || (len == 1 && name[0] == '.'))
		return dget(dir);
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return dir == current->fs->root ? dget(dir) :
		       dget(dir->d_parent);
	return d_lookup(dir, name, len);
}

struct dentry *kern_path(int dfd, const char *name, unsigned int flags)
{
	const char *last;
	unsigned int len;
	bool slash;
	struct dentry *dir = path_parent(dfd, name, &last, &len, &slash), *d;

	if (IS_ERR(dir))
		return dir;
	d = lookup_last(dir, last, len);
	dput(dir);
	if (!d)
		return ERR_PTR(-ENOENT);
	if ((slash || flags & LOOKUP_DIRECTORY) &&
	    !S_ISDIR(d->d_inode->i_mode)) {
		dput(d);
		return ERR_PTR(-ENOTDIR);
	}
	return d;
}

int vfs_truncate(struct inode *inode, loff_t length)
{
	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode) || length < 0)
		return -EINVAL;
	if (!inode->i_op->setsize)
		return -EINVAL;
	return inode->i_op->setsize(inode, length);
}

/* Make the last component: a directory, a file or a device, by mode. */
static struct dentry *make_last(struct dentry *dir, const char *name,
				unsigned int len, umode_t mode,
				unsigned int dev)
{
	struct inode *d_inode = dir->d_inode;
	struct dentry *d = d_alloc(dir, name, len);
	int err;

	if (!d)
		return ERR_PTR(-ENOMEM);
	if (S_ISDIR(mode))
		err = d_inode->i_op->mkdir(d_inode, d, mode);
	else if (S_ISREG(mode))
		err = d_inode->i_op->create(d_inode, d, mode);
	else
		err = d_inode->i_op->mknod(d_inode, d, mode, dev);
	if (err) {
		dput(d);
		return ERR_PTR(err);
	}
	return d;
}

struct file *do_filp_open(int dfd, const char *name, unsigned int flags,
			  umode_t mode)
{
	const char *last;
	unsigned int len;
	bool slash;
	struct dentry *dir = path_parent(dfd, name, &last, &len, &slash), *d;
	struct inode *inode;
	struct file *f;
	int err;

	if (IS_ERR(dir))
		return (struct file *)dir;
	d = lookup_last(dir, last, len);
	if (d && (flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
		dput(d);
		d = ERR_PTR(-EEXIST);
	} else if (!d && !(flags & O_CREAT)) {
		d = ERR_PTR(-ENOENT);
	} else if (!d && slash) {
		d = ERR_PTR(-EISDIR);
	} else if (!d) {
		d = make_last(dir, last, len, S_IFREG |
			      (mode & 07777 & ~current->fs->umask), 0);
	}
	dput(dir);
	if (IS_ERR(d))
		return (struct file *)d;
	inode = d->d_inode;
	err = 0;
	if (S_ISDIR(inode->i_mode) && ((flags & O_ACCMODE) != O_RDONLY ||
				       flags & O_CREAT))
		err = -EISDIR;
	else if (!S_ISDIR(inode->i_mode) && (flags & O_DIRECTORY || slash))
		err = -ENOTDIR;
	else if (flags & O_TRUNC && S_ISREG(inode->i_mode))
		err = vfs_truncate(inode, 0);
	f = err ? ERR_PTR(err) : alloc_file(d, flags);
	if (!f)
		f = ERR_PTR(-ENFILE);
	if (!IS_ERR(f) && f->f_op->open && (err = f->f_op->open(inode, f))) {
		fput(f);
		f = ERR_PTR(err);
	}
	dput(d);
	return f;
}

int vfs_mknod_path(int dfd, const char *name, umode_t mode,
		   unsigned int dev)
{
	const char *last;
	unsigned int len;
	bool slash;
	struct dentry *dir = path_parent(dfd, name, &last, &len, &slash), *d;

	if (IS_ERR(dir))
		return PTR_ERR(dir);
	d = lookup_last(dir, last, len);
	if (d) {
		dput(d);
		d = ERR_PTR(-EEXIST);
	} else {
		d = make_last(dir, last, len, mode, dev);
	}
	dput(dir);
	if (IS_ERR(d))
		return PTR_ERR(d);
	dput(d);
	return 0;
}

/* Remove d from dir: the kind must match what the caller asked. */
static int vfs_remove(struct inode *dir, struct dentry *d, bool rmdir,
		      bool slash)
{
	umode_t mode = d->d_inode->i_mode;

	if (rmdir && !S_ISDIR(mode))
		return -ENOTDIR;
	if (!rmdir && S_ISDIR(mode))
		return -EISDIR;
	if (!rmdir && slash)
		return -ENOTDIR;
	return rmdir ? dir->i_op->rmdir(dir, d) : dir->i_op->unlink(dir, d);
}

int do_unlinkat(int dfd, const char *name, bool rmdir)
{
	const char *last;
	unsigned int len;
	bool slash, dot, dotdot;
	struct dentry *dir = path_parent(dfd, name, &last, &len, &slash), *d;
	int err;

	if (IS_ERR(dir))
		return PTR_ERR(dir);
	dot = len == 1 && last[0] == '.';
	dotdot = len == 2 && last[0] == '.' && last[1] == '.';
	if (len == 0 || dot || dotdot)	/* "/", "." and ".." */
		err = !rmdir ? -EISDIR : dot ? -EINVAL :
		      dotdot ? -ENOTEMPTY : -EBUSY;
	else if (!(d = d_lookup(dir, last, len)))
		err = -ENOENT;
	else {
		err = vfs_remove(dir->d_inode, d, rmdir, slash);
		dput(d);
	}
	dput(dir);
	return err;
}

