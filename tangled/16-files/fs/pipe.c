/* fs/pipe.c: pipes, and the pipe2 and pipe system calls. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define PIPEFS_MAGIC	0x50495045
#define PIPE_MASK	(PIPE_DEF_BUFFERS - 1)

static struct super_block pipe_sb = {
	.s_magic = PIPEFS_MAGIC,
	.s_type = "pipefs",
	.s_time_gran = 1,
	.s_inodes = LIST_HEAD_INIT(pipe_sb.s_inodes),
};

struct pipe_inode_info *alloc_pipe_info(void)
{
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);

	if (!pipe)
		return NULL;
	init_waitqueue_head(&pipe->rd_wait);
	init_waitqueue_head(&pipe->wr_wait);
	return pipe;
}

void free_pipe_info(struct pipe_inode_info *pipe)
{
	for (; pipe->tail != pipe->head; pipe->tail++)
		__free_pages(pipe->bufs[pipe->tail & PIPE_MASK].page, 0);
	kfree(pipe);
}

ssize_t pipe_read_ring(struct pipe_inode_info *pipe, struct iov_iter *to)
{
	ssize_t ret = 0;

	while (to->count && pipe->tail != pipe->head) {
		struct pipe_buffer *buf = &pipe->bufs[pipe->tail & PIPE_MASK];
		size_t n = min((size_t)buf->len, to->count);
		size_t copied = copy_to_iter((char *)page_address(buf->page) +
					     buf->offset, n, to);

		if (!copied)
			return ret ? ret : -EFAULT;
		buf->offset += copied;
		buf->len -= copied;
		ret += copied;
		if (!buf->len) {
			__free_pages(buf->page, 0);
			buf->page = NULL;
			pipe->tail++;
		}
		if (copied < n)
			break;
	}
	return ret;
}

ssize_t pipe_write_ring(struct pipe_inode_info *pipe, struct iov_iter *from)
{
	ssize_t ret = 0;

	if (pipe->head != pipe->tail) {	/* room left in the last page? */
		struct pipe_buffer *buf =
			&pipe->bufs[(pipe->head - 1) & PIPE_MASK];
		unsigned int end = buf->offset + buf->len;
		size_t n = min((size_t)(PAGE_SIZE - end), from->count);

		if (n) {
			ret = copy_from_iter((char *)page_address(buf->page) +
					     end, n, from);
			if (!ret)
				return -EFAULT;
			buf->len += ret;
		}
	}
	while (from->count && pipe->head - pipe->tail < PIPE_DEF_BUFFERS) {
		struct pipe_buffer *buf = &pipe->bufs[pipe->head & PIPE_MASK];
		struct page *page = alloc_pages(GFP_KERNEL, 0);
		size_t n = min((size_t)PAGE_SIZE, from->count), copied;

		if (!page)
			return ret ? ret : -ENOMEM;
		copied = copy_from_iter(page_address(page), n, from);
		if (!copied) {
			__free_pages(page, 0);
			return ret ? ret : -EFAULT;
		}
		buf->page = page;
		buf->offset = 0;
		buf->len = copied;
		pipe->head++;
		ret += copied;
	}
	return ret;
}
static ssize_t pipe_read(struct file *filp, struct iov_iter *to,
			 loff_t *pos)
{
	struct pipe_inode_info *pipe = filp->f_inode->i_pipe;
	ssize_t ret;

	(void)pos;
	if (!to->count)
		return 0;
	for (;;) {
		ret = pipe_read_ring(pipe, to);
		if (ret) {
			wake_up_interruptible(&pipe->wr_wait);
			return ret;
		}
		if (!pipe->writers)
			return 0;
		if (filp->f_flags & O_NONBLOCK)
			return -EAGAIN;
		wait_event_interruptible(pipe->rd_wait,
					 pipe->tail != pipe->head ||
					 !pipe->writers);
	}
}

