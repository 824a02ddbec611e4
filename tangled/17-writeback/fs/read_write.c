/*
 * fs/read_write.c: read, write and their vector and positioned forms,
 * lseek, and ioctl, on any open file.
 */
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

static ssize_t vfs_read_iter(struct file *f, struct iov_iter *to, loff_t *pos)
{
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	if (S_ISDIR(f->f_inode->i_mode))
		return -EISDIR;
	if (!f->f_op->read_iter)
		return -EINVAL;
	if (*pos < 0)
		return -EINVAL;
	return f->f_op->read_iter(f, to, pos);
}

static ssize_t vfs_write_iter(struct file *f, struct iov_iter *from,
			      loff_t *pos)
{
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!f->f_op->write_iter)
		return -EINVAL;
	if (*pos < 0)
		return -EINVAL;
	return f->f_op->write_iter(f, from, pos);
}

ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos)
{
	struct iov_iter iter;

	iov_iter_init(&iter, ITER_KVEC, buf, count);
	return vfs_read_iter(file, &iter, pos);
}

ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos)
{
	struct iov_iter iter;

	iov_iter_init(&iter, ITER_KVEC, (void *)buf, count);
	return vfs_write_iter(file, &iter, pos);
}

/* A user buffer: checked whole before the first byte moves, as Linux. */
static long user_iter(struct iov_iter *i, void __user *buf, size_t count)
{
	if (!access_ok(buf, count))
		return -EFAULT;
	count = min(count, (size_t)MAX_RW_COUNT);
	iov_iter_init(i, ITER_UBUF, (void *)buf, count);
	return 0;
}

/* Files that cannot seek have no position to read at: consoles, pipes. */
static bool can_pread(const struct file *f)
{
	return f->f_op->llseek != NULL;
}

long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	struct file *f = fget(fd);
	struct iov_iter to;
	long ret;

	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	ret = user_iter(&to, buf, count);
	return ret ? ret : vfs_read_iter(f, &to, &f->f_pos);
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	struct file *f = fget(fd);
	struct iov_iter from;
	long ret;

	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	ret = user_iter(&from, (void __user *)buf, count);
	return ret ? ret : vfs_write_iter(f, &from, &f->f_pos);
}

long sys_pread64(unsigned int fd, char __user *buf, size_t count,
		 loff_t pos)
{
	struct file *f = fget(fd);
	struct iov_iter to;
	long ret;

	if (pos < 0)		/* before the descriptor, as Linux */
		return -EINVAL;
	if (!f)
		return -EBADF;
	if (!can_pread(f))
		return -ESPIPE;
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	ret = user_iter(&to, buf, count);
	return ret ? ret : vfs_read_iter(f, &to, &pos);
}

long sys_pwrite64(unsigned int fd, const char __user *buf, size_t count,
		  loff_t pos)
{
	struct file *f = fget(fd);
	struct iov_iter from;
	long ret;

	if (pos < 0)
		return -EINVAL;
	if (!f)
		return -EBADF;
	if (!can_pread(f))
		return -ESPIPE;
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	ret = user_iter(&from, (void __user *)buf, count);
	return ret ? ret : vfs_write_iter(f, &from, &pos);
}

/* readv and writev: the vector checked whole, then one piece at a time. */
static long do_iter_vec(unsigned long fd, const struct iovec __user *vec,
			unsigned long vlen, bool write)
{
	struct file *f = fget(fd);
	struct iovec iov[UIO_FASTIOV];
	unsigned long i, total = 0;
	long done = 0, ret;

	if (!f)
		return -EBADF;
	if (!(f->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	if (vlen > UIO_FASTIOV)
		vlen = UIO_FASTIOV;	/* musl uses two */
	if (copy_from_user(iov, vec, vlen * sizeof(*iov)))
		return -EFAULT;
	for (i = 0; i < vlen; i++) {
		if ((ssize_t)iov[i].iov_len < 0)
			return -EINVAL;
		if (!access_ok(iov[i].iov_base, iov[i].iov_len))
			return -EFAULT;
		total += iov[i].iov_len;
	}
	for (i = 0; i < vlen; i++) {
		struct iov_iter it;

		iov_iter_init(&it, ITER_UBUF, (void *)iov[i].iov_base,
			      iov[i].iov_len);
		ret = write ? vfs_write_iter(f, &it, &f->f_pos) :
			      vfs_read_iter(f, &it, &f->f_pos);
		if (ret < 0)
			return done ? done : ret;
		done += ret;
		if ((size_t)ret < iov[i].iov_len)
			break;
	}
	(void)total;
	return done;
}

long sys_readv(unsigned long fd, const struct iovec __user *vec,
	       unsigned long vlen)
{
	return do_iter_vec(fd, vec, vlen, false);
}

long sys_writev(unsigned long fd, const struct iovec __user *vec,
		unsigned long vlen)
{
	return do_iter_vec(fd, vec, vlen, true);
}

loff_t generic_file_llseek(struct file *file, loff_t offset, int whence)
{
	loff_t pos;

	switch (whence) {
	case SEEK_SET:
		pos = offset;
		break;
	case SEEK_CUR:	/* wrapping past the top is negative: refused */
		pos = (unsigned long)file->f_pos + (unsigned long)offset;
		break;
	case SEEK_END:
		pos = (unsigned long)file->f_inode->i_size +
		      (unsigned long)offset;
		break;
	case SEEK_DATA:	/* a file is all data, holes too, until its end */
	case SEEK_HOLE:
		if (offset < 0 || offset >= file->f_inode->i_size)
			return -ENXIO;
		pos = whence == SEEK_DATA ? offset : file->f_inode->i_size;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

long sys_lseek(unsigned int fd, long offset, unsigned int whence)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (whence > SEEK_HOLE)
		return -EINVAL;
	if (!f->f_op->llseek)
		return -ESPIPE;
	return f->f_op->llseek(f, offset, whence);
}

long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (!f->f_op->unlocked_ioctl)
		return -ENOTTY;		/* not a terminal, nor a device */
	return f->f_op->unlocked_ioctl(f, cmd, arg);
}
