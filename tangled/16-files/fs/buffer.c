/*
 * fs/buffer.c: the block device's own page cache (Linux's "buffer
 * cache" since 2.4), buffer_heads, and the generic code that moves a
 * file's pages to and from the blocks a file system's get_block names.
 */
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/writeback.h>

/* The bdev inodes' super block (Linux: bdev's pseudo file system). */
static struct super_block blockdev_superblock = {
	.s_type = "bdev",
	.s_inodes = LIST_HEAD_INIT(blockdev_superblock.s_inodes),
};

static bool bdev_dirty_folio(struct address_space *mapping,
			     struct page *page)
{
	(void)mapping;
	SetPageDirty(page);
	return true;
}

static const struct address_space_operations def_blk_aops = {
	.dirty_folio = bdev_dirty_folio,
};

/*
 * The disk's blocks as the pages of an inode: page i holds bytes
 * i * 4096 on (Linux: bdev->bd_inode, made with the block_device).
 */
struct address_space *bdev_mapping(struct block_device *bdev)
{
	struct inode *inode = bdev->bd_inode;

	if (!inode) {
		inode = new_inode(&blockdev_superblock);
		if (!inode)
			return NULL;
		inode->i_mode = S_IFBLK;
		inode->i_rdev = bdev->bd_dev;
		inode->i_size = (loff_t)bdev->bd_nr_sectors << SECTOR_SHIFT;
		inode->i_mapping->a_ops = &def_blk_aops;
		inode->i_mapping->gfp_mask = GFP_KERNEL;
		bdev->bd_inode = inode;
	}
	return inode->i_mapping;
}

/* One page of bh's block to or from the disk, waited for. */
static int submit_bh_wait(blk_opf_t opf, struct buffer_head *bh)
{
	struct bio *bio = bio_alloc(bh->b_bdev, 1, opf, GFP_NOIO);
	int err;

	if (!bio)
		return -ENOMEM;
	bio->bi_iter.bi_sector = bh->b_blocknr * (bh->b_size >> 9);
	bio_add_page(bio, bh->b_page, bh->b_size, 0);
	err = submit_bio_wait(bio);
	bio_put(bio);
	return err;
}

/*
 * The buffer_head of a block, in its page of the bdev's cache, held;
 * read or not. Only blocks of a page: anything else is refused.
 */
struct buffer_head *__getblk(struct block_device *bdev, sector_t block,
			     unsigned int size)
{
	struct address_space *mapping = bdev_mapping(bdev);
	struct buffer_head *bh;
	struct page *page;

	if (size != PAGE_SIZE || !mapping) {
		pr_err("getblk(): invalid block size %u requested\n", size);
		return NULL;
	}
	page = find_or_create_page(mapping, block, mapping->gfp_mask);
	if (!page)
		return NULL;
	bh = page_buffers(page);
	if (!bh) {
		bh = kzalloc(sizeof(*bh), GFP_NOFS);
		if (!bh) {
			unlock_page(page);
			put_page(page);
			return NULL;
		}
		bh->b_page = page;
		bh->b_blocknr = block;
		bh->b_size = size;
		bh->b_data = page_address(page);
		bh->b_bdev = bdev;
		set_buffer_mapped(bh);
		if (PageUptodate(page))
			set_buffer_uptodate(bh);
		page->private = (unsigned long)bh;
		SetPagePrivate(page);
		get_page(page);		/* the buffer's (attach_page_private) */
	}
	get_bh(bh);
	unlock_page(page);
	put_page(page);
	return bh;
}

struct buffer_head *__bread(struct block_device *bdev, sector_t block,
			    unsigned int size)
{
	struct buffer_head *bh = __getblk(bdev, block, size);

	if (!bh || buffer_uptodate(bh))
		return bh;
	lock_page(bh->b_page);
	if (!buffer_uptodate(bh)) {
		if (submit_bh_wait(REQ_OP_READ, bh)) {
			unlock_page(bh->b_page);
			brelse(bh);
			return NULL;
		}
		set_buffer_uptodate(bh);
		SetPageUptodate(bh->b_page);
	}
	unlock_page(bh->b_page);
	return bh;
}

