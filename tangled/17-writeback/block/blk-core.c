/* block/blk-core.c: submitting bios, and what a status means. */
#include <linux/blkdev.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <asm/irqflags.h>

static const struct {
	int errno;
	const char *name;
} blk_errors[] = {
	[BLK_STS_OK] = { 0, "" },
	[BLK_STS_NOTSUPP] = { -EOPNOTSUPP, "operation not supported" },
	[BLK_STS_TIMEOUT] = { -ETIMEDOUT, "timeout" },
	[BLK_STS_NOSPC] = { -ENOSPC, "critical space allocation" },
	[BLK_STS_RESOURCE] = { -ENOMEM, "kernel resource" },
	[BLK_STS_IOERR] = { -EIO, "I/O" },
};

int blk_status_to_errno(blk_status_t status)
{
	if (status >= ARRAY_SIZE(blk_errors) ||
	    (status && !blk_errors[status].errno))
		return -EIO;
	return blk_errors[status].errno;
}

static const char *blk_status_to_str(blk_status_t status)
{
	if (status >= ARRAY_SIZE(blk_errors) ||
	    (status && !blk_errors[status].errno))
		return "<null>";
	return blk_errors[status].name;
}

const char *blk_op_str(unsigned int op)
{
	static const char *const blk_op_name[] = {
		[REQ_OP_READ] = "READ",
		[REQ_OP_WRITE] = "WRITE",
		[REQ_OP_FLUSH] = "FLUSH",
	};

	return op < ARRAY_SIZE(blk_op_name) ? blk_op_name[op] : "UNKNOWN";
}

static bool bio_check_eod(struct bio *bio)
{
	sector_t maxsector = bio->bi_bdev->bd_nr_sectors;
	unsigned int nr_sectors = bio->bi_iter.bi_size >> SECTOR_SHIFT;

	if ((bio->bi_iter.bi_size & (SECTOR_SIZE - 1)) ||
	    nr_sectors > maxsector ||
	    bio->bi_iter.bi_sector > maxsector - nr_sectors) {
		pr_info("%s: attempt to access beyond end of device\n"
			"%s: rw=%u, sector=%llu, nr_sectors = %u "
			"limit=%llu\n", current->comm,
			bio->bi_bdev->bd_disk->disk_name, bio->bi_opf,
			(unsigned long long)bio->bi_iter.bi_sector,
			nr_sectors, (unsigned long long)maxsector);
		return false;
	}
	return true;
}

static void blk_mq_dispatch(struct request *rq)
{
	struct request_queue *q = rq->q;
	blk_status_t status = q->mq_ops->queue_rq(rq);

	if (status == BLK_STS_RESOURCE)
		list_add_tail(&rq->queuelist, &q->requeue_list);
	else if (status != BLK_STS_OK)
		blk_mq_end_request(rq, status);
}

void submit_bio(struct bio *bio)
{
	struct request_queue *q = bio->bi_bdev->bd_queue;
	struct request *rq;
	unsigned long flags;

	if (bio_op(bio) == REQ_OP_FLUSH && !q->write_cache) {
		bio->bi_status = BLK_STS_OK;
		bio_endio(bio);
		return;
	}
	if (bio_op(bio) != REQ_OP_FLUSH && !bio_check_eod(bio)) {
		bio->bi_status = BLK_STS_IOERR;
		bio_endio(bio);
		return;
	}
	rq = kzalloc(sizeof(*rq) + q->cmd_size, GFP_NOIO);
	if (!rq) {
		bio->bi_status = BLK_STS_RESOURCE;
		bio_endio(bio);
		return;
	}
	rq->q = q;
	rq->bio = bio;
	rq->cmd_flags = bio->bi_opf;
	rq->__sector = bio->bi_iter.bi_sector;
	rq->__data_len = bio->bi_iter.bi_size;
	rq->nr_phys_segments = bio->bi_vcnt;
	rq->ioprio = bio->bi_ioprio;
	INIT_LIST_HEAD(&rq->queuelist);
	local_irq_save(flags);		/* the interrupt also dispatches */
	blk_mq_dispatch(rq);
	local_irq_restore(flags);
}

void blk_mq_run_hw_queues(struct request_queue *q)
{
	while (!list_empty(&q->requeue_list)) {
		struct request *rq = list_first_entry(&q->requeue_list,
						      struct request,
						      queuelist);
		blk_status_t status;

		list_del_init(&rq->queuelist);
		status = q->mq_ops->queue_rq(rq);
		if (status == BLK_STS_RESOURCE) {
			list_add(&rq->queuelist, &q->requeue_list);
			return;
		}
		if (status != BLK_STS_OK)
			blk_mq_end_request(rq, status);
	}
}

static void blk_print_req_error(struct request *req, blk_status_t status)
{
	pr_err("%s error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x "
	       "phys_seg %u prio class %u\n", blk_status_to_str(status),
	       req->q->disk ? req->q->disk->disk_name : "?",
	       (unsigned long long)blk_rq_pos(req), req_op(req),
	       blk_op_str(req_op(req)), req->cmd_flags & ~REQ_OP_MASK,
	       req->nr_phys_segments, (unsigned int)(req->ioprio >> 13));
}

void blk_mq_end_request(struct request *rq, blk_status_t error)
{
	struct bio *bio = rq->bio;

	if (error)
		blk_print_req_error(rq, error);
	bio->bi_status = error;
	if (!error)
		bio->bi_iter.bi_size = 0;
	kfree(rq);
	bio_endio(bio);
}

static void submit_bio_wait_endio(struct bio *bio)
{
	complete(bio->bi_private);
}

int submit_bio_wait(struct bio *bio)
{
	struct completion done;

	init_completion(&done);
	bio->bi_private = &done;
	bio->bi_end_io = submit_bio_wait_endio;
	bio->bi_opf |= REQ_SYNC;
	submit_bio(bio);
	wait_for_completion(&done);
	return blk_status_to_errno(bio->bi_status);
}
