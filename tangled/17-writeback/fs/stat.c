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

static long cp_new_stat(const struct inode *inode, struct stat __user *buf)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_dev = 0;		/* rootfs has no device */
	st.st_ino = inode->i_ino;
	st.st_nlink = inode->i_nlink;
	st.st_mode = inode->i_mode;
	st.st_rdev = new_encode_dev(inode->i_rdev);
	st.st_size = inode->i_size;
	st.st_blksize = PAGE_SIZE;
	st.st_blocks = inode->i_mapping->nrpages * (PAGE_SIZE / 512);
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
