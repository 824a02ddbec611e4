/*
 * fs/ext2/inode.c: inodes read from and written to the inode tables,
 * the block map (ext2_get_block), truncation and the address space's
 * operations.
 */
#include <linux/kernel.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/writeback.h>
#include "ext2.h"

u32 ext2_now(void)
{
	return ktime_get_real_ns() / 1000000000;
}

/* Where inode ino is: its inode table's block, held, and the offset. */
static struct ext2_inode *ext2_get_inode(struct super_block *sb,
					 unsigned long ino,
					 struct buffer_head **p)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	struct ext2_group_desc *desc;
	unsigned long offset, block;

	*p = NULL;
	if ((ino != EXT2_ROOT_INO && ino < sbi->s_first_ino) ||
	    ino > sbi->s_es->s_inodes_count) {
		ext2_msg(sb, KERN_ERR, "error: ext2_get_inode: bad inode "
			 "number: %lu", ino);
		return ERR_PTR(-EINVAL);
	}
	desc = ext2_get_group_desc(sb, (ino - 1) / sbi->s_inodes_per_group,
				   NULL);
	if (!desc)
		return ERR_PTR(-EIO);
	offset = ((ino - 1) % sbi->s_inodes_per_group) * sbi->s_inode_size;
	block = desc->bg_inode_table + (offset >> sb->s_blocksize_bits);
	*p = sb_bread(sb, block);
	if (!*p) {
		ext2_msg(sb, KERN_ERR, "error: unable to read inode block - "
			 "inode=%lu, block=%lu", ino, block);
		return ERR_PTR(-EIO);
	}
	offset &= sb->s_blocksize - 1;
	return (struct ext2_inode *)((*p)->b_data + offset);
}


static const struct inode_operations ext2_special_inode_operations = {};

void ext2_set_inode_ops(struct inode *inode)
{
	inode->i_mapping->a_ops = &ext2_aops;
	if (S_ISREG(inode->i_mode)) {
		inode->i_op = &ext2_file_inode_operations;
		inode->i_fop = &ext2_file_operations;
	} else if (S_ISDIR(inode->i_mode)) {
		inode->i_op = &ext2_dir_inode_operations;
		inode->i_fop = &ext2_dir_operations;
	} else {
		inode->i_op = &ext2_special_inode_operations;
	}
}

/* Inode ino: the one in memory if there is one, else read (iget_locked). */
struct inode *ext2_iget(struct super_block *sb, unsigned long ino)
{
	struct ext2_inode_info *ei;
	struct ext2_inode *raw;
	struct buffer_head *bh;
	struct inode *inode;
	int i;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list)
		if (inode->i_ino == ino && inode->i_private) {
			inode->i_count++;
			return inode;
		}
	raw = ext2_get_inode(sb, ino, &bh);
	if (IS_ERR(raw))
		return (struct inode *)raw;
	if (!raw->i_links_count && ino != EXT2_ROOT_INO) {
		brelse(bh);
		return ERR_PTR(-ESTALE);	/* deleted */
	}
	inode = new_inode(sb);
	ei = kzalloc(sizeof(*ei), GFP_KERNEL);
	if (!inode || !ei) {
		if (inode)
			iput(inode);
		kfree(ei);
		brelse(bh);
		return ERR_PTR(-ENOMEM);
	}
	inode->i_private = ei;
	inode->i_ino = ino;
	inode->i_mode = raw->i_mode;
	inode->i_nlink = raw->i_links_count;
	inode->i_size = raw->i_size;
	if (S_ISREG(inode->i_mode))
		inode->i_size |= (loff_t)raw->i_size_high << 32;
	inode->i_atime.tv_sec = (s32)raw->i_atime;	/* whole seconds */
	inode->i_ctime.tv_sec = (s32)raw->i_ctime;
	inode->i_mtime.tv_sec = (s32)raw->i_mtime;
	ei->i_dtime = raw->i_dtime;
	inode->i_blocks = raw->i_blocks;
	ei->i_flags = raw->i_flags;
	ei->i_block_group = (ino - 1) / EXT2_SB(sb)->s_inodes_per_group;
	for (i = 0; i < EXT2_N_BLOCKS; i++)
		ei->i_data[i] = raw->i_block[i];
	if (S_ISCHR(inode->i_mode) || S_ISBLK(inode->i_mode))
		inode->i_rdev = raw->i_block[0] ? raw->i_block[0] :
			raw->i_block[1];	/* old or new encoding */
	brelse(bh);
	ext2_set_inode_ops(inode);
	return inode;
}

