/*
 * fs/direct-io.c: O_DIRECT for file systems that map their blocks with
 * a get_block: the data moves by DMA between the disk and the caller's
 * own pages, and the page cache is left aside.
 */
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rmap.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <linux/writeback.h>

#define DIO_BIO_VECS	16	/* pages in a bio: what virtio-blk takes */

/* One transfer (Linux: struct dio and struct dio_submit). */
struct dio {
	struct block_device *bdev;
	int rw;			/* READ or WRITE */
	bool user;		/* base is a user address */
	char *base;		/* the caller's next byte */
	struct bio *bio;	/* being filled */
	sector_t next_sector;	/* where its next byte goes */
	struct page *zero;	/* zeros, for a new block's edges */
	int error;		/* the first the disk reported */
};

/* The disk's smallest transfer: virtio-blk's default, 512 bytes. */
static unsigned int bdev_logical_block_size(struct block_device *bdev)
{
	(void)bdev;
	return SECTOR_SIZE;
}

/* The caller's page at addr, pinned. */
static struct page *dio_get_page(struct dio *dio, const char *addr)
{
	struct page *page;

	if (!dio->user) {
		page = virt_to_page(addr);
		get_page(page);
		return page;
	}
	if (get_user_pages_fast((unsigned long)addr, 1,
				dio->rw == READ ? FOLL_WRITE : 0, &page) != 1)
		return NULL;
	return page;
}

/* The bio being filled, sent and waited for; its pages let go. */
static void dio_bio_submit(struct dio *dio)
{
	struct bio *bio = dio->bio;
	int i, err;

	if (!bio)
		return;
	dio->bio = NULL;
	err = submit_bio_wait(bio);
	if (err && !dio->error)
		dio->error = err;
	for (i = 0; i < bio->bi_vcnt; i++) {
		struct page *page = bio->bi_io_vec[i].bv_page;

		/* a file's page the device wrote into (Linux: should_dirty) */
		if (dio->rw == READ && page->mapping && !PageAnon(page))
			set_page_dirty(page);
		put_page(page);
	}
	bio_put(bio);
}

/* Bytes [off, off + len) of a pinned page to or from sector. */
static int dio_add_page(struct dio *dio, struct page *page, unsigned int off,
			unsigned int len, sector_t sector)
{
	if (dio->bio && (dio->next_sector != sector ||
			 !bio_add_page(dio->bio, page, len, off)))
		dio_bio_submit(dio);
	if (!dio->bio) {
		dio->bio = bio_alloc(dio->bdev, DIO_BIO_VECS,
				     dio->rw == READ ? REQ_OP_READ :
				     REQ_OP_WRITE | REQ_SYNC, GFP_KERNEL);
		if (!dio->bio) {
			put_page(page);
			return -ENOMEM;
		}
		dio->bio->bi_iter.bi_sector = sector;
		bio_add_page(dio->bio, page, len, off);
	}
	dio->next_sector = sector + (len >> SECTOR_SHIFT);
	return 0;
}

/* len bytes of the caller's buffer to or from the disk at sector. */
static int dio_send(struct dio *dio, size_t len, sector_t sector)
{
	while (len) {
		unsigned int off = offset_in_page(dio->base);
		unsigned int n = min(len, PAGE_SIZE - off);
		struct page *page = dio_get_page(dio, dio->base);
		int err;

		if (!page)
			return -EFAULT;
		err = dio_add_page(dio, page, off, n, sector);
		if (err)
			return err;
		dio->base += n;
		len -= n;
		sector += n >> SECTOR_SHIFT;
	}
	return 0;
}

/* A hole read: zeros into the caller's buffer (Linux: zero_user). */
static int dio_zero_user(struct dio *dio, size_t len)
{
	while (len) {
		unsigned int off = offset_in_page(dio->base);
		unsigned int n = min(len, PAGE_SIZE - off);
		struct page *page = dio_get_page(dio, dio->base);

		if (!page)
			return -EFAULT;
		memset((char *)page_address(page) + off, 0, n);
		put_page(page);
		dio->base += n;
		len -= n;
	}
	return 0;
}

