/* fs/sync.c: sync(2), and an inode's changes on their way to disk. */
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/writeback.h>

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

static void sync_inodes_one_sb(struct super_block *sb, void *arg)
{
	(void)arg;
	sync_inodes_sb(sb);
}

/* Every mounted file system's dirty pages and blocks, waited for. */
void ksys_sync(void)
{
	wakeup_flusher_threads(WB_REASON_SYNC);
	iterate_supers(sync_inodes_one_sb, NULL);
	iterate_supers(sync_fs_one_sb, NULL);
}