static ssize_t pipe_write(struct file *filp, struct iov_iter *from,
			  loff_t *pos)
{
	struct pipe_inode_info *pipe = filp->f_inode->i_pipe;
	ssize_t ret = 0, n;

	(void)pos;
	while (from->count) {
		if (!pipe->readers)
			return ret ? ret : -EPIPE;
		n = pipe_write_ring(pipe, from);
		if (n < 0)
			return ret ? ret : n;
		ret += n;
		if (n)
			wake_up_interruptible(&pipe->rd_wait);
		if (!from->count)
			break;
		if (filp->f_flags & O_NONBLOCK)
			return ret ? ret : -EAGAIN;
		wait_event_interruptible(pipe->wr_wait,
					 pipe->head - pipe->tail <
					 PIPE_DEF_BUFFERS || !pipe->readers);
	}
	return ret;
}

/* The last close of one end: the other side may be waiting for it. */
static int pipe_release(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = inode->i_pipe;

	if (file->f_mode & FMODE_READ)
		pipe->readers--;
	if (file->f_mode & FMODE_WRITE)
		pipe->writers--;
	wake_up_all(&pipe->rd_wait);
	wake_up_all(&pipe->wr_wait);
	if (!pipe->readers && !pipe->writers) {
		free_pipe_info(pipe);
		inode->i_pipe = NULL;
	}
	return 0;
}

const struct file_operations pipefifo_fops = {
	.read_iter = pipe_read,
	.write_iter = pipe_write,
	.release = pipe_release,
};
int create_pipe_files(struct file **res, int flags)
{
	struct inode *inode = new_inode(&pipe_sb);
	struct dentry *d;

	if (!inode)
		return -ENFILE;
	if (!pipe_sb.s_dev)		/* Linux: pipefs's, got at boot */
		get_anon_bdev(&pipe_sb.s_dev);
	inode->i_pipe = alloc_pipe_info();
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time(inode);
	d = d_alloc(NULL, "pipe:", 5);
	if (!inode->i_pipe || !d) {
		if (inode->i_pipe)
			kfree(inode->i_pipe);
		iput(inode);
		return -ENFILE;
	}
	inode->i_mode = S_IFIFO | 0600;
	inode->i_fop = &pipefifo_fops;
	d->d_sb = &pipe_sb;
	d_instantiate(d, inode);
	res[0] = alloc_file(d, O_RDONLY | (flags & O_NONBLOCK));
	res[1] = alloc_file(d, O_WRONLY | (flags & O_NONBLOCK));
	inode->i_pipe->readers = res[0] != NULL;
	inode->i_pipe->writers = res[1] != NULL;
	dput(d);		/* the files hold it now */
	if (!res[0] || !res[1]) {
		if (res[0])
			fput(res[0]);
		if (res[1])
			fput(res[1]);
		return -ENFILE;
	}
	memcpy(res[0]->f_path, "pipe:", 6);
	memcpy(res[1]->f_path, "pipe:", 6);
	return 0;
}

static int do_pipe2(int __user *fildes, int flags)
{
	struct file *files[2];
	int fd[2], error;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	error = create_pipe_files(files, flags);
	if (error)
		return error;
	fd[0] = get_unused_fd_flags(flags);
	fd[1] = fd[0] < 0 ? fd[0] : get_unused_fd_flags(flags);
	error = fd[1] < 0 ? fd[1] : 0;
	if (!error && copy_to_user(fildes, fd, sizeof(fd)))
		error = -EFAULT;
	if (error) {
		if (fd[1] >= 0)
			put_unused_fd(current->files, fd[1]);
		if (fd[0] >= 0)
			put_unused_fd(current->files, fd[0]);
		fput(files[0]);
		fput(files[1]);
		return error;
	}
	fd_install(fd[0], files[0]);
	fd_install(fd[1], files[1]);
	return 0;
}

long sys_pipe2(int __user *fildes, int flags)
{
	return do_pipe2(fildes, flags);
}

long sys_pipe(int __user *fildes)
{
	return do_pipe2(fildes, 0);
}
