#ifndef _LINUX_BUFFER_HEAD_H
#define _LINUX_BUFFER_HEAD_H
/*
 * A block of a disk in the block device's page cache. Our blocks are
 * 4096 bytes, a page each: a page holds one buffer_head, never a ring
 * of several as Linux's smaller blocks need (b_this_page).
 */
#include <linux/blk_types.h>
#include <linux/fs.h>
#include <linux/mm_types.h>

enum bh_state_bits {		/* Linux 6.1's numbers */
	BH_Uptodate,		/* holds the disk's data */
	BH_Dirty,		/* changed: to be written */
	BH_Lock,
	BH_Req,
	BH_Mapped,		/* b_blocknr is a block of the disk */
	BH_New,			/* get_block just allocated it */
	BH_Async_Read,		/* being read (Linux's async read path) */
	BH_Async_Write,		/* being written by writepage */
	BH_Delay,		/* not allocated yet (ext4's delalloc) */
	BH_Boundary,		/* the last of a run of blocks */
	BH_Write_EIO,		/* its last write failed */
};

struct buffer_head {
	unsigned long b_state;
	struct page *b_page;		/* the page it is in */
	sector_t b_blocknr;		/* in blocks of b_size */
	size_t b_size;
	char *b_data;			/* the bytes, in b_page */
	struct block_device *b_bdev;
	int b_count;			/* users (get_bh, brelse) */
};

#define BUFFER_FNS(bit, name)						\
static inline int buffer_##name(const struct buffer_head *bh)		\
{									\
	return (bh->b_state >> BH_##bit) & 1;				\
}									\
static inline void set_buffer_##name(struct buffer_head *bh)		\
{									\
	bh->b_state |= 1UL << BH_##bit;					\
}									\
static inline void clear_buffer_##name(struct buffer_head *bh)		\
{									\
	bh->b_state &= ~(1UL << BH_##bit);				\
}

BUFFER_FNS(Uptodate, uptodate)
BUFFER_FNS(Dirty, dirty)
BUFFER_FNS(Mapped, mapped)
BUFFER_FNS(New, new)
BUFFER_FNS(Async_Write, async_write)
BUFFER_FNS(Write_EIO, write_io_error)

static inline void map_bh(struct buffer_head *bh, struct super_block *sb,
			  sector_t block)
{
	set_buffer_mapped(bh);
	bh->b_bdev = sb->s_bdev;
	bh->b_blocknr = block;
	bh->b_size = sb->s_blocksize;
}

static inline struct buffer_head *page_buffers(struct page *page)
{
	return PagePrivate(page) ? (struct buffer_head *)page->private :
				   NULL;
}

static inline void get_bh(struct buffer_head *bh)
{
	bh->b_count++;
}

/* What a file system gives the generic code: block iblock of inode. */
typedef int(get_block_t)(struct inode *inode, sector_t iblock,
			 struct buffer_head *bh_result, int create);

struct writeback_control;

struct buffer_head *__bread(struct block_device *bdev, sector_t block,
			    unsigned int size);
struct buffer_head *__getblk(struct block_device *bdev, sector_t block,
			     unsigned int size);
void brelse(struct buffer_head *bh);
void mark_buffer_dirty(struct buffer_head *bh);
int sync_dirty_buffer(struct buffer_head *bh);
int sync_blockdev(struct block_device *bdev);
int blkdev_issue_flush(struct block_device *bdev);
void kill_bdev(struct block_device *bdev);
struct address_space *bdev_mapping(struct block_device *bdev);

int block_write_begin(struct address_space *mapping, loff_t pos,
		      unsigned int len, struct page **pagep,
		      get_block_t *get_block);
int generic_write_end(struct file *file, struct address_space *mapping,
		      loff_t pos, unsigned int len, unsigned int copied,
		      struct page *page, void *fsdata);
int block_write_full_page(struct page *page, get_block_t *get_block,
			  struct writeback_control *wbc);
int mpage_read_folio(struct page *page, get_block_t *get_block);
void mpage_readahead(struct readahead_control *rac, get_block_t *get_block);

static inline struct buffer_head *sb_bread(struct super_block *sb,
					   sector_t block)
{
	return __bread(sb->s_bdev, block, sb->s_blocksize);
}

static inline struct buffer_head *sb_getblk(struct super_block *sb,
					   sector_t block)
{
	return __getblk(sb->s_bdev, block, sb->s_blocksize);
}

/* O_DIRECT on a file system of get_blocks (fs/direct-io.c). */
ssize_t __blockdev_direct_IO(struct kiocb *iocb, struct inode *inode,
			     struct block_device *bdev, struct iov_iter *iter,
			     get_block_t get_block, int rw);

static inline ssize_t blockdev_direct_IO(struct kiocb *iocb,
					 struct inode *inode,
					 struct iov_iter *iter,
					 get_block_t get_block, int rw)
{
	return __blockdev_direct_IO(iocb, inode, inode->i_sb->s_bdev, iter,
				    get_block, rw);
}
#endif
