/*
 * fs/ramfs.c: ramfs, the file system whose files are only their pages
 * in the page cache (Linux: fs/ramfs/inode.c and libfs.c's helpers).
 */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/string.h>

#define RAMFS_MAGIC	0x858458f6

static const struct address_space_operations ram_aops = {
	.read_folio = simple_read_folio,
	.write_begin = simple_write_begin,
	.write_end = simple_write_end,
	.dirty_folio = noop_dirty_folio,
};

static const struct inode_operations ramfs_dir_inode_operations;
static const struct inode_operations ramfs_file_inode_operations;

static struct inode *ramfs_get_inode(struct super_block *sb, umode_t mode,
				     unsigned int rdev)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_mapping->a_ops = &ram_aops;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time(inode);
	if (S_ISDIR(mode)) {
		inode->i_op = &ramfs_dir_inode_operations;
		inode->i_fop = &dcache_dir_ops;
		inode->i_nlink = 2;
	} else if (S_ISREG(mode)) {
		inode->i_op = &ramfs_file_inode_operations;
		inode->i_fop = &ramfs_file_operations;
	} else {
		init_special_inode(inode, mode, rdev);
	}
	return inode;
}

static int ramfs_mknod(struct inode *dir, struct dentry *dentry,
		       umode_t mode, unsigned int dev)
{
	struct inode *inode = ramfs_get_inode(dir->i_sb, mode, dev);

	if (!inode)
		return -ENOSPC;
	d_instantiate(dentry, inode);
	d_pin(dentry);
	dir->i_mtime = dir->i_ctime = current_time(dir);
	return 0;
}

static int ramfs_mkdir(struct inode *dir, struct dentry *dentry,
		       umode_t mode)
{
	int err = ramfs_mknod(dir, dentry, (mode & ~S_IFMT) | S_IFDIR,
			      0);

	if (!err)
		dir->i_nlink++;
	return err;
}

static int ramfs_create(struct inode *dir, struct dentry *dentry,
			umode_t mode)
{
	return ramfs_mknod(dir, dentry, (mode & ~S_IFMT) | S_IFREG, 0);
}

/* Every name ramfs has is in the dentry cache: a miss is no file. */
static struct dentry *ramfs_lookup(struct inode *dir, struct dentry *dentry)
{
	(void)dir;
	(void)dentry;
	return NULL;
}

static int simple_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	inode->i_ctime = dir->i_ctime = dir->i_mtime = current_time(inode);
	inode->i_nlink--;
	d_delete(dentry);
	return 0;
}

static int simple_rmdir(struct inode *dir, struct dentry *dentry)
{
	if (!simple_empty(dentry))
		return -ENOTEMPTY;
	dentry->d_inode->i_nlink = 0;
	dir->i_nlink--;
	dentry->d_inode->i_ctime = dir->i_ctime = dir->i_mtime =
		current_time(dir);
	d_delete(dentry);
	return 0;
}

/* A shorter file loses its pages past the end; a longer one reads zeros. */
static int simple_setsize(struct inode *inode, loff_t size)
{
	truncate_setsize(inode, size);
	return 0;
}

static const struct inode_operations ramfs_dir_inode_operations = {
	.lookup = ramfs_lookup,
	.create = ramfs_create,
	.mkdir = ramfs_mkdir,
	.mknod = ramfs_mknod,
	.unlink = simple_unlink,
	.rmdir = simple_rmdir,
};

static const struct inode_operations ramfs_file_inode_operations = {
	.setsize = simple_setsize,
	.getattr = simple_getattr,
};

/* ramfs has nothing to write back to: its pages are the only copy. */
static int noop_fsync(struct file *file, int datasync)
{
	(void)file;
	(void)datasync;
	return 0;
}

const struct file_operations ramfs_file_operations = {
	.llseek = generic_file_llseek,
	.read_iter = generic_file_read_iter,
	.write_iter = generic_file_write_iter,
	.mmap = generic_file_mmap,
	.fsync = noop_fsync,
};

static int dcache_readdir(struct file *file, struct dir_context *ctx)
{
	struct dentry *dir = file->f_dentry, *child;
	loff_t n = 2;

	if (ctx->pos == 0 && !ctx->actor(ctx, ".", 1, 0,
					 dir->d_inode->i_ino, DT_DIR))
		return 0;
	if (ctx->pos == 0)
		ctx->pos = 1;
	if (ctx->pos == 1 && !ctx->actor(ctx, "..", 2, 1,
					 dir->d_parent->d_inode->i_ino,
					 DT_DIR))
		return 0;
	if (ctx->pos == 1)
		ctx->pos = 2;
	list_for_each_entry(child, &dir->d_subdirs, d_child) {
		struct inode *inode = child->d_inode;

		if (!inode || list_empty(&child->d_hash))
			continue;
		if (n < ctx->pos) {
			n++;
			continue;
		}
		if (!ctx->actor(ctx, child->d_iname, child->d_len, n,
				inode->i_ino, S_ISDIR(inode->i_mode) ? DT_DIR :
				S_ISCHR(inode->i_mode) ? DT_CHR : DT_REG))
			return 0;
		ctx->pos = ++n;
	}
	return 0;
}

const struct file_operations dcache_dir_ops = {
	.llseek = generic_file_llseek,
	.iterate_shared = dcache_readdir,
	.fsync = noop_fsync,
};

struct super_block *ramfs_get_super(void)
{
	static struct super_block sb = {
		.s_magic = RAMFS_MAGIC,
		.s_type = "rootfs",
		.s_time_gran = 1,
	};
	struct inode *root;

	INIT_LIST_HEAD(&sb.s_inodes);
	if (!sb.s_dev)				/* a host test boots again */
		get_anon_bdev(&sb.s_dev);
	root = ramfs_get_inode(&sb, S_IFDIR | 0755, 0);
	if (!root || !(sb.s_root = d_make_root(root)))
		return NULL;
	return &sb;
}


/* A new ramfs's root directory in sb (Linux: ramfs_fill_super). */
int ramfs_fill_super(struct super_block *sb, umode_t mode)
{
	struct inode *root;

	sb->s_magic = RAMFS_MAGIC;
	sb->s_time_gran = 1;
	root = ramfs_get_inode(sb, S_IFDIR | mode, 0);
	if (!root || !(sb->s_root = d_make_root(root)))
		return -ENOMEM;
	return 0;
}