/*
 * The part of a block just allocated that the write does not cover:
 * zeros on the disk, not what the block held before it was freed
 * (Linux: dio_zero_block).
 */
static int dio_zero_block(struct dio *dio, size_t len, sector_t sector)
{
	if (!len)
		return 0;
	if (!dio->zero) {
		dio->zero = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
		if (!dio->zero)
			return -ENOMEM;
	}
	get_page(dio->zero);
	return dio_add_page(dio, dio->zero, 0, len, sector);
}

/* One file system block's part of the transfer: [pos, pos + len). */
static int dio_block(struct dio *dio, struct buffer_head *map_bh,
		     unsigned int blkbits, loff_t pos, size_t len)
{
	size_t head = pos & ((1UL << blkbits) - 1);
	size_t tail = (1UL << blkbits) - head - len;
	sector_t sector = map_bh->b_blocknr << (blkbits - SECTOR_SHIFT);
	bool fresh = buffer_new(map_bh) && dio->rw == WRITE;
	int err = 0;

	if (fresh)
		err = dio_zero_block(dio, head, sector);
	if (!err)
		err = dio_send(dio, len, sector + (head >> SECTOR_SHIFT));
	if (!err && fresh)
		err = dio_zero_block(dio, tail,
				     sector + ((head + len) >> SECTOR_SHIFT));
	return err;
}

ssize_t __blockdev_direct_IO(struct kiocb *iocb, struct inode *inode,
			     struct block_device *bdev, struct iov_iter *iter,
			     get_block_t get_block, int rw)
{
	unsigned int i_blkbits = inode->i_sb->s_blocksize_bits, blkbits;
	struct dio dio = { .bdev = bdev, .rw = rw, .base = iter->base,
			   .user = iter->type == ITER_UBUF };
	loff_t offset = iocb->ki_pos, pos = offset;
	loff_t end = offset + iter->count, i_size = inode->i_size;
	loff_t last = i_size ? (i_size - 1) >> i_blkbits : -1;
	unsigned long align = offset | (unsigned long)iter->base |
			      iter->count;
	ssize_t done;
	int err = 0;

	if (rw == READ && (!iter->count || offset >= i_size))
		return 0;
	blkbits = i_blkbits;
	if (align & ((1UL << blkbits) - 1)) {
		blkbits = ilog2(bdev_logical_block_size(bdev));
		if (align & ((1UL << blkbits) - 1))
			return -EINVAL;
	}
	while (pos < end && !err && !dio.error) {
		sector_t block = pos >> i_blkbits;
		loff_t next = (loff_t)(block + 1) << i_blkbits;
		size_t len = min(end, next) - pos;
		struct buffer_head map_bh = { .b_size = 1UL << i_blkbits };
		/* a hole inside the file is not filled (DIO_SKIP_HOLES) */
		int create = rw == WRITE && (loff_t)block > last;

		err = get_block(inode, block, &map_bh, create);
		if (err)
			break;
		if (!buffer_mapped(&map_bh)) {
			loff_t eof = round_up(i_size, 1L << blkbits);

			if (rw == WRITE || pos >= eof)
				break;
			len = min((loff_t)len, eof - pos);
			err = dio_zero_user(&dio, len);
		} else {
			err = dio_block(&dio, &map_bh, i_blkbits, pos, len);
		}
		if (!err)
			pos += len;
	}
	dio_bio_submit(&dio);
	if (dio.zero)
		put_page(dio.zero);
	if (dio.error)
		return dio.error;
	done = pos - offset;
	if (!done && err)
		return err;
	if (rw == READ && offset + done > i_size)
		done = i_size - offset;
	iter->base += done;
	iter->count -= done;
	return done;
}
