/*
 * fs/char_dev.c: character devices by number: the console, /dev/null
 * and /dev/zero (Linux: drivers/tty and drivers/char/mem.c).
 */
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/uaccess.h>

#define MEM_MAJOR	1
#define TTYAUX_MAJOR	5

static ssize_t null_read(struct file *file, struct iov_iter *to, loff_t *pos)
{
	(void)file;
	(void)to;
	(void)pos;
	return 0;
}

/* Everything written is taken, and forgotten. */
static ssize_t null_write(struct file *file, struct iov_iter *from,
			  loff_t *pos)
{
	size_t n = from->count;

	(void)file;
	(void)pos;
	from->count = 0;
	return n;
}

/* Seeking either device goes nowhere: its position stays 0. */
static loff_t null_lseek(struct file *file, loff_t offset, int whence)
{
	(void)offset;
	(void)whence;
	return file->f_pos = 0;
}

static ssize_t zero_read(struct file *file, struct iov_iter *to,
			 loff_t *pos)
{
	static const char zeros[256];
	ssize_t done = 0;

	(void)file;
	(void)pos;
	while (to->count) {
		size_t n = min(to->count, sizeof(zeros));
		size_t copied = copy_to_iter(zeros, n, to);

		done += copied;
		if (copied < n)
			return done ? done : -EFAULT;
	}
	return done;
}

static const struct file_operations null_fops = {
	.llseek = null_lseek,
	.read_iter = null_read,
	.write_iter = null_write,
};

static const struct file_operations zero_fops = {
	.llseek = null_lseek,
	.read_iter = zero_read,
	.write_iter = null_write,
};

/* A line at most: what the console's input holds, the first waited for. */
static ssize_t console_read(struct file *file, struct iov_iter *to,
			    loff_t *pos)
{
	ssize_t done = 0;
	int c;

	(void)file;
	(void)pos;
	while (to->count && (c = console_read_char()) >= 0) {
		char ch = c;

		if (copy_to_iter(&ch, 1, to) != 1)
			return done ? done : -EFAULT;
		done++;
		if (ch == '\n')
			break;
	}
	return done;
}

static ssize_t console_write_iter(struct file *file, struct iov_iter *from,
				  loff_t *pos)
{
	char chunk[128];
	ssize_t done = 0;

	(void)file;
	(void)pos;
	while (from->count) {
		size_t n = min(from->count, sizeof(chunk));
		size_t copied = copy_from_iter(chunk, n, from);

		console_write(chunk, copied);
		done += copied;
		if (copied < n)
			return done ? done : -EFAULT;
	}
	return done;
}

/* A terminal has no position: no llseek, so lseek and pread: -ESPIPE. */
/*
 * The console's terminal settings: Linux's defaults for a new terminal
 * (tty_std_termios), which nothing may change yet, and its size.
 */
#define TCGETS		0x5401
#define TIOCGWINSZ	0x5413
#define NCCS		19

struct termios {
	unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line;
	unsigned char c_cc[NCCS];
};

struct winsize {
	unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel;
};

static const struct termios console_termios = {
	.c_iflag = 0002400,	/* ICRNL | IXON */
	.c_oflag = 0000005,	/* OPOST | ONLCR */
	.c_cflag = 0002277,	/* B38400 | CS8 | CREAD | HUPCL */
	.c_lflag = 0105073,	/* ISIG ICANON ECHO ECHOE ECHOK ECHOCTL ECHOKE
				 * IEXTEN */
	.c_cc = "\003\034\177\025\004\0\1\0"	/* ^C ^\\ DEL ^U ^D */
		"\021\023\032\0\022\017\027\026",	/* ^Q ^S ^Z ^R ^O ^W */
};

static long console_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg)
{
	struct winsize ws = { .ws_row = 25, .ws_col = 80 };

	(void)file;
	switch (cmd) {
	case TCGETS:
		return copy_to_user((void __user *)arg, &console_termios,
				    sizeof(console_termios)) ? -EFAULT : 0;
	case TIOCGWINSZ:
		return copy_to_user((void __user *)arg, &ws, sizeof(ws)) ?
		       -EFAULT : 0;
	}
	return -ENOTTY;
}

static const struct file_operations console_fops = {
	.read_iter = console_read,
	.write_iter = console_write_iter,
	.unlocked_ioctl = console_ioctl,
};

/* A device number no driver has. */
static int no_device_open(struct inode *inode, struct file *file)
{
	(void)inode;
	(void)file;
	return -ENXIO;
}

static const struct file_operations bad_sock_fops = {
	.open = no_device_open,
};

void init_special_inode(struct inode *inode, umode_t mode,
			unsigned int rdev)
{
	inode->i_mode = mode;
	inode->i_rdev = rdev;
	if (!S_ISCHR(mode))
		inode->i_fop = &bad_sock_fops;
	else if (rdev == MKDEV(MEM_MAJOR, 3))
		inode->i_fop = &null_fops;
	else if (rdev == MKDEV(MEM_MAJOR, 5))
		inode->i_fop = &zero_fops;
	else if (rdev == MKDEV(TTYAUX_MAJOR, 1))
		inode->i_fop = &console_fops;
	else
		inode->i_fop = &bad_sock_fops;	/* open: -ENXIO */
}
