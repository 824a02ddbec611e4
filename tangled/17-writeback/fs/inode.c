/* fs/inode.c: inodes, and copies between pages and buffers. */
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

struct kmem_cache *inode_cachep;

struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = kmem_cache_alloc(inode_cachep, GFP_KERNEL);

	if (!inode)
		return NULL;
	memset(inode, 0, sizeof(*inode));
	inode->i_sb = sb;
	inode->i_ino = ++sb->s_next_ino;
	inode->i_count = 1;
	inode->i_nlink = 1;
	inode->i_data.host = inode;
	xa_init(&inode->i_data.i_pages);
	INIT_LIST_HEAD(&inode->i_data.i_mmap);
	inode->i_data.gfp_mask = GFP_HIGHUSER_MOVABLE;
	inode->i_mapping = &inode->i_data;
	list_add(&inode->i_sb_list, &sb->s_inodes);
	return inode;
}

/* The last reference: the pages go with the inode. */
void iput(struct inode *inode)
{
	if (--inode->i_count)
		return;
	if (inode->i_nlink && (inode->i_state & I_DIRTY)) {
		inode->i_state |= I_WILL_FREE;
		write_inode_now(inode, 1);
		inode->i_state &= ~I_WILL_FREE;
	}
	if (inode->i_sb->s_op && inode->i_sb->s_op->evict_inode)
		inode->i_sb->s_op->evict_inode(inode);
	truncate_inode_pages_final(&inode->i_data);
	inode_io_list_del(inode);
	list_del(&inode->i_sb_list);
	kmem_cache_free(inode_cachep, inode);
}

/*
 * The wall clock, cut to the steps the file system keeps: ext2's
 * inodes hold whole seconds, ramfs's and /proc's nanoseconds (Linux:
 * current_time, whose clock is the coarse one, read at the last tick).
 */
struct timespec64 current_time(struct inode *inode)
{
	u64 ns = ktime_get_real_ns();
	struct timespec64 now = {
		.tv_sec = ns / NSEC_PER_SEC,
		.tv_nsec = ns % NSEC_PER_SEC,
	};
	u32 gran = inode->i_sb->s_time_gran;

	if (gran > 1)
		now.tv_nsec -= now.tv_nsec % gran;
	return now;
}

/* A write changes the file: its mtime and ctime become now. */
int file_update_time(struct file *file)
{
	struct inode *inode = file->f_inode;
	struct timespec64 now = current_time(inode);

	if (!timespec64_compare(&inode->i_mtime, &now) &&
	    !timespec64_compare(&inode->i_ctime, &now))
		return 0;		/* nothing to write back */
	inode->i_mtime = inode->i_ctime = now;
	mark_inode_dirty(inode);
	return 0;
}

/*
 * A read or a listing: atime becomes now only if it is not after
 * mtime or ctime, or is a day old (Linux: touch_atime as the default
 * mount option, relatime, has it), so that reading a file again and
 * again does not write its inode each time.
 */
void file_accessed(struct file *file)
{
	struct inode *inode = file->f_inode;
	struct timespec64 now = current_time(inode);

	if (timespec64_compare(&inode->i_mtime, &inode->i_atime) < 0 &&
	    timespec64_compare(&inode->i_ctime, &inode->i_atime) < 0 &&
	    now.tv_sec - inode->i_atime.tv_sec < 24 * 60 * 60)
		return;
	if (!timespec64_compare(&inode->i_atime, &now))
		return;
	inode->i_atime = now;
	mark_inode_dirty(inode);
}

/*
 * A file system with no disk gets a device number of its own, 0:N,
 * the lowest N from 1 up that no mounted one holds (Linux: an IDA of
 * 2^20 numbers; ours has 256).
 */
static unsigned long unnamed_dev_ida[256 / BITS_PER_LONG];

int get_anon_bdev(unsigned int *p)
{
	unsigned int n;

	for (n = 1; n < 256; n++)
		if (!(unnamed_dev_ida[n / BITS_PER_LONG] &
		      1UL << n % BITS_PER_LONG)) {
			unnamed_dev_ida[n / BITS_PER_LONG] |=
				1UL << n % BITS_PER_LONG;
			*p = MKDEV(0, n);
			return 0;
		}
	return -EMFILE;
}

void free_anon_bdev(unsigned int dev)
{
	unsigned int n = MINOR(dev);

	if (!MAJOR(dev) && n && n < 256)
		unnamed_dev_ida[n / BITS_PER_LONG] &=
			~(1UL << n % BITS_PER_LONG);
}

void iov_iter_init(struct iov_iter *i, enum iter_type type, void *base,
		   size_t count)
{
	i->type = type;
	i->base = base;
	i->count = count;
}

size_t copy_to_iter(const void *from, size_t n, struct iov_iter *i)
{
	size_t left;

	n = min(n, i->count);
	if (i->type == ITER_KVEC) {
		memcpy(i->base, from, n);
		left = 0;
	} else {
		left = copy_to_user((void __user *)i->base, from, n);
	}
	n -= left;
	i->base += n;
	i->count -= n;
	return n;
}

size_t copy_from_iter(void *to, size_t n, struct iov_iter *i)
{
	size_t left;

	n = min(n, i->count);
	if (i->type == ITER_KVEC) {
		memcpy(to, i->base, n);
		left = 0;
	} else {
		left = copy_from_user(to, (const void __user *)i->base, n);
	}
	n -= left;
	i->base += n;
	i->count -= n;
	return n;
}

size_t copy_page_to_iter(struct page *page, size_t offset, size_t bytes,
			 struct iov_iter *i)
{
	return copy_to_iter((char *)page_address(page) + offset, bytes, i);
}

size_t copy_page_from_iter(struct page *page, size_t offset, size_t bytes,
			   struct iov_iter *i)
{
	return copy_from_iter((char *)page_address(page) + offset, bytes, i);
}