/*
 * The inode into its place in the inode table's block, which is then
 * dirty; with wait, written too. Linux's mark_inode_dirty queues the
 * inode and writeback calls this later; ours calls it at once.
 */
int ext2_write_inode(struct inode *inode, bool wait)
{
	struct ext2_inode_info *ei = EXT2_I(inode);
	struct super_block *sb = inode->i_sb;
	struct ext2_inode *raw;
	struct buffer_head *bh;
	int i, err = 0;

	if (!ei)
		return 0;
	raw = ext2_get_inode(sb, inode->i_ino, &bh);
	if (IS_ERR(raw))
		return PTR_ERR(raw);
	if (ei->i_state & EXT2_STATE_NEW) {
		memset(raw, 0, EXT2_SB(sb)->s_inode_size);
		ei->i_state &= ~EXT2_STATE_NEW;
	}
	raw->i_mode = inode->i_mode;
	raw->i_links_count = inode->i_nlink;
	raw->i_size = inode->i_size;
	raw->i_size_high = S_ISREG(inode->i_mode) ? inode->i_size >> 32 : 0;
	raw->i_atime = inode->i_atime.tv_sec;
	raw->i_ctime = inode->i_ctime.tv_sec;
	raw->i_mtime = inode->i_mtime.tv_sec;
	raw->i_dtime = ei->i_dtime;
	raw->i_blocks = inode->i_blocks;
	raw->i_flags = ei->i_flags;
	for (i = 0; i < EXT2_N_BLOCKS; i++)
		raw->i_block[i] = ei->i_data[i];
	mark_buffer_dirty(bh);
	if (wait)
		err = sync_dirty_buffer(bh);
	brelse(bh);
	return err;
}

/*
 * The indexes down the tree to block i_block of a file; the depth (1
 * to 4), 0 if out of range. *boundary: pointers after the last one.
 */
int ext2_block_to_path(struct inode *inode, long i_block, int offsets[4],
		       int *boundary)
{
	int ptrs = inode->i_sb->s_blocksize / sizeof(u32);
	int ptrs_bits = inode->i_sb->s_blocksize_bits - 2;
	const long direct_blocks = EXT2_NDIR_BLOCKS,
		   indirect_blocks = ptrs,
		   double_blocks = 1L << (ptrs_bits * 2);
	int n = 0, final = 0;

	if (i_block < 0) {
		ext2_msg(inode->i_sb, KERN_WARNING,
			 "warn: ext2_block_to_path: block < 0");
	} else if (i_block < direct_blocks) {
		offsets[n++] = i_block;
		final = direct_blocks;
	} else if ((i_block -= direct_blocks) < indirect_blocks) {
		offsets[n++] = EXT2_IND_BLOCK;
		offsets[n++] = i_block;
		final = ptrs;
	} else if ((i_block -= indirect_blocks) < double_blocks) {
		offsets[n++] = EXT2_DIND_BLOCK;
		offsets[n++] = i_block >> ptrs_bits;
		offsets[n++] = i_block & (ptrs - 1);
		final = ptrs;
	} else if (((i_block -= double_blocks) >> (ptrs_bits * 2)) < ptrs) {
		offsets[n++] = EXT2_TIND_BLOCK;
		offsets[n++] = i_block >> (ptrs_bits * 2);
		offsets[n++] = (i_block >> ptrs_bits) & (ptrs - 1);
		offsets[n++] = i_block & (ptrs - 1);
		final = ptrs;
	} else {
		ext2_msg(inode->i_sb, KERN_WARNING,
			 "warn: ext2_block_to_path: block > big");
	}
	if (boundary)
		*boundary = final - 1 - (n ? offsets[n - 1] : 0);
	return n;
}

/* A zeroed block for an indirect array, in the bdev's cache, dirty. */
static unsigned long ext2_alloc_indirect(struct inode *inode,
					 unsigned long goal, int *err)
{
	unsigned long nr = ext2_new_block(inode, goal, err);
	struct buffer_head *bh;

	if (!nr)
		return 0;
	bh = sb_getblk(inode->i_sb, nr);
	if (!bh) {
		ext2_free_blocks(inode, nr, 1);
		*err = -ENOMEM;
		return 0;
	}
	lock_page(bh->b_page);
	memset(bh->b_data, 0, bh->b_size);
	set_buffer_uptodate(bh);
	SetPageUptodate(bh->b_page);
	unlock_page(bh->b_page);
	mark_buffer_dirty(bh);
	brelse(bh);
	return nr;
}

