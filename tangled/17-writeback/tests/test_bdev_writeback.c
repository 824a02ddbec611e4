/* tests/test_bdev_writeback.c: a disk's own pages under writeback. */
#include "tests.h"
#include <linux/backing-dev.h>
#include <linux/blkdev.h>
#include <linux/buffer_head.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include <linux/writeback.h>

static unsigned char rd[16 * 4096];	/* the disk's bytes */
static bool rd_fail;			/* its writes fail */
static struct gendisk *rd_disk;

static blk_status_t rd_queue_rq(struct request *rq)
{
	struct bio *bio = rq->bio;
	size_t pos = bio->bi_iter.bi_sector << SECTOR_SHIFT;
	struct bio_vec *bv = &bio->bi_io_vec[0];
	char *p = (char *)page_address(bv->bv_page) + bv->bv_offset;

	if (bio_op(bio) == REQ_OP_WRITE && rd_fail) {
		blk_mq_end_request(rq, BLK_STS_IOERR);
		return BLK_STS_OK;
	}
	if (bio_op(bio) == REQ_OP_WRITE)
		memcpy(rd + pos, p, bv->bv_len);
	else if (bio_op(bio) == REQ_OP_READ)
		memcpy(p, rd + pos, bv->bv_len);
	blk_mq_end_request(rq, BLK_STS_OK);
	return BLK_STS_OK;
}

static const struct blk_mq_ops rd_mq_ops = { .queue_rq = rd_queue_rq };

static void bdev_wb_setup(void)
{
	host_test_setup();
	memset(rd, 0, sizeof(rd));
	rd_fail = false;
	rd_disk = blk_mq_alloc_disk(&rd_mq_ops, 0, NULL);
	ck_assert_ptr_nonnull(rd_disk);
	strscpy(rd_disk->disk_name, "rd", sizeof(rd_disk->disk_name));
	rd_disk->major = 254;
	rd_disk->first_minor = 32;
	set_capacity(rd_disk, sizeof(rd) >> SECTOR_SHIFT);
	ck_assert_int_eq(device_add_disk(rd_disk), 0);
}

static unsigned long count(enum node_stat_item item)
{
	return global_node_page_state(item);
}

START_TEST(test_a_disk_block_is_dirty_then_written)
{
	struct block_device *bdev = rd_disk->part0;
	unsigned long dirty = count(NR_FILE_DIRTY);
	unsigned long dirtied = count(NR_DIRTIED);
	unsigned long written = count(NR_WRITTEN);
	struct buffer_head *bh = __getblk(bdev, 3, PAGE_SIZE);
	struct address_space *mapping = bdev_mapping(bdev);
	struct inode *inode = mapping->host;

	ck_assert_ptr_nonnull(bh);
	ck_assert_ptr_eq(inode_to_bdi(inode), rd_disk->bdi);
	ck_assert(rd_disk->bdi->capabilities & BDI_CAP_WRITEBACK);
	memset(bh->b_data, 'x', PAGE_SIZE);
	mark_buffer_dirty(bh);
	ck_assert(buffer_dirty(bh) && PageDirty(bh->b_page));
	ck_assert_uint_eq(count(NR_FILE_DIRTY), dirty + 1);
	ck_assert_uint_eq(count(NR_DIRTIED), dirtied + 1);
	ck_assert(xa_get_mark(&mapping->i_pages, 3, PAGECACHE_TAG_DIRTY));
	ck_assert(inode->i_state & I_DIRTY_PAGES);
	ck_assert(!list_empty(&rd_disk->bdi->wb.b_dirty));
	mark_buffer_dirty(bh);			/* dirty already: no count */
	ck_assert_uint_eq(count(NR_FILE_DIRTY), dirty + 1);

	ck_assert_int_eq(sync_dirty_buffer(bh), 0);
	ck_assert(!buffer_dirty(bh) && !PageDirty(bh->b_page));
	ck_assert(!PageWriteback(bh->b_page));
	ck_assert_uint_eq(count(NR_FILE_DIRTY), dirty);
	ck_assert_uint_eq(count(NR_WRITTEN), written + 1);
	ck_assert(!mapping_tagged(mapping, PAGECACHE_TAG_DIRTY));
	ck_assert(!mapping_tagged(mapping, PAGECACHE_TAG_WRITEBACK));
	ck_assert_int_eq(rd[3 * 4096], 'x');
	ck_assert_int_eq(rd[4 * 4096 - 1], 'x');
	brelse(bh);
}
END_TEST

START_TEST(test_a_failed_write_ends_clean_with_the_error_kept)
{
	struct block_device *bdev = rd_disk->part0;
	unsigned long dirty = count(NR_FILE_DIRTY);
	struct buffer_head *bh = __getblk(bdev, 5, PAGE_SIZE);
	struct address_space *mapping = bdev_mapping(bdev);
	errseq_t since = errseq_sample(&mapping->wb_err);

	ck_assert_ptr_nonnull(bh);
	memset(bh->b_data, 'y', PAGE_SIZE);
	mark_buffer_dirty(bh);
	rd_fail = true;
	ck_assert_int_eq(sync_dirty_buffer(bh), -EIO);
	ck_assert(!PageDirty(bh->b_page) && !PageWriteback(bh->b_page));
	ck_assert(PageError(bh->b_page));
	ck_assert(bh->b_state & (1UL << BH_Write_EIO));
	ck_assert(!buffer_uptodate(bh));
	ck_assert_uint_eq(count(NR_FILE_DIRTY), dirty);
	ck_assert_int_eq(rd[5 * 4096], 0);	/* the disk has the old */
	ck_assert_int_eq(errseq_check(&mapping->wb_err, since), -EIO);
	/* sync_blockdev reports it once, through AS_EIO */
	rd_fail = false;
	ck_assert_int_eq(sync_blockdev(bdev), -EIO);
	ck_assert_int_eq(sync_blockdev(bdev), 0);
	brelse(bh);
}
END_TEST

Suite *bdev_writeback_suite(void)
{
	Suite *s = suite_create("bdev_writeback");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, bdev_wb_setup, NULL);
	tcase_add_test(tc, test_a_disk_block_is_dirty_then_written);
	tcase_add_test(tc, test_a_failed_write_ends_clean_with_the_error_kept);
	suite_add_tcase(s, tc);
	return s;
}
