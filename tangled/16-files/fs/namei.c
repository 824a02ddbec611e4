/* fs/namei.c: from a path name to a dentry; creating and removing names. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/mount.h>
#include <linux/slab.h>

#define MAXSYMLINKS	40	/* links one lookup may follow, as Linux */

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return !ptr || IS_ERR(ptr);
}

static const char *skip_slashes(const char *p);
static struct dentry *lookup_last(struct dentry *dir, const char *name,
				  unsigned int len, bool follow);
static struct dentry *walk_component(struct dentry *dir, const char *name,
				     unsigned int len, bool follow,
				     int depth);

/* From a mount point down to the root of what is mounted on it. */
static struct dentry *follow_mount(struct dentry *d)
{
	struct vfsmount *mnt;

	while (d->d_flags & DCACHE_MOUNTED && (mnt = lookup_mnt(d))) {
		struct dentry *root = dget(mnt->mnt_root);

		dput(d);
		d = root;
	}
	return d;
}

/* "..": from a mounted root, up from the dentry it covers. */
static struct dentry *follow_dotdot(struct dentry *dir)
{
	struct dentry *mp;

	while (dir != current->fs->root && dir->d_parent == dir &&
	       (mp = choose_mountpoint(dir)))
		dir = mp;
	if (dir == current->fs->root)
		return dget(dir);
	return follow_mount(dget(dir->d_parent));
}

/* A link's text, walked from the link's directory or from the root. */
static struct dentry *link_walk(struct dentry *dir, const char *p,
				int depth)
{
	struct dentry *next;
	unsigned int n;

	dir = dget(*p == '/' ? current->fs->root : dir);
	for (;;) {
		p = skip_slashes(p);
		if (!*p)
			return dir;
		if (!S_ISDIR(dir->d_inode->i_mode)) {
			dput(dir);
			return ERR_PTR(-ENOTDIR);
		}
		for (n = 0; p[n] && p[n] != '/'; n++)
			;
		if (n == 1 && p[0] == '.')
			next = dget(dir);
		else if (n == 2 && p[0] == '.' && p[1] == '.')
			next = follow_dotdot(dir);
		else
			next = walk_component(dir, p, n, true, depth);
		dput(dir);
		if (IS_ERR_OR_NULL(next))
			return next ? next : ERR_PTR(-ENOENT);
		dir = next;
		p += n;
	}
}

/* The symbolic link d, found in dir: where it leads (d is let go). */
static struct dentry *follow_link(struct dentry *dir, struct dentry *d,
				  int depth)
{
	struct dentry *res = ERR_PTR(-ELOOP);
	char *text = NULL;
	int len;

	if (depth < MAXSYMLINKS && !(text = __getname()))
		res = ERR_PTR(-ENOMEM);
	if (text) {
		len = d->d_inode->i_op->get_link(d, text, PATH_MAX);
		res = len < 0 ? ERR_PTR(len) : link_walk(dir, text, depth + 1);
		__putname(text);
	}
	dput(d);
	return res;
}

/*
 * One name in dir, from the dentry cache, else from the file system's
 * lookup; NULL: there is no such name. Removal stops here: a mount point
 * is removed as itself (and refused), not as what covers it.
 */
static struct dentry *lookup_one(struct dentry *dir, const char *name,
				 unsigned int len)
{
	struct inode *inode = dir->d_inode;
	struct dentry *d = d_lookup(dir, name, len), *res;

	if (!d && inode->i_op && inode->i_op->lookup) {
		d = d_alloc(dir, name, len);
		if (!d)
			return ERR_PTR(-ENOMEM);
		res = inode->i_op->lookup(inode, d);
		if (IS_ERR(res) || !d->d_inode) {
			dput(d);
			return IS_ERR(res) ? res : NULL;
		}
	}
	return d;
}

/*
 * A step of a walk: the name, then down through whatever is mounted
 * there and, if asked, along a symbolic link.
 */
static struct dentry *walk_component(struct dentry *dir, const char *name,
				     unsigned int len, bool follow,
				     int depth)
{
	struct dentry *d = lookup_one(dir, name, len);

	if (IS_ERR_OR_NULL(d))
		return d;
	d = follow_mount(d);
	if (follow && S_ISLNK(d->d_inode->i_mode))
		d = follow_link(dir, d, depth);
	return d;
}

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
		next = lookup_last(dir, p, n, true);
		dput(dir);
		if (IS_ERR_OR_NULL(next))
			return next ? next : ERR_PTR(-ENOENT);
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
				  unsigned int len, bool follow)
{
	if (len == 0 || (len == 1 && name[0] == '.'))
		return dget(dir);
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return follow_dotdot(dir);
	return walk_component(dir, name, len, follow, 0);
}

struct dentry *kern_path(int dfd, const char *name, unsigned int flags)
{
	const char *last;
	unsigned int len;
	bool slash;
	struct dentry *dir = path_parent(dfd, name, &last, &len, &slash), *d;

	if (IS_ERR(dir))
		return dir;
	d = lookup_last(dir, last, len, flags & LOOKUP_FOLLOW || slash);
	dput(dir);
	if (IS_ERR_OR_NULL(d))
		return d ? d : ERR_PTR(-ENOENT);
	if ((slash || flags & LOOKUP_DIRECTORY) &&
	    !S_ISDIR(d->d_inode->i_mode)) {
		dput(d);
		return ERR_PTR(-ENOTDIR);
	}
	return d;
}

int vfs_truncate(struct inode *inode, loff_t length)
{
	int err;

	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode) || length < 0)
		return -EINVAL;
	if (!inode->i_op->setsize)
		return -EINVAL;
	err = inode->i_op->setsize(inode, length);
	if (!err) {	/* Linux: do_truncate's ATTR_MTIME | ATTR_CTIME */
		inode->i_mtime = inode->i_ctime = current_time(inode);
		mark_inode_dirty(inode);
	}
	return err;
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
	if (S_ISDIR(mode) ? !d_inode->i_op->mkdir : S_ISREG(mode) ?
	    !d_inode->i_op->create : !d_inode->i_op->mknod)
		err = S_ISREG(mode) ? -EACCES : -EPERM;	/* /proc's */
	else if (S_ISDIR(mode))
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
	d = lookup_last(dir, last, len, !(flags & O_NOFOLLOW) || slash);
	if (!IS_ERR_OR_NULL(d) &&
	    (flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
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
	else if (S_ISLNK(inode->i_mode))	/* O_NOFOLLOW's */
		err = -ELOOP;
	else if (!S_ISDIR(inode->i_mode) && (flags & O_DIRECTORY || slash))
		err = -ENOTDIR;
	else if (flags & O_TRUNC && S_ISREG(inode->i_mode) &&
		 inode->i_op->setsize)	/* /proc's files have no size */
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
	d = lookup_last(dir, last, len, false);
	if (!d) {
		d = make_last(dir, last, len, mode, dev);
	} else if (!IS_ERR(d)) {
		dput(d);
		d = ERR_PTR(-EEXIST);
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
	if (!(rmdir ? dir->i_op->rmdir : dir->i_op->unlink))
		return -EPERM;			/* /proc's */
	if (d->d_flags & DCACHE_MOUNTED)
		return -EBUSY;			/* a mount point */
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
	else if (IS_ERR_OR_NULL(d = lookup_one(dir, last, len)))
		err = d ? PTR_ERR(d) : -ENOENT;
	else {
		err = vfs_remove(dir->d_inode, d, rmdir, slash);
		dput(d);
	}
	dput(dir);
	return err;
}

