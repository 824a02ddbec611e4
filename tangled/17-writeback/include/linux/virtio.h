#ifndef _LINUX_VIRTIO_H
#define _LINUX_VIRTIO_H
/* Virtio devices, drivers and queues. */
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/scatterlist.h>
#include <linux/types.h>

struct virtio_device;

struct virtqueue {
	void (*callback)(struct virtqueue *vq);	/* buffers were used */
	const char *name;
	struct virtio_device *vdev;
	unsigned int index;
	unsigned int num_free;	/* free descriptors */
	void *priv;		/* the transport's */
};

struct virtio_device_id {
	u32 device;		/* 2: a block device */
};
#define VIRTIO_ID_BLOCK		2

struct virtio_config_ops;
struct virtio_driver;

struct virtio_device {
	int index;			/* the N of virtioN */
	char name[16];			/* "virtio0" */
	struct virtio_device_id id;
	const struct virtio_config_ops *config;
	struct virtio_driver *driver;
	u64 features;			/* what the driver took */
	struct list_head vqs;
	void *priv;			/* the driver's */
};

struct virtio_driver {
	const char *name;		/* "virtio_blk" */
	const struct virtio_device_id *id_table;	/* ends with 0 */
	const unsigned int *feature_table;
	unsigned int feature_table_size;
	int (*probe)(struct virtio_device *dev);
};

#define dev_notice_virtio(vdev, fmt, ...) \
	pr_notice("%s %s: " fmt, (vdev)->driver ? (vdev)->driver->name : \
		  "virtio", (vdev)->name, ##__VA_ARGS__)
#define dev_info_virtio(vdev, fmt, ...) \
	pr_info("%s %s: " fmt, (vdev)->driver ? (vdev)->driver->name : \
		"virtio", (vdev)->name, ##__VA_ARGS__)
#define dev_err_virtio(vdev, fmt, ...) \
	pr_err("%s %s: " fmt, (vdev)->driver ? (vdev)->driver->name : \
	       "virtio", (vdev)->name, ##__VA_ARGS__)

int register_virtio_driver(struct virtio_driver *drv);
int register_virtio_device(struct virtio_device *dev);
void virtio_device_ready(struct virtio_device *dev);

int virtqueue_add_sgs(struct virtqueue *vq, struct scatterlist *sgs[],
		      unsigned int out_sgs, unsigned int in_sgs, void *data,
		      gfp_t gfp);
bool virtqueue_kick(struct virtqueue *vq);
void *virtqueue_get_buf(struct virtqueue *vq, unsigned int *len);
unsigned int virtqueue_get_vring_size(const struct virtqueue *vq);
phys_addr_t virtqueue_get_desc_addr(const struct virtqueue *vq);
struct virtqueue *vring_create_virtqueue(unsigned int index,
					 unsigned int num,
					 unsigned int vring_align,
					 struct virtio_device *vdev,
					 bool (*notify)(struct virtqueue *),
					 void (*callback)(struct virtqueue *),
					 const char *name);
void vring_del_virtqueue(struct virtqueue *vq);
int vring_interrupt(int irq, void *vq);
int virtio_pci_driver_init(void);
int virtio_blk_init(void);
#endif
