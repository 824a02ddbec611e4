/* drivers/block/virtio_blk.c: disks on virtio. */
#include <linux/blkdev.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string_helpers.h>
#include <linux/virtio.h>
#include <linux/virtio_config.h>
#include <uapi/linux/virtio_blk.h>

#define PART_BITS		4
#define VIRTBLK_MAJOR		254
#define VIRTBLK_MAX_SEGS	16	/* data pieces of one request */

struct virtio_blk {
	struct virtio_device *vdev;
	struct virtqueue *vq;
	struct gendisk *disk;
	int index;
};

struct virtblk_req {
	struct virtio_blk_outhdr out_hdr;	/* the device reads it */
	u8 status;				/* the device writes it */
	struct scatterlist sg[VIRTBLK_MAX_SEGS];
};

static int virtblk_index;

static void virtblk_name_format(const char *prefix, int index, char *buf,
				int buflen)
{
	char tail[8];
	int n = 0, i;

	do {			/* base 26 in letters, as a, ..., z, aa */
		tail[n++] = 'a' + index % 26;
		index = index / 26 - 1;
	} while (index >= 0 && n < (int)sizeof(tail));
	i = snprintf(buf, buflen, "%s", prefix);
	while (n > 0 && i < buflen - 1)
		buf[i++] = tail[--n];
	buf[i] = '\0';
}

static blk_status_t virtblk_result(u8 status)
{
	switch (status) {
	case VIRTIO_BLK_S_OK:
		return BLK_STS_OK;
	case VIRTIO_BLK_S_UNSUPP:
		return BLK_STS_NOTSUPP;
	default:
		return BLK_STS_IOERR;
	}
}

static void virtblk_done(struct virtqueue *vq)
{
	struct virtio_blk *vblk = vq->vdev->priv;
	struct virtblk_req *vbr;
	unsigned int len;

	while ((vbr = virtqueue_get_buf(vq, &len))) {
		struct request *rq = (struct request *)vbr - 1;

		blk_mq_end_request(rq, virtblk_result(vbr->status));
	}
	blk_mq_run_hw_queues(vblk->disk->queue);
}

static blk_status_t virtio_queue_rq(struct request *rq)
{
	struct virtio_blk *vblk = rq->q->queuedata;
	struct virtblk_req *vbr = blk_mq_rq_to_pdu(rq);
	struct scatterlist hdr, status, *sgs[3];
	struct bio *bio = rq->bio;
	unsigned int i, n = 0;
	int err;

	switch (req_op(rq)) {
	case REQ_OP_READ:
		vbr->out_hdr.type = VIRTIO_BLK_T_IN;
		break;
	case REQ_OP_WRITE:
		vbr->out_hdr.type = VIRTIO_BLK_T_OUT;
		break;
	case REQ_OP_FLUSH:
		vbr->out_hdr.type = VIRTIO_BLK_T_FLUSH;
		break;
	default:
		return BLK_STS_NOTSUPP;
	}
	if (bio->bi_vcnt > VIRTBLK_MAX_SEGS)
		return BLK_STS_IOERR;
	vbr->out_hdr.sector = req_op(rq) == REQ_OP_FLUSH ? 0 : blk_rq_pos(rq);
	vbr->out_hdr.ioprio = rq->ioprio;
	vbr->status = 0xff;	/* the device must overwrite it */
	sg_init_one(&hdr, &vbr->out_hdr, sizeof(vbr->out_hdr));
	sg_init_one(&status, &vbr->status, sizeof(vbr->status));
	sgs[n++] = &hdr;
	if (bio->bi_vcnt) {
		sg_init_table(vbr->sg, bio->bi_vcnt);
		for (i = 0; i < bio->bi_vcnt; i++)
			sg_set_page(&vbr->sg[i], bio->bi_io_vec[i].bv_page,
				    bio->bi_io_vec[i].bv_len,
				    bio->bi_io_vec[i].bv_offset);
		sgs[n++] = vbr->sg;
	}
	sgs[n++] = &status;
	err = virtqueue_add_sgs(vblk->vq, sgs,
				req_op(rq) == REQ_OP_READ ? 1 : n - 1,
				req_op(rq) == REQ_OP_READ ? n - 1 : 1, vbr,
				GFP_ATOMIC);
	if (err == -ENOSPC)
		return BLK_STS_RESOURCE;	/* wait for a completion */
	if (err)
		return BLK_STS_IOERR;
	virtqueue_kick(vblk->vq);
	return BLK_STS_OK;
}

static const struct blk_mq_ops virtio_mq_ops = {
	.queue_rq = virtio_queue_rq,
};

static void virtblk_update_capacity(struct virtio_blk *vblk)
{
	u64 nblocks = virtio_cread64(vblk->vdev, VIRTIO_BLK_CONFIG_CAPACITY);
	char cap_str_2[10], cap_str_10[10];

	string_get_size(nblocks, SECTOR_SIZE, STRING_UNITS_2, cap_str_2,
			sizeof(cap_str_2));
	string_get_size(nblocks, SECTOR_SIZE, STRING_UNITS_10, cap_str_10,
			sizeof(cap_str_10));
	dev_notice_virtio(vblk->vdev,
			  "[%s] %llu %d-byte logical blocks (%s/%s)\n",
			  vblk->disk->disk_name, (unsigned long long)nblocks,
			  SECTOR_SIZE, cap_str_10, cap_str_2);
	set_capacity(vblk->disk, nblocks);
}

static int virtblk_probe(struct virtio_device *vdev)
{
	struct virtio_blk *vblk = kzalloc(sizeof(*vblk), GFP_KERNEL);
	int err;

	if (!vblk)
		return -ENOMEM;
	vdev->priv = vblk;
	vblk->vdev = vdev;
	vblk->index = virtblk_index++;
	err = virtio_find_single_vq(vdev, &vblk->vq, virtblk_done,
				    "requests");
	if (err)
		goto out_free;
	dev_info_virtio(vdev, "1/0/0 default/read/poll queues\n");
	vblk->disk = blk_mq_alloc_disk(&virtio_mq_ops,
				       sizeof(struct virtblk_req), vblk);
	if (!vblk->disk) {
		err = -ENOMEM;
		goto out_free;
	}
	virtblk_name_format("vd", vblk->index, vblk->disk->disk_name,
			    DISK_NAME_LEN);
	vblk->disk->major = VIRTBLK_MAJOR;
	vblk->disk->first_minor = vblk->index << PART_BITS;
	vblk->disk->minors = 1 << PART_BITS;
	vblk->disk->private_data = vblk;
	vblk->disk->queue->write_cache =
		virtio_has_feature(vdev, VIRTIO_BLK_F_FLUSH);
	virtblk_update_capacity(vblk);
	virtio_device_ready(vdev);
	return device_add_disk(vblk->disk);

out_free:
	kfree(vblk);
	vdev->priv = NULL;
	return err;
}

static const struct virtio_device_id id_table[] = {
	{ VIRTIO_ID_BLOCK },
	{ 0 },
};

static const unsigned int features[] = { VIRTIO_BLK_F_FLUSH };

static struct virtio_driver virtio_blk = {
	.name = "virtio_blk",
	.id_table = id_table,
	.feature_table = features,
	.feature_table_size = ARRAY_SIZE(features),
	.probe = virtblk_probe,
};

int virtio_blk_init(void)
{
	return register_virtio_driver(&virtio_blk);
}