void brelse(struct buffer_head *bh)
{
	if (bh)
		bh->b_count--;
}

void mark_buffer_dirty(struct buffer_head *bh)
{
	set_buffer_dirty(bh);
	set_page_dirty(bh->b_page);
}

int sync_dirty_buffer(struct buffer_head *bh)
{
	int err = 0;

	lock_page(bh->b_page);
	if (buffer_dirty(bh)) {
		clear_buffer_dirty(bh);
		ClearPageDirty(bh->b_page);
		err = submit_bh_wait(REQ_OP_WRITE | REQ_SYNC, bh);
		if (err) {
			set_buffer_dirty(bh);
			SetPageDirty(bh->b_page);
		}
	}
	unlock_page(bh->b_page);
	return err;
}

/*
 * The last user of the disk let go (unmount): its cached blocks are
 * dropped, their buffer heads first, so that the next mount reads the
 * disk again (Linux: kill_bdev, when the last opener closes it).
 */
void kill_bdev(struct block_device *bdev)
{
	struct address_space *mapping = bdev_mapping(bdev);
	unsigned long index;
	struct page *page;

	if (!mapping)
		return;
	xa_for_each(&mapping->i_pages, index, page) {
		struct buffer_head *bh = page_buffers(page);

		if (!bh)
			continue;
		if (bh->b_count)
			pr_err("VFS: kill_bdev: block %llu still held\n",
			       (unsigned long long)bh->b_blocknr);
		page->private = 0;
		ClearPagePrivate(page);
		kfree(bh);
		put_page(page);		/* the buffer's */
	}
	truncate_inode_pages(mapping, 0);
}

/* The disk's own write cache to the medium (a FLUSH request). */
int blkdev_issue_flush(struct block_device *bdev)
{
	struct bio *bio = bio_alloc(bdev, 0, REQ_OP_FLUSH, GFP_KERNEL);
	int err;

	if (!bio)
		return -ENOMEM;
	err = submit_bio_wait(bio);
	bio_put(bio);
	return err;
}

/*
 * Every dirty block of the disk, written and waited for; the first
 * error is returned. Chapter 17's flusher writes them in the
 * background; until then fsync and sync come here.
 */
int sync_blockdev(struct block_device *bdev)
{
	struct address_space *mapping = bdev_mapping(bdev);
	unsigned long index;
	struct page *page;
	int err = 0, e;

	if (!mapping)
		return -ENOMEM;
	xa_for_each(&mapping->i_pages, index, page) {
		struct buffer_head *bh = page_buffers(page);

		if (bh && buffer_dirty(bh) && (e = sync_dirty_buffer(bh)) &&
		    !err)
			err = e;
	}
	e = blkdev_issue_flush(bdev);
	return err ? err : e;
}

/*
 * Writing a file: the page at pos, locked, with its block allocated
 * (get_block with create). A new block is zeroed rather than read; an
 * old one is read unless the write covers the whole page.
 */
int block_write_begin(struct address_space *mapping, loff_t pos,
		      unsigned int len, struct page **pagep,
		      get_block_t *get_block)
{
	struct inode *inode = mapping->host;
	struct buffer_head bh = { .b_size = PAGE_SIZE };
	unsigned int from = pos & (PAGE_SIZE - 1);
	struct page *page;
	int err;

	page = grab_cache_page_write_begin(mapping, pos >> PAGE_SHIFT);
	if (!page)
		return -ENOMEM;
	if (!PageUptodate(page)) {
		err = get_block(inode, page->index, &bh, 1);
		if (err)
			goto fail;
		bh.b_page = page;
		if (buffer_new(&bh)) {
			memset(page_address(page), 0, PAGE_SIZE);
			SetPageUptodate(page);
		} else if (from || len < PAGE_SIZE) {
			err = submit_bh_wait(REQ_OP_READ, &bh);
			if (err)
				goto fail;
			SetPageUptodate(page);
		}
	}
	*pagep = page;
	return 0;
fail:
	unlock_page(page);
	put_page(page);
	return err;
}

