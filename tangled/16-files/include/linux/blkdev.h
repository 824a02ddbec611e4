#ifndef _LINUX_BLKDEV_H
#define _LINUX_BLKDEV_H
/* Disks, their queues and requests. */
#include <linux/blk_types.h>
#include <linux/gfp.h>
#include <linux/list.h>

#define DISK_NAME_LEN	32

struct request_queue;
struct gendisk;

struct request {
	struct request_queue *q;
	struct bio *bio;
	blk_opf_t cmd_flags;
	sector_t __sector;
	unsigned int __data_len;
	unsigned short nr_phys_segments;
	unsigned short ioprio;
	struct list_head queuelist;	/* waiting for room on the device */
};

struct blk_mq_ops {
	blk_status_t (*queue_rq)(struct request *rq);
};

struct request_queue {
	const struct blk_mq_ops *mq_ops;
	void *queuedata;
	struct gendisk *disk;
	unsigned int cmd_size;
	struct list_head requeue_list;
	bool write_cache;	/* the device keeps writes: flush them */
};

struct block_device {
	unsigned int bd_dev;		/* major:minor */
	struct inode *bd_inode;		/* its blocks' page cache */
	sector_t bd_nr_sectors;
	struct gendisk *bd_disk;
	struct request_queue *bd_queue;
};

struct gendisk {
	int major;
	int first_minor;
	int minors;
	char disk_name[DISK_NAME_LEN];
	struct block_device *part0;
	struct request_queue *queue;
	void *private_data;
	struct list_head list;		/* on all_disks */

};

static inline void *blk_mq_rq_to_pdu(struct request *rq)
{
	return rq + 1;
}

static inline unsigned int req_op(const struct request *rq)
{
	return rq->cmd_flags & REQ_OP_MASK;
}

static inline sector_t blk_rq_pos(const struct request *rq)
{
	return rq->__sector;
}

static inline void set_capacity(struct gendisk *disk, sector_t sectors)
{
	disk->part0->bd_nr_sectors = sectors;
}

static inline sector_t get_capacity(const struct gendisk *disk)
{
	return disk->part0->bd_nr_sectors;
}

struct bio *bio_alloc(struct block_device *bdev, unsigned short nr_vecs,
		      blk_opf_t opf, gfp_t gfp);
int bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		 unsigned int off);
void bio_put(struct bio *bio);
void bio_endio(struct bio *bio);
void submit_bio(struct bio *bio);
int submit_bio_wait(struct bio *bio);
int blk_status_to_errno(blk_status_t status);
const char *blk_op_str(unsigned int op);
void blk_mq_end_request(struct request *rq, blk_status_t error);
void blk_mq_run_hw_queues(struct request_queue *q);
struct gendisk *blk_mq_alloc_disk(const struct blk_mq_ops *ops,
				  unsigned int cmd_size, void *queuedata);
int device_add_disk(struct gendisk *disk);
struct block_device *blkdev_get_by_name(const char *name);
struct block_device *blkdev_get_by_dev(unsigned int dev);
#endif
