#ifndef _UAPI_LINUX_VIRTIO_BLK_H
#define _UAPI_LINUX_VIRTIO_BLK_H
/* The virtio block device: features, requests, status. */
#include <linux/types.h>

#define VIRTIO_BLK_F_FLUSH	9	/* the device has a write cache */

#define VIRTIO_BLK_T_IN		0	/* read */
#define VIRTIO_BLK_T_OUT	1	/* write */
#define VIRTIO_BLK_T_FLUSH	4

#define VIRTIO_BLK_S_OK		0
#define VIRTIO_BLK_S_IOERR	1
#define VIRTIO_BLK_S_UNSUPP	2

struct virtio_blk_outhdr {
	u32 type;		/* VIRTIO_BLK_T_* */
	u32 ioprio;
	u64 sector;		/* in 512-byte units */
};

/* Offsets in the device's configuration space. */
#define VIRTIO_BLK_CONFIG_CAPACITY	0	/* 64 bits: 512-byte sectors */
#endif