/*
 * Map logical block iblock of inode to a block of the disk in
 * bh_result (mapped; not mapped: a hole). With create, every missing
 * block on the path is allocated, each near the one before it (Linux's
 * ext2_find_goal), the data block's marked new.
 */
int ext2_get_block(struct inode *inode, sector_t iblock,
		   struct buffer_head *bh_result, int create)
{
	struct ext2_inode_info *ei = EXT2_I(inode);
	struct super_block *sb = inode->i_sb;
	struct buffer_head *bh = NULL;
	int offsets[4], depth, i, err = 0;
	unsigned long goal;
	u32 *p;

	depth = ext2_block_to_path(inode, iblock, offsets, NULL);
	if (!depth)
		return -EIO;
	goal = ei->i_block_group * EXT2_SB(sb)->s_blocks_per_group +
	       EXT2_SB(sb)->s_es->s_first_data_block;
	p = &ei->i_data[offsets[0]];
	for (i = 0;; i++) {
		if (!*p) {
			unsigned long nr;

			if (!create)
				break;
			if (i < depth - 1)
				nr = ext2_alloc_indirect(inode, goal, &err);
			else
				nr = ext2_new_block(inode, goal, &err);
			if (!nr)
				break;
			*p = nr;
			if (bh)
				mark_buffer_dirty(bh);
			else
				mark_inode_dirty(inode);
			if (i == depth - 1)
				set_buffer_new(bh_result);
		}
		goal = *p + 1;
		if (i == depth - 1) {
			map_bh(bh_result, sb, *p);
			break;
		}
		brelse(bh);
		bh = sb_bread(sb, *p);
		if (!bh) {
			err = -EIO;
			break;
		}
		p = (u32 *)bh->b_data + offsets[i + 1];
	}
	brelse(bh);
	return err;
}

/* A whole subtree gone: depth levels of arrays above its data blocks. */
static void ext2_free_branches(struct inode *inode, u32 nr, int depth)
{
	if (depth) {
		struct buffer_head *bh = sb_bread(inode->i_sb, nr);
		unsigned int i, n = inode->i_sb->s_blocksize / sizeof(u32);

		if (bh) {
			for (i = 0; i < n; i++)
				if (((u32 *)bh->b_data)[i])
					ext2_free_branches(inode,
						((u32 *)bh->b_data)[i],
						depth - 1);
			brelse(bh);
		}
	}
	ext2_free_blocks(inode, nr, 1);
}

/*
 * Free the blocks of the subtree at *p that map logical blocks from n
 * on; base is the first it maps, span how many each of its pointers
 * maps at depth (1 for data blocks).
 */
static void ext2_truncate_branch(struct inode *inode, u32 *p, int depth,
				 unsigned long base, unsigned long n)
{
	unsigned long ptrs = inode->i_sb->s_blocksize / sizeof(u32), span = 1;
	struct buffer_head *bh;
	unsigned long i;
	int d;

	if (!*p)
		return;
	if (n <= base) {
		ext2_free_branches(inode, *p, depth);
		*p = 0;
		return;
	}
	if (!depth)
		return;
	for (d = 1; d < depth; d++)
		span *= ptrs;
	bh = sb_bread(inode->i_sb, *p);
	if (!bh)
		return;
	for (i = 0; i < ptrs; i++) {
		u32 *q = (u32 *)bh->b_data + i;

		if (base + (i + 1) * span > n && *q) {
			ext2_truncate_branch(inode, q, depth - 1,
					     base + i * span, n);
			mark_buffer_dirty(bh);
		}
	}
	brelse(bh);
}

