/*
 * fs/ext2/super.c: mounting ext2. Only 4 KiB blocks: a block is a page
 * of the block device's cache and of a file's.
 */
#include <linux/blkdev.h>
#include <linux/dcache.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/pagemap.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/writeback.h>
#include <linux/sprintf.h>
#include "ext2.h"

void ext2_msg(struct super_block *sb, const char *prefix,
	      const char *fmt, ...)
{
	char buf[160];
	va_list args;

	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk("%sEXT2-fs (%s): %s\n", prefix, sb->s_id, buf);
}

/* The super block's counts into its block, written when wait. */
void ext2_sync_super(struct super_block *sb, bool wait)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);

	sbi->s_es->s_wtime = ext2_now();
	mark_buffer_dirty(sbi->s_sbh);
	if (wait)
		sync_dirty_buffer(sbi->s_sbh);
}

static void ext2_dirty_inode(struct inode *inode)
{
	ext2_write_inode(inode, false);
}

/* sync(2): every file's dirty pages, then every dirty block. */
int ext2_sync_fs(struct super_block *sb, int wait)
{
	struct inode *inode;
	int err = 0, e;

	(void)wait;
	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		e = filemap_write_and_wait(inode->i_mapping);
		if (e && !err)
			err = e;
	}
	ext2_sync_super(sb, false);
	e = sync_blockdev(sb->s_bdev);
	return err ? err : e;
}

static const struct super_operations ext2_sops = {
	.dirty_inode = ext2_dirty_inode,
	.evict_inode = ext2_evict_inode,
	.sync_fs = ext2_sync_fs,
};

static void ext2_put_sbi(struct super_block *sb)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	unsigned long i;

	if (!sbi)
		return;
	for (i = 0; sbi->s_group_desc && i < sbi->s_gdb_count; i++)
		brelse(sbi->s_group_desc[i]);
	kfree(sbi->s_group_desc);
	brelse(sbi->s_sbh);
	kfree(sbi);
	sb->s_fs_info = NULL;
}

static int ext2_fill_super(struct super_block *sb)
{
	struct ext2_sb_info *sbi = kzalloc(sizeof(*sbi), GFP_KERNEL);
	struct ext2_super_block *es;
	struct inode *root;
	unsigned long i;
	u32 features;

	if (!sbi)
		return -ENOMEM;
	sb->s_fs_info = sbi;
	sb->s_blocksize = PAGE_SIZE;
	sb->s_blocksize_bits = PAGE_SHIFT;
	/* Block 0: the super block is its bytes 1024 to 2047. */
	sbi->s_sbh = sb_bread(sb, 0);
	if (!sbi->s_sbh) {
		ext2_msg(sb, KERN_ERR, "error: unable to read superblock");
		return -EIO;
	}
	es = (struct ext2_super_block *)(sbi->s_sbh->b_data + 1024);
	sbi->s_es = es;
	sb->s_magic = es->s_magic;
	if (sb->s_magic != EXT2_SUPER_MAGIC) {
		ext2_msg(sb, KERN_ERR, "error: can't find an ext2 filesystem "
			 "on dev %s.", sb->s_id);
		return -EINVAL;
	}
	features = es->s_feature_incompat & ~EXT2_FEATURE_INCOMPAT_SUPP;
	if (es->s_rev_level >= EXT2_DYNAMIC_REV && features) {
		ext2_msg(sb, KERN_ERR, "error: couldn't mount because of "
			 "unsupported optional features (%x)", features);
		return -EINVAL;
	}
	features = es->s_feature_ro_compat & ~EXT2_FEATURE_RO_COMPAT_SUPP;
	if (es->s_rev_level >= EXT2_DYNAMIC_REV && features) {
		ext2_msg(sb, KERN_ERR, "error: couldn't mount RDWR because of "
			 "unsupported optional features (%x)", features);
		return -EINVAL;
	}
	if (1024U << es->s_log_block_size != PAGE_SIZE) {
		ext2_msg(sb, KERN_ERR, "error: unsupported blocksize");
		return -EINVAL;
	}
	sbi->s_inode_size = es->s_rev_level >= EXT2_DYNAMIC_REV ?
			    es->s_inode_size : 128;
	sbi->s_first_ino = es->s_rev_level >= EXT2_DYNAMIC_REV ?
			   es->s_first_ino : EXT2_GOOD_OLD_FIRST_INO;
	if (sbi->s_inode_size < 128 || sbi->s_inode_size > PAGE_SIZE ||
	    (sbi->s_inode_size & (sbi->s_inode_size - 1))) {
		ext2_msg(sb, KERN_ERR, "error: unsupported inode size: %d",
			 sbi->s_inode_size);
		return -EINVAL;
	}
	sbi->s_blocks_per_group = es->s_blocks_per_group;
	sbi->s_inodes_per_group = es->s_inodes_per_group;
	sbi->s_inodes_per_block = PAGE_SIZE / sbi->s_inode_size;
	sbi->s_itb_per_group = sbi->s_inodes_per_group /
			       sbi->s_inodes_per_block;
	sbi->s_desc_per_block = PAGE_SIZE / sizeof(struct ext2_group_desc);
	if (!sbi->s_blocks_per_group ||
	    sbi->s_blocks_per_group > PAGE_SIZE * 8 ||
	    !sbi->s_inodes_per_group ||
	    sbi->s_inodes_per_group > PAGE_SIZE * 8 ||
	    es->s_blocks_count <= es->s_first_data_block) {
		ext2_msg(sb, KERN_ERR, "error: corrupt superblock");
		return -EINVAL;
	}
	if ((sector_t)es->s_blocks_count << (PAGE_SHIFT - 9) >
	    sb->s_bdev->bd_nr_sectors) {
		ext2_msg(sb, KERN_ERR, "error: block count %u exceeds size of "
			 "device (%llu blocks)", es->s_blocks_count,
			 (unsigned long long)(sb->s_bdev->bd_nr_sectors >>
					      (PAGE_SHIFT - 9)));
		return -EINVAL;
	}
	sbi->s_groups_count = (es->s_blocks_count - es->s_first_data_block +
			       sbi->s_blocks_per_group - 1) /
			      sbi->s_blocks_per_group;
	sbi->s_gdb_count = (sbi->s_groups_count + sbi->s_desc_per_block - 1) /
			   sbi->s_desc_per_block;
	sbi->s_group_desc = kcalloc(sbi->s_gdb_count,
				    sizeof(struct buffer_head *), GFP_KERNEL);
	if (!sbi->s_group_desc)
		return -ENOMEM;
	for (i = 0; i < sbi->s_gdb_count; i++) {
		sbi->s_group_desc[i] = sb_bread(sb, es->s_first_data_block +
						1 + i);
		if (!sbi->s_group_desc[i]) {
			ext2_msg(sb, KERN_ERR, "error: unable to read group "
				 "descriptors");
			return -EIO;
		}
	}
	sb->s_op = &ext2_sops;
	sb->s_time_max = 0x7fffffff;	/* 32-bit seconds: 2038 */
	root = ext2_iget(sb, EXT2_ROOT_INO);
	if (IS_ERR(root))
		return PTR_ERR(root);
	if (!S_ISDIR(root->i_mode) || !root->i_size) {
		iput(root);
		ext2_msg(sb, KERN_ERR, "error: corrupt root inode, run "
			 "e2fsck");
		return -EINVAL;
	}
	sb->s_root = d_make_root(root);
	if (!sb->s_root)
		return -ENOMEM;
	/* Mounted: not clean until unmounted (ext2_setup_super). */
	if (!(es->s_state & EXT2_VALID_FS))
		ext2_msg(sb, KERN_WARNING, "warning: mounting unchecked fs, "
			 "running e2fsck is recommended");
	es->s_state &= ~EXT2_VALID_FS;
	es->s_mnt_count++;
	es->s_mtime = ext2_now();
	ext2_sync_super(sb, true);
	return 0;
}

