/* fs/fcntl.c: fcntl's descriptor flags, file flags and duplication. */
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030
#define FD_CLOEXEC	1

#define SETFL_MASK	(O_APPEND | O_NONBLOCK)

long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct files_struct *files = current->files;
	struct file *f = fget(fd);
	unsigned long bit = 1UL << (fd % 64), *word;
	int newfd;

	if (!f)
		return -EBADF;
	word = &files->close_on_exec[fd / 64];
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_OPEN_MAX)
			return -EINVAL;
		newfd = alloc_fd(arg, cmd == F_DUPFD_CLOEXEC ? O_CLOEXEC : 0);
		if (newfd >= 0) {
			get_file(f);
			fd_install(newfd, f);
		}
		return newfd;
	case F_GETFD:
		return *word & bit ? FD_CLOEXEC : 0;
	case F_SETFD:
		*word = arg & FD_CLOEXEC ? *word | bit : *word & ~bit;
		return 0;
	case F_GETFL:
		return f->f_flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC |
				      O_CLOEXEC);
	case F_SETFL:

		f->f_flags = (f->f_flags & ~SETFL_MASK) | (arg & SETFL_MASK);
		return 0;
	default:
		return -EINVAL;
	}
}