/* Every block that maps a byte at or past i_size back to the bitmaps. */
static void ext2_truncate_blocks(struct inode *inode)
{
	struct ext2_inode_info *ei = EXT2_I(inode);
	unsigned long ptrs = inode->i_sb->s_blocksize / sizeof(u32);
	unsigned long n = (inode->i_size + inode->i_sb->s_blocksize - 1) >>
			  inode->i_sb->s_blocksize_bits;
	unsigned long base = EXT2_NDIR_BLOCKS, span = ptrs;
	int i;

	for (i = 0; i < EXT2_NDIR_BLOCKS; i++)
		ext2_truncate_branch(inode, &ei->i_data[i], 0, i, n);
	for (i = EXT2_IND_BLOCK; i < EXT2_N_BLOCKS; i++) {
		ext2_truncate_branch(inode, &ei->i_data[i],
				     i - EXT2_IND_BLOCK + 1, base, n);
		base += span;
		span *= ptrs;
	}
	mark_inode_dirty(inode);
}

/*
 * truncate and ftruncate: the cache's pages past the end go, the last
 * block's tail is zeroed (Linux: block_truncate_page) and written, and
 * the blocks past the end are freed.
 */
int ext2_setsize(struct inode *inode, loff_t newsize)
{
	unsigned int offset = newsize & (PAGE_SIZE - 1);
	struct buffer_head bh = { .b_size = PAGE_SIZE };

	if (newsize < inode->i_size && offset &&
	    !ext2_get_block(inode, newsize >> PAGE_SHIFT, &bh, 0) &&
	    buffer_mapped(&bh)) {
		struct page *page = read_cache_page(inode->i_mapping,
						    newsize >> PAGE_SHIFT,
						    ext2_aops.read_folio, NULL);

		if (IS_ERR(page))
			return PTR_ERR(page);
		lock_page(page);
		memset((char *)page_address(page) + offset, 0,
		       PAGE_SIZE - offset);
		set_page_dirty(page);
		unlock_page(page);
		put_page(page);
	}
	truncate_setsize(inode, newsize);
	ext2_truncate_blocks(inode);
	inode->i_mtime = inode->i_ctime = current_time(inode);
	mark_inode_dirty(inode);
	return 0;
}

/*
 * The last reference is gone. Ours has no cache of unused inodes, so
 * a file still linked has its dirty pages written now; an unlinked one
 * loses its blocks and its number (Linux: ext2_evict_inode).
 */
void ext2_evict_inode(struct inode *inode)
{
	struct ext2_inode_info *ei = EXT2_I(inode);

	if (!ei)
		return;
	if (inode->i_nlink) {
		filemap_write_and_wait(inode->i_mapping);
	} else {
		truncate_inode_pages_final(inode->i_mapping);
		ei->i_dtime = ext2_now();
		inode->i_size = 0;
		ext2_truncate_blocks(inode);
		ext2_write_inode(inode, false);
		ext2_free_inode(inode);
	}
	inode->i_private = NULL;
	kfree(ei);
}

static int ext2_read_folio(struct file *file, struct page *page)
{
	(void)file;
	return mpage_read_folio(page, ext2_get_block);
}

static void ext2_readahead(struct readahead_control *rac)
{
	mpage_readahead(rac, ext2_get_block);
}

static int ext2_write_begin(struct file *file, struct address_space *mapping,
			    loff_t pos, unsigned int len, struct page **pagep,
			    void **fsdata)
{
	(void)file;
	(void)fsdata;
	return block_write_begin(mapping, pos, len, pagep, ext2_get_block);
}

static int ext2_writepage(struct page *page, struct writeback_control *wbc)
{
	return block_write_full_page(page, ext2_get_block, wbc);
}

static bool ext2_dirty_folio(struct address_space *mapping, struct page *page)
{
	return block_dirty_folio(mapping, page);  /* Linux: in the table */
}

static ssize_t ext2_direct_IO(struct kiocb *iocb, struct iov_iter *iter,
			      int rw)
{
	struct inode *inode = iocb->ki_filp->f_mapping->host;
	loff_t end = iocb->ki_pos + iter->count;
	ssize_t ret = blockdev_direct_IO(iocb, inode, iter, ext2_get_block,
					 rw);

	if (ret < 0 && rw == WRITE && end > inode->i_size) {
		truncate_pagecache(inode, inode->i_size);
		ext2_truncate_blocks(inode);
	}
	return ret;
}

const struct address_space_operations ext2_aops = {
	.read_folio = ext2_read_folio,
	.readahead = ext2_readahead,
	.write_begin = ext2_write_begin,
	.write_end = generic_write_end,
	.writepage = ext2_writepage,
	.dirty_folio = ext2_dirty_folio,
	.direct_IO = ext2_direct_IO,
};
