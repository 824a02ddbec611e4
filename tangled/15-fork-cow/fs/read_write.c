/* fs/read_write.c: write, writev and ioctl on the console. */
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

static bool console_fd(unsigned int fd)
{
	return fd == 1 || fd == 2;
}

static long console_write_user(const char __user *buf, size_t count)
{
	char chunk[128];
	size_t done = 0;

	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		if (copy_from_user(chunk, buf + done, n))
			return done ? (long)done : -EFAULT;
		console_write(chunk, n);
		done += n;
	}
	return done;
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	if (!console_fd(fd))
		return -EBADF;
	if (!access_ok(buf, count))
		return -EFAULT;
	return console_write_user(buf, min(count, (size_t)MAX_RW_COUNT));
}

long sys_writev(unsigned long fd, const struct iovec __user *vec,
		unsigned long vlen)
{
	struct iovec iov[UIO_FASTIOV];
	unsigned long i, done = 0;
	long ret;

	if (!console_fd(fd))
		return -EBADF;
	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	if (vlen > UIO_FASTIOV)
		vlen = UIO_FASTIOV;	/* musl writes two */
	if (copy_from_user(iov, vec, vlen * sizeof(*iov)))
		return -EFAULT;
	for (i = 0; i < vlen; i++)
		if ((ssize_t)iov[i].iov_len < 0)
			return -EINVAL;
	for (i = 0; i < vlen; i++)
		if (!access_ok(iov[i].iov_base, iov[i].iov_len))
			return -EFAULT;
	for (i = 0; i < vlen; i++) {
		ret = console_write_user(iov[i].iov_base, iov[i].iov_len);
		if (ret < 0)
			return done ? (long)done : ret;
		done += ret;
	}
	return done;
}

long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	if (!console_fd(fd) && fd != 0)
		return -EBADF;
	return -ENOTTY;
}
