/* fs/ext2/file.c: regular files, read and written by the page cache. */
#include <linux/pagemap.h>
#include <linux/writeback.h>
#include "ext2.h"

int ext2_fsync(struct file *file, int datasync)
{
	struct inode *inode = file->f_inode;
	int err = file_write_and_wait_range(file, 0, LLONG_MAX), e;

	(void)datasync;
	e = ext2_write_inode(inode, true);
	if (!err)
		err = e;
	e = sync_blockdev(inode->i_sb->s_bdev);
	return err ? err : e;
}

const struct file_operations ext2_file_operations = {
	.llseek = generic_file_llseek,
	.read_iter = generic_file_read_iter,
	.write_iter = generic_file_write_iter,	/* it sets the times */
	.mmap = generic_file_mmap,
	.fsync = ext2_fsync,
};

const struct inode_operations ext2_file_inode_operations = {
	.setsize = ext2_setsize,
};
