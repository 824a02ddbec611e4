/* fs/stat.c: fstat and newfstatat, in x86-64's struct stat. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/* struct stat's device numbers: the minor's low byte stays in place. */
static unsigned long new_encode_dev(unsigned int dev)
{
	unsigned int major = MAJOR(dev), minor = MINOR(dev);

	return (minor & 0xff) | (major << 8) | ((minor & ~0xffU) << 12);
}

void generic_fillattr(struct inode *inode, struct kstat *stat)
{
	stat->dev = inode->i_sb->s_dev;
	stat->ino = inode->i_ino;
	stat->mode = inode->i_mode;
	stat->nlink = inode->i_nlink;
	stat->rdev = inode->i_rdev;
	stat->size = inode->i_size;
	stat->atime = inode->i_atime;
	stat->mtime = inode->i_mtime;
	stat->ctime = inode->i_ctime;
	stat->blksize = PAGE_SIZE;	/* Linux: the file system's block */
	stat->blocks = inode->i_blocks;
}

/* ramfs's files: their pages are their blocks (Linux: fs/libfs.c). */
int simple_getattr(struct inode *inode, struct kstat *stat)
{
	generic_fillattr(inode, stat);
	stat->blocks = inode->i_mapping->nrpages << (PAGE_SHIFT - 9);
	return 0;
}

int vfs_getattr(struct inode *inode, struct kstat *stat)
{
	memset(stat, 0, sizeof(*stat));
	if (inode->i_op && inode->i_op->getattr)
		return inode->i_op->getattr(inode, stat);
	generic_fillattr(inode, stat);
	return 0;
}

static long cp_new_stat(struct inode *inode, struct stat __user *buf)
{
	struct kstat k;
	struct stat st;
	int err = vfs_getattr(inode, &k);

	if (err)
		return err;
	memset(&st, 0, sizeof(st));
	st.st_dev = new_encode_dev(k.dev);
	st.st_ino = k.ino;
	st.st_nlink = k.nlink;
	st.st_mode = k.mode;
	st.st_rdev = new_encode_dev(k.rdev);
	st.st_size = k.size;
	st.st_blksize = k.blksize;
	st.st_blocks = k.blocks;
	st.st_atime = k.atime.tv_sec;
	st.st_atime_nsec = k.atime.tv_nsec;
	st.st_mtime = k.mtime.tv_sec;
	st.st_mtime_nsec = k.mtime.tv_nsec;
	st.st_ctime = k.ctime.tv_sec;
	st.st_ctime_nsec = k.ctime.tv_nsec;
	return copy_to_user(buf, &st, sizeof(st)) ? -EFAULT : 0;
}

long sys_fstat(unsigned int fd, struct stat __user *statbuf)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return cp_new_stat(f->f_inode, statbuf);
}

long sys_newfstatat(int dfd, const char __user *filename,
		    struct stat __user *statbuf, int flag)
{
	struct dentry *d;
	char *name;
	long len, ret;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	name = __getname();
	if (!name)
		return -ENOMEM;
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len == 0 && flag & AT_EMPTY_PATH) {
		__putname(name);
		if (dfd == AT_FDCWD)
			return cp_new_stat(current->fs->pwd->d_inode,
					   statbuf);
		return sys_fstat(dfd, statbuf);
	}
	ret = len < 0 ? len : len == PATH_MAX ? -ENAMETOOLONG :
	      len == 0 ? -ENOENT : 0;
	if (!ret) {
		d = kern_path(dfd, name, flag & AT_SYMLINK_NOFOLLOW ? 0 :
			      LOOKUP_FOLLOW);
		ret = IS_ERR(d) ? PTR_ERR(d) : cp_new_stat(d->d_inode,
							    statbuf);
		if (!IS_ERR(d))
			dput(d);
	}
	__putname(name);
	return ret;
}

long sys_newstat(const char __user *filename, struct stat __user *statbuf)
{
	return sys_newfstatat(AT_FDCWD, filename, statbuf, 0);
}
