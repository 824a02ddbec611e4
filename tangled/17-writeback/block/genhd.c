/* block/genhd.c: the disks. */
#include <linux/blkdev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

static LIST_HEAD(all_disks);

struct gendisk *blk_mq_alloc_disk(const struct blk_mq_ops *ops,
				  unsigned int cmd_size, void *queuedata)
{
	struct gendisk *disk = kzalloc(sizeof(*disk), GFP_KERNEL);
	struct block_device *bdev = kzalloc(sizeof(*bdev), GFP_KERNEL);
	struct request_queue *q = kzalloc(sizeof(*q), GFP_KERNEL);

	if (!disk || !bdev || !q) {
		kfree(disk);
		kfree(bdev);
		kfree(q);
		return NULL;
	}
	q->mq_ops = ops;
	q->cmd_size = cmd_size;
	q->queuedata = queuedata;
	q->disk = disk;
	INIT_LIST_HEAD(&q->requeue_list);
	bdev->bd_disk = disk;
	bdev->bd_queue = q;
	disk->part0 = bdev;
	disk->queue = q;
	INIT_LIST_HEAD(&disk->list);
	return disk;
}

int device_add_disk(struct gendisk *disk)
{
	disk->part0->bd_dev = MKDEV(disk->major, disk->first_minor);
	list_add_tail(&disk->list, &all_disks);
	{
		char name[8 + DISK_NAME_LEN];

		snprintf(name, sizeof(name), "/dev/%s", disk->disk_name);
		init_mknod("/dev", S_IFDIR | 0755, 0);
		init_mknod(name, S_IFBLK | 0600, disk->part0->bd_dev);
	}
	{
		char bdi_name[16];

		disk->bdi = bdi_alloc(0);
		if (!disk->bdi)
			return -ENOMEM;
		snprintf(bdi_name, sizeof(bdi_name), "%u:%u", disk->major,
			 disk->first_minor);
		bdi_register(disk->bdi, bdi_name);
	}
	return 0;
}

struct block_device *blkdev_get_by_name(const char *name)
{
	struct gendisk *disk;

	list_for_each_entry(disk, &all_disks, list)
		if (!strcmp(disk->disk_name, name))
			return disk->part0;
	return NULL;
}

struct block_device *blkdev_get_by_dev(unsigned int dev)
{
	struct gendisk *disk;

	list_for_each_entry(disk, &all_disks, list)
		if (disk->part0->bd_dev == dev)
			return disk->part0;
	return NULL;
}