/* copied bytes are in the page: dirty it, and grow the file. */
int generic_write_end(struct file *file, struct address_space *mapping,
		      loff_t pos, unsigned int len, unsigned int copied,
		      struct page *page, void *fsdata)
{
	struct inode *inode = mapping->host;

	(void)file;
	(void)fsdata;
	if (!PageUptodate(page)) {
		if (copied < len)	/* a short copy of a whole page */
			copied = 0;
		else
			SetPageUptodate(page);
	}
	if (copied)
		set_page_dirty(page);
	unlock_page(page);
	put_page(page);
	if (pos + copied > inode->i_size) {
		inode->i_size = pos + copied;
		mark_inode_dirty(inode);
	}
	return copied;
}

/*
 * Write one locked, dirty page of a file to its block, and wait (Linux
 * starts the write and lets the bio's end unlock the page; chapter 17
 * does that). The part past the end of the file goes out as zeros.
 */
int block_write_full_page(struct page *page, get_block_t *get_block,
			  struct writeback_control *wbc)
{
	struct inode *inode = page->mapping->host;
	struct buffer_head bh = { .b_size = PAGE_SIZE, .b_page = page };
	loff_t end = (loff_t)(page->index + 1) << PAGE_SHIFT;
	int err;

	(void)wbc;
	ClearPageDirty(page);
	if ((loff_t)page->index << PAGE_SHIFT >= inode->i_size) {
		unlock_page(page);	/* truncated meanwhile */
		return 0;
	}
	if (end > inode->i_size)
		memset((char *)page_address(page) +
		       (inode->i_size & (PAGE_SIZE - 1)), 0,
		       end - inode->i_size);
	err = get_block(inode, page->index, &bh, 1);
	if (!err)
		err = submit_bh_wait(REQ_OP_WRITE, &bh);
	if (err) {
		SetPageDirty(page);
		mapping_set_error(page->mapping, err);
	}
	unlock_page(page);
	return err;
}

/* Every dirty page of a mapping through its writepage, in order. */
int generic_writepages(struct address_space *mapping,
		       struct writeback_control *wbc)
{
	unsigned long index;
	struct page *page;
	int err = 0, e;

	if (!mapping->a_ops->writepage)
		return 0;
	xa_for_each(&mapping->i_pages, index, page) {
		if (!PageDirty(page))
			continue;
		get_page(page);
		lock_page(page);
		if (PageDirty(page) && page->mapping == mapping) {
			e = mapping->a_ops->writepage(page, wbc);
			if (e && !err)
				err = e;
			wbc->nr_to_write--;
		} else {
			unlock_page(page);
		}
		put_page(page);
	}
	return err;
}

/* fsync's half: the file's dirty pages written, and any earlier error. */
int filemap_write_and_wait(struct address_space *mapping)
{
	struct writeback_control wbc = {
		.nr_to_write = __LONG_MAX__,
		.sync_mode = WB_SYNC_ALL,
	};
	int err = mapping->a_ops->writepages ?
		  mapping->a_ops->writepages(mapping, &wbc) :
		  generic_writepages(mapping, &wbc);

	if (mapping->flags & (1UL << AS_EIO | 1UL << AS_ENOSPC)) {
		if (!err)
			err = mapping->flags & 1UL << AS_ENOSPC ? -ENOSPC :
								 -EIO;
		mapping->flags &= ~(1UL << AS_EIO | 1UL << AS_ENOSPC);
	}
	return err;
}
