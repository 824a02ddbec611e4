/* fs/ext2/namei.c: names made and removed in ext2's directories. */
#include <linux/dcache.h>
#include <linux/kernel.h>
#include "ext2.h"

static struct dentry *ext2_lookup(struct inode *dir, struct dentry *dentry)
{
	unsigned long ino;
	struct inode *inode;

	if (dentry->d_len > EXT2_NAME_LEN)
		return ERR_PTR(-ENAMETOOLONG);
	ino = ext2_inode_by_name(dir, dentry->d_iname, dentry->d_len);
	if (!ino)
		return NULL;		/* a negative dentry */
	inode = ext2_iget(dir->i_sb, ino);
	if (IS_ERR(inode))
		return (struct dentry *)inode;
	d_instantiate(dentry, inode);
	return NULL;
}

/* inode has its name: the dentry holds it; else it is given back. */
static int ext2_add_nondir(struct dentry *dentry, struct inode *inode)
{
	int err = ext2_add_link(dentry, inode);

	if (err) {
		inode->i_nlink = 0;
		mark_inode_dirty(inode);
		iput(inode);
		return err;
	}
	d_instantiate(dentry, inode);
	return 0;
}

static int ext2_create(struct inode *dir, struct dentry *dentry, umode_t mode)
{
	struct inode *inode = ext2_new_inode(dir, (mode & ~S_IFMT) | S_IFREG);

	if (IS_ERR(inode))
		return PTR_ERR(inode);
	return ext2_add_nondir(dentry, inode);
}

static int ext2_mknod(struct inode *dir, struct dentry *dentry, umode_t mode,
		      unsigned int rdev)
{
	struct inode *inode = ext2_new_inode(dir, mode);

	if (IS_ERR(inode))
		return PTR_ERR(inode);
	inode->i_rdev = rdev;
	EXT2_I(inode)->i_data[1] = rdev;	/* the new encoding's place */
	mark_inode_dirty(inode);
	return ext2_add_nondir(dentry, inode);
}

static int ext2_mkdir(struct inode *dir, struct dentry *dentry, umode_t mode)
{
	struct inode *inode;
	int err;

	if (dir->i_nlink >= EXT2_LINK_MAX)
		return -EMLINK;
	inode = ext2_new_inode(dir, (mode & ~S_IFMT) | S_IFDIR);
	if (IS_ERR(inode))
		return PTR_ERR(inode);
	inode->i_nlink = 2;		/* its name, and its "." */
	err = ext2_make_empty(inode, dir);
	if (!err)
		err = ext2_add_link(dentry, inode);
	if (err) {
		inode->i_nlink = 0;
		mark_inode_dirty(inode);
		iput(inode);
		return err;
	}
	dir->i_nlink++;			/* the new one's ".." */
	mark_inode_dirty(dir);
	d_instantiate(dentry, inode);
	return 0;
}

static int ext2_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;
	int err = ext2_delete_entry(dir, dentry->d_iname, dentry->d_len);

	if (err)
		return err;
	inode->i_ctime = dir->i_ctime;
	inode->i_nlink--;
	mark_inode_dirty(inode);
	d_delete(dentry);
	return 0;
}

static int ext2_rmdir(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;
	int err;

	if (!ext2_empty_dir(inode))
		return -ENOTEMPTY;
	err = ext2_unlink(dir, dentry);
	if (err)
		return err;
	inode->i_nlink = 0;
	inode->i_size = 0;
	mark_inode_dirty(inode);
	dir->i_nlink--;
	mark_inode_dirty(dir);
	return 0;
}

const struct inode_operations ext2_dir_inode_operations = {
	.lookup = ext2_lookup,
	.create = ext2_create,
	.mkdir = ext2_mkdir,
	.mknod = ext2_mknod,
	.unlink = ext2_unlink,
	.rmdir = ext2_rmdir,
};