/* The disk a name such as /dev/vda stands for (Linux: lookup_bdev). */
static struct block_device *lookup_bdev(const char *pathname)
{
	struct dentry *d = kern_path(AT_FDCWD, pathname, LOOKUP_FOLLOW);
	struct block_device *bdev;
	unsigned int dev;

	if (IS_ERR(d))
		return (struct block_device *)d;
	if (!S_ISBLK(d->d_inode->i_mode)) {
		dput(d);
		return ERR_PTR(-ENOTBLK);
	}
	dev = d->d_inode->i_rdev;
	dput(d);
	bdev = blkdev_get_by_dev(dev);
	return bdev ? bdev : ERR_PTR(-ENXIO);
}

static void ext2_kill_sb(struct super_block *sb);

static struct dentry *ext2_mount(struct file_system_type *type, int flags,
				 const char *dev_name, void *data)
{
	struct block_device *bdev;
	struct super_block *sb;
	int err;

	(void)flags;
	(void)data;
	if (!dev_name)
		return ERR_PTR(-EINVAL);
	bdev = lookup_bdev(dev_name);
	if (IS_ERR(bdev))
		return (struct dentry *)bdev;
	sb = kzalloc(sizeof(*sb), GFP_KERNEL);
	if (!sb)
		return ERR_PTR(-ENOMEM);
	sb->s_type = type->name;
	sb->s_bdev = bdev;
	sb->s_dev = bdev->bd_dev;
	sb->s_time_gran = NSEC_PER_SEC;	/* Linux: alloc_super's, ext2's */
	sb->s_bdi = bdev->bd_disk->bdi;
	strscpy(sb->s_id, bdev->bd_disk->disk_name, sizeof(sb->s_id));
	INIT_LIST_HEAD(&sb->s_inodes);
	err = ext2_fill_super(sb);
	if (err) {
		if (sb->s_root)
			ext2_kill_sb(sb);
		else {
			ext2_put_sbi(sb);
			kill_bdev(bdev);
			kfree(sb);
		}
		return ERR_PTR(err);
	}
	return sb->s_root;
}

/* Unmounted: everything written, and the disk marked clean again. */
static void ext2_kill_sb(struct super_block *sb)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);

	dput(sb->s_root);
	ext2_sync_fs(sb, 1);
	sbi->s_es->s_state |= EXT2_VALID_FS;
	ext2_sync_super(sb, true);
	blkdev_issue_flush(sb->s_bdev);
	ext2_put_sbi(sb);
	kill_bdev(sb->s_bdev);
	if (list_empty(&sb->s_inodes))
		kfree(sb);
	else
		pr_err("VFS: Busy inodes after unmount of %s\n", sb->s_id);
}

static struct file_system_type ext2_fs_type = {
	.name = "ext2",
	.fs_flags = FS_REQUIRES_DEV,
	.mount = ext2_mount,
	.kill_sb = ext2_kill_sb,
};

void init_ext2_fs(void)
{
	register_filesystem(&ext2_fs_type);
}
