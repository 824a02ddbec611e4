#ifndef _LINUX_PIPE_FS_I_H
#define _LINUX_PIPE_FS_I_H
/* A pipe: a ring of pages between its writers and its readers. */
#include <linux/fs.h>
#include <linux/wait.h>

#define PIPE_DEF_BUFFERS	16
#define PIPE_BUF		4096	/* writes this small are not split */

struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
};

struct pipe_inode_info {
	unsigned int head;		/* the next buffer to fill */
	unsigned int tail;		/* the next buffer to read */
	unsigned int readers, writers;
	struct wait_queue_head rd_wait, wr_wait;
	struct pipe_buffer bufs[PIPE_DEF_BUFFERS];
};

extern const struct file_operations pipefifo_fops;

struct pipe_inode_info *alloc_pipe_info(void);
void free_pipe_info(struct pipe_inode_info *pipe);
ssize_t pipe_read_ring(struct pipe_inode_info *pipe, struct iov_iter *to);
ssize_t pipe_write_ring(struct pipe_inode_info *pipe, struct iov_iter *from);
int create_pipe_files(struct file **res, int flags);
#endif
