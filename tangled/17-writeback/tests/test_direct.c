/* tests/test_direct.c: O_DIRECT's transfer, on a disk in memory. */
#include "tests.h"
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/string.h>

#define DISK_BLOCKS	16
#define FILE_BLOCKS	4

static unsigned char disk[DISK_BLOCKS * 4096];
static unsigned int map[FILE_BLOCKS];	/* the file's blocks; 0: a hole */
static unsigned int next_free, bios;
static struct super_block sb;
static struct inode inode;
static char *buf;			/* two pages, for the transfers */

/* The device: every request copied at once, and counted. */
static blk_status_t ram_queue_rq(struct request *rq)
{
	struct bio *bio = rq->bio;
	size_t pos = bio->bi_iter.bi_sector << SECTOR_SHIFT;
	unsigned int i;

	bios++;
	for (i = 0; i < bio->bi_vcnt; i++) {
		struct bio_vec *bv = &bio->bi_io_vec[i];
		char *p = (char *)page_address(bv->bv_page) + bv->bv_offset;

		if (bio_op(bio) == REQ_OP_WRITE)
			memcpy(disk + pos, p, bv->bv_len);
		else
			memcpy(p, disk + pos, bv->bv_len);
		pos += bv->bv_len;
	}
	blk_mq_end_request(rq, BLK_STS_OK);
	return BLK_STS_OK;
}

static const struct blk_mq_ops ram_mq_ops = { .queue_rq = ram_queue_rq };

/* The file's block map: map[], allocating from next_free on create. */
static int map_get_block(struct inode *in, sector_t iblock,
			 struct buffer_head *bh, int create)
{
	(void)in;
	if (iblock >= FILE_BLOCKS)
		return -EIO;
	if (!map[iblock] && create) {
		map[iblock] = next_free++;
		set_buffer_new(bh);
	}
	if (map[iblock])
		map_bh(bh, &sb, map[iblock]);
	return 0;
}

static void direct_setup(void)
{
	struct gendisk *d;
	unsigned int i;

	host_test_setup();
	current->files = dup_fd(NULL);
	ck_assert_ptr_nonnull(current->files);
	for (i = 0; i < DISK_BLOCKS; i++)	/* block i holds 'a' + i */
		memset(disk + i * 4096, 'a' + i, 4096);
	d = blk_mq_alloc_disk(&ram_mq_ops, 0, NULL);
	ck_assert_ptr_nonnull(d);
	strscpy(d->disk_name, "rd", sizeof(d->disk_name));
	d->major = 254;
	d->first_minor = 48;
	set_capacity(d, DISK_BLOCKS * 8);
	ck_assert_int_eq(device_add_disk(d), 0);
	sb.s_bdev = d->part0;
	sb.s_blocksize = 4096;
	sb.s_blocksize_bits = 12;
	inode.i_sb = &sb;
	memset(map, 0, sizeof(map));
	next_free = 10;
	buf = page_address(alloc_pages(GFP_KERNEL, 1));
	ck_assert_ptr_nonnull(buf);
}

static void direct_teardown(void)
{
	exit_files(current);
}

/* A direct transfer of count bytes at pos, to or from buf + off. */
static ssize_t dio(int rw, loff_t pos, size_t off, size_t count)
{
	struct kiocb iocb = { .ki_pos = pos };
	struct iov_iter iter;

	iov_iter_init(&iter, ITER_KVEC, buf + off, count);
	bios = 0;
	return __blockdev_direct_IO(&iocb, &inode, sb.s_bdev, &iter,
				    map_get_block, rw);
}

static bool all(const void *p, int c, size_t n)
{
	const unsigned char *q = p;

	while (n--)
		if (*q++ != c)
			return false;
	return true;
}

START_TEST(test_alignment_to_the_sector_or_einval)
{
	inode.i_size = 8192;
	map[0] = 5;
	map[1] = 6;
	ck_assert_int_eq(dio(READ, 100, 0, 4096), -EINVAL);
	ck_assert_int_eq(dio(READ, 0, 8, 4096), -EINVAL);
	ck_assert_int_eq(dio(READ, 0, 0, 1000), -EINVAL);
	ck_assert_int_eq(dio(WRITE, 100, 0, 512), -EINVAL);
	ck_assert_int_eq(dio(READ, 8193, 0, 7), 0);	/* past the end */
	/* sectors: 512 bytes at 512, from the middle of block 5 */
	ck_assert_int_eq(dio(READ, 512, 512, 512), 512);
	ck_assert(all(buf + 512, 'a' + 5, 512));
	/* two pieces of the file, contiguous on the disk: one bio */
	ck_assert_int_eq(dio(READ, 0, 0, 8192), 8192);
	ck_assert_uint_eq(bios, 1);
	ck_assert(all(buf, 'a' + 5, 4096) && all(buf + 4096, 'a' + 6, 4096));
	map[1] = 9;
	ck_assert_int_eq(dio(READ, 0, 0, 8192), 8192);
	ck_assert_uint_eq(bios, 2);
	ck_assert(all(buf + 4096, 'a' + 9, 4096));
}
END_TEST

START_TEST(test_a_hole_reads_as_zeros_and_the_end_of_the_file_stops_it)
{
	inode.i_size = 4096 + 1000;
	map[0] = 5;
	memset(buf, 0xff, 8192);
	ck_assert_int_eq(dio(READ, 0, 0, 8192), 4096 + 1000);
	ck_assert(all(buf, 'a' + 5, 4096));
	ck_assert(all(buf + 4096, 0, 4096));	/* the unit is the block */
	/* in sectors, the zeros stop at the end rounded up to 512 */
	memset(buf, 0xff, 8192);
	ck_assert_int_eq(dio(READ, 4096, 0, 2048), 1000);
	ck_assert(all(buf, 0, 1024) && all(buf + 1024, 0xff, 1024));
}
END_TEST

