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

bool sb_is_blkdev_sb(struct super_block *sb)
{
	return sb == &blockdev_superblock;
}

/*
 * The dirty_folio of a file system with buffer heads: the buffer is
 * dirty, then the page (Linux: every buffer of the page).
 */
bool block_dirty_folio(struct address_space *mapping, struct page *page)
{
	struct buffer_head *bh = page_buffers(page);

	if (bh)
		set_buffer_dirty(bh);
	return filemap_dirty_folio(mapping, page);
}

/* The device a disk's inode writes back to (Linux: I_BDEV's disk's). */
struct backing_dev_info *bdev_inode_to_bdi(struct inode *inode)
{
	struct block_device *bdev = blkdev_get_by_dev(inode->i_rdev);

	return bdev && bdev->bd_disk->bdi ? bdev->bd_disk->bdi :
					    &noop_backing_dev_info;
}

/* A block of the disk is block iblock of its inode. */
static int blkdev_get_block(struct inode *inode, sector_t iblock,
			    struct buffer_head *bh, int create)
{
	(void)create;
	bh->b_bdev = blkdev_get_by_dev(inode->i_rdev);
	bh->b_blocknr = iblock;
	set_buffer_mapped(bh);
	return 0;
}

static int blkdev_writepage(struct page *page, struct writeback_control *wbc)
{
	return block_write_full_page(page, blkdev_get_block, wbc);
}

static const struct address_space_operations def_blk_aops = {
	.dirty_folio = block_dirty_folio,
	.writepage = blkdev_writepage,
};

static void buffer_io_error(struct buffer_head *bh, const char *msg)
{
	static unsigned long begin;
	static int printed, missed;

	if (!begin || time_after(jiffies, begin + 5 * HZ)) {
		if (missed)
			pr_warn("buffer_io_error: %d callbacks suppressed\n",
				missed);
		begin = jiffies;
		printed = missed = 0;
	}
	if (printed++ >= 10) {
		missed++;
		return;
	}
	pr_err("Buffer I/O error on dev %s, logical block %llu%s\n",
	       bh->b_bdev->bd_disk->disk_name,
	       (unsigned long long)bh->b_blocknr, msg);
}

/* A write's flags: someone waits for it, or it is background work. */
#define REQ_BACKGROUND		(1U << 20)	/* Linux: blk_types.h */

static inline blk_opf_t wbc_to_write_flags(struct writeback_control *wbc)
{
	if (wbc->sync_mode == WB_SYNC_ALL)
		return REQ_SYNC;
	if (wbc->for_kupdate || wbc->for_background)
		return REQ_BACKGROUND;
	return 0;
}

static void end_bio_bh_io_sync(struct bio *bio)
{
	complete(bio->bi_private);
}

/*
 * bh's block to the disk with the writeback's flags, waited for (Linux
 * returns once the bio is sent: see block_write_full_page).
 */
static int submit_bh_wbc(blk_opf_t opf, struct buffer_head *bh)
{
	struct bio *bio = bio_alloc(bh->b_bdev, 1, opf, GFP_NOIO);
	struct completion done;
	int err;

	if (!bio)
		return -ENOMEM;
	bio->bi_iter.bi_sector = bh->b_blocknr * (bh->b_size >> 9);
	bio_add_page(bio, bh->b_page, bh->b_size, 0);
	init_completion(&done);
	bio->bi_private = &done;
	bio->bi_end_io = end_bio_bh_io_sync;
	submit_bio(bio);
	wait_for_completion(&done);
	err = blk_status_to_errno(bio->bi_status);
	bio_put(bio);
	return err;
}

/* The write failed: the buffer says so, and so does its mapping. */
static void mark_buffer_write_io_error(struct buffer_head *bh)
{
	set_buffer_write_io_error(bh);
	if (bh->b_page && bh->b_page->mapping)
		mapping_set_error(bh->b_page->mapping, -EIO);
}

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

/* bh's block written now and waited for; -EIO if the write failed. */
int sync_dirty_buffer(struct buffer_head *bh)
{
	struct writeback_control wbc = {
		.sync_mode = WB_SYNC_ALL,
		.nr_to_write = 1,
	};
	struct page *page = bh->b_page;

	lock_page(page);
	wait_on_page_writeback(page);
	if (!buffer_dirty(bh) || !clear_page_dirty_for_io(page)) {
		unlock_page(page);
		return 0;
	}
	block_write_full_page(page, blkdev_get_block, &wbc);
	return buffer_uptodate(bh) ? 0 : -EIO;
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
 * Every dirty block of the disk, written and waited for, then the
 * disk's own cache; an error is reported once (the mapping's AS_EIO).
 */
int sync_blockdev(struct block_device *bdev)
{
	struct address_space *mapping = bdev_mapping(bdev);
	int err, e;

	if (!mapping)
		return -ENOMEM;
	err = filemap_write_and_wait(mapping);
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

static void end_buffer_async_write(struct buffer_head *bh, int uptodate);

/*
 * Write one locked page, cleaned by the caller, to its block. The part
 * past the end of the file goes out as zeros; a page whose buffer is
 * clean (its block freed) ends a write that writes nothing.
 */
int block_write_full_page(struct page *page, get_block_t *get_block,
			  struct writeback_control *wbc)
{
	struct inode *inode = page->mapping->host;
	struct buffer_head tmp = { .b_size = PAGE_SIZE, .b_page = page };
	struct buffer_head *bh = page_buffers(page) ? page_buffers(page) :
						      &tmp;
	loff_t end = (loff_t)(page->index + 1) << PAGE_SHIFT;
	int err = 0;

	if ((loff_t)page->index << PAGE_SHIFT >= inode->i_size) {
		unlock_page(page);	/* truncated meanwhile */
		return 0;
	}
	if (end > inode->i_size)
		memset((char *)page_address(page) +
		       (inode->i_size & (PAGE_SIZE - 1)), 0,
		       end - inode->i_size);
	if (!buffer_mapped(bh))
		err = get_block(inode, page->index, bh, 1);
	set_page_writeback(page);
	unlock_page(page);
	if (err) {		/* no block for it: it is lost */
		SetPageError(page);
		mapping_set_error(page->mapping, err);
		end_page_writeback(page);
		return err;
	}
	if (bh != &tmp && !buffer_dirty(bh)) {
		end_page_writeback(page);
		return 0;
	}
	clear_buffer_dirty(bh);
	set_buffer_async_write(bh);
	err = submit_bh_wbc(REQ_OP_WRITE | wbc_to_write_flags(wbc), bh);
	end_buffer_async_write(bh, !err);
	return 0;
}

/* The write of bh's page is over, well or not (Linux: the same). */
static void end_buffer_async_write(struct buffer_head *bh, int uptodate)
{
	struct page *page = bh->b_page;

	if (uptodate) {
		set_buffer_uptodate(bh);
	} else {
		buffer_io_error(bh, ", lost async page write");
		mark_buffer_write_io_error(bh);
		clear_buffer_uptodate(bh);
		SetPageError(page);
	}
	clear_buffer_async_write(bh);
	end_page_writeback(page);
}

/* fsync's half: the file's dirty pages written, and any earlier error. */
int filemap_write_and_wait(struct address_space *mapping)
{
	return filemap_write_and_wait_range(mapping, 0, LLONG_MAX);
}
