/* fs/readdir.c: getdents64, a directory's names in user memory. */
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

struct getdents_callback64 {
	struct dir_context ctx;
	char __user *current_dir;
	int count;			/* room left */
	int error;
};

/* One record: inode, next offset, length, type, the name and a NUL. */
static bool filldir64(struct dir_context *ctx, const char *name, int namlen,
		      loff_t offset, unsigned long ino, unsigned int d_type)
{
	/* ctx is the first member: Linux's container_of */
	struct getdents_callback64 *buf = (void *)ctx;
	struct linux_dirent64 d;
	int reclen = (offsetof(struct linux_dirent64, d_name) + namlen + 8) &
		     ~7;
	char nul = '\0';

	if (reclen > buf->count) {
		buf->error = -EINVAL;	/* too small even for one */
		return false;
	}
	d.d_ino = ino;
	d.d_off = offset + 1;
	d.d_reclen = reclen;
	d.d_type = d_type;
	if (copy_to_user(buf->current_dir, &d,
			 offsetof(struct linux_dirent64, d_name)) ||
	    copy_to_user(buf->current_dir +
			 offsetof(struct linux_dirent64, d_name), name,
			 namlen) ||
	    copy_to_user(buf->current_dir +
			 offsetof(struct linux_dirent64, d_name) + namlen,
			 &nul, 1)) {
		buf->error = -EFAULT;
		return false;
	}
	buf->current_dir += reclen;
	buf->count -= reclen;
	buf->error = 0;
	return true;
}

long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent,
		    unsigned int count)
{
	struct file *f = fget(fd);
	struct getdents_callback64 buf = {
		.ctx.actor = filldir64,
		.current_dir = (char __user *)dirent,
		.count = (int)min(count, (unsigned int)INT_MAX),
		.error = 0,
	};
	long ret;

	if (!f)
		return -EBADF;
	if (!access_ok(dirent, count))
		return -EFAULT;
	if (!f->f_op->iterate_shared)
		return -ENOTDIR;
	buf.ctx.pos = f->f_pos;
	ret = f->f_op->iterate_shared(f, &buf.ctx);
	f->f_pos = buf.ctx.pos;
	file_accessed(f);		/* Linux: iterate_dir's */
	if (ret)
		return ret;
	if (buf.current_dir != (char __user *)dirent)
		return buf.current_dir - (char __user *)dirent;
	return buf.error;
}