START_TEST(test_a_write_past_the_end_allocates_and_zeros_the_rest)
{
	inode.i_size = 0;
	memset(buf, 'w', 512);
	ck_assert_int_eq(dio(WRITE, 1024, 0, 512), 512);
	ck_assert_uint_eq(map[0], 10);
	ck_assert(all(disk + 10 * 4096, 0, 1024));
	ck_assert(all(disk + 10 * 4096 + 1024, 'w', 512));
	ck_assert(all(disk + 10 * 4096 + 1536, 0, 4096 - 1536));
	/* the block is no longer new: a write leaves its other bytes */
	inode.i_size = 1536;
	memset(buf, 'v', 512);
	ck_assert_int_eq(dio(WRITE, 0, 0, 512), 512);
	ck_assert(all(disk + 10 * 4096, 'v', 512));
	ck_assert(all(disk + 10 * 4096 + 1024, 'w', 512));
}
END_TEST

START_TEST(test_a_write_stops_at_a_hole_inside_the_file)
{
	inode.i_size = 8192;
	map[1] = 6;
	memset(buf, 'w', 8192);
	ck_assert_int_eq(dio(WRITE, 0, 0, 8192), 0);
	ck_assert_uint_eq(map[0], 0);		/* nothing allocated */
	ck_assert(all(disk + 6 * 4096, 'a' + 6, 4096));
	ck_assert_int_eq(dio(WRITE, 4096, 0, 4096), 4096);
	ck_assert(all(disk + 6 * 4096, 'w', 4096));
}
END_TEST

/* A clean and a dirty page in a ramfs file's cache. */
static struct address_space *two_pages(struct page **clean,
				       struct page **dirty)
{
	struct file *f = do_filp_open(AT_FDCWD, "/c",
				      O_CREAT | O_RDWR, 0644);
	struct address_space *m;

	ck_assert(!IS_ERR(f));
	m = f->f_mapping;
	fput(f);
	*clean = alloc_pages(GFP_KERNEL, 0);
	*dirty = alloc_pages(GFP_KERNEL, 0);
	ck_assert_int_eq(add_to_page_cache_lru(*clean, m, 0, GFP_KERNEL), 0);
	ck_assert_int_eq(add_to_page_cache_lru(*dirty, m, 1, GFP_KERNEL), 0);
	SetPageUptodate(*clean);
	SetPageUptodate(*dirty);
	SetPageDirty(*dirty);
	unlock_page(*clean);
	unlock_page(*dirty);
	return m;
}

START_TEST(test_invalidation_drops_clean_pages_and_keeps_dirty_ones)
{
	struct page *clean, *dirty;
	struct address_space *m = two_pages(&clean, &dirty);

	ck_assert_uint_eq(m->nrpages, 2);
	ck_assert_int_eq(invalidate_inode_pages2_range(m, 0, 1), -EBUSY);
	ck_assert_uint_eq(m->nrpages, 1);
	ck_assert_ptr_eq(find_get_page(m, 1), dirty);
	put_page(dirty);
	ck_assert_ptr_null(find_get_page(m, 0));
	ClearPageDirty(dirty);
	ck_assert_int_eq(invalidate_inode_pages2_range(m, 0, 1), 0);
	ck_assert_uint_eq(m->nrpages, 0);
	put_page(clean);
	put_page(dirty);
}
END_TEST

START_TEST(test_invalidate_mapping_pages_drops_what_it_can)
{
	struct page *clean, *dirty;
	struct address_space *m = two_pages(&clean, &dirty);

	ck_assert_uint_eq(invalidate_mapping_pages(m, 0, 1), 0); /* held */
	put_page(clean);
	ck_assert_uint_eq(invalidate_mapping_pages(m, 0, 1), 1);
	ck_assert_uint_eq(m->nrpages, 1);
	lock_page(dirty);
	ClearPageDirty(dirty);
	put_page(dirty);		/* the cache's reference is left */
	ck_assert_uint_eq(invalidate_mapping_pages(m, 0, 1), 0); /* locked */
	unlock_page(dirty);
	ck_assert_uint_eq(invalidate_mapping_pages(m, 0, 1), 1);
	ck_assert_uint_eq(m->nrpages, 0);
}
END_TEST

START_TEST(test_o_direct_needs_a_direct_io)
{
	struct file *f = do_filp_open(AT_FDCWD, "/r", O_CREAT | O_RDWR |
				      O_DIRECT, 0644);

	ck_assert(IS_ERR(f));
	ck_assert_int_eq(PTR_ERR(f), -EINVAL);
	f = do_filp_open(AT_FDCWD, "/r", O_RDWR, 0);
	ck_assert(!IS_ERR(f));
	ck_assert(!(f->f_mode & FMODE_CAN_ODIRECT));
	fput(f);
}
END_TEST

Suite *direct_suite(void)
{
	Suite *s = suite_create("direct");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, direct_setup, direct_teardown);
	tcase_add_test(tc, test_alignment_to_the_sector_or_einval);
	tcase_add_test(tc,
		test_a_hole_reads_as_zeros_and_the_end_of_the_file_stops_it);
	tcase_add_test(tc,
		test_a_write_past_the_end_allocates_and_zeros_the_rest);
	tcase_add_test(tc, test_a_write_stops_at_a_hole_inside_the_file);
	tcase_add_test(tc,
		test_invalidation_drops_clean_pages_and_keeps_dirty_ones);
	tcase_add_test(tc, test_invalidate_mapping_pages_drops_what_it_can);
	tcase_add_test(tc, test_o_direct_needs_a_direct_io);
	suite_add_tcase(s, tc);
	return s;
}
