/* fs/sync.c: sync(2), and an inode's changes on their way to disk. */
#include <linux/fs.h>
#include <linux/kernel.h>


/*
 * Linux puts the inode on its disk's list of dirty inodes for
 * writeback; ours has the file system copy it into its block at once.
 */
void mark_inode_dirty(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;

	if (sb && sb->s_op && sb->s_op->dirty_inode)
		sb->s_op->dirty_inode(inode);
}

static void sync_fs_one_sb(struct super_block *sb, void *arg)
{
	(void)arg;
	if (sb->s_op && sb->s_op->sync_fs)
		sb->s_op->sync_fs(sb, 1);
}


/* Every mounted file system's dirty pages and blocks, waited for. */
void ksys_sync(void)
{

	iterate_supers(sync_fs_one_sb, NULL);
}
