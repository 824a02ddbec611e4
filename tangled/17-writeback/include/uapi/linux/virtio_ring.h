#ifndef _UAPI_LINUX_VIRTIO_RING_H
#define _UAPI_LINUX_VIRTIO_RING_H
/* The split virtqueue as the virtio specification lays it out. */
#include <linux/types.h>

#define VRING_DESC_F_NEXT	1	/* the chain goes on at next */
#define VRING_DESC_F_WRITE	2	/* the device writes this buffer */
#define VRING_AVAIL_F_NO_INTERRUPT	1
#define VRING_USED_F_NO_NOTIFY		1

struct vring_desc {
	u64 addr;		/* physical address of the buffer */
	u32 len;
	u16 flags;		/* VRING_DESC_F_NEXT, VRING_DESC_F_WRITE */
	u16 next;
};

struct vring_avail {
	u16 flags;
	u16 idx;		/* where the driver puts the next entry */
	u16 ring[];
};

struct vring_used_elem {
	u32 id;			/* head of the chain the device finished */
	u32 len;		/* bytes it wrote into the chain */
};

struct vring_used {
	u16 flags;
	u16 idx;
	struct vring_used_elem ring[];
};

struct vring {
	unsigned int num;
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
};

static inline void vring_init(struct vring *vr, unsigned int num, void *p,
			      unsigned long align)
{
	vr->num = num;
	vr->desc = p;
	vr->avail = (struct vring_avail *)((char *)p +
					   num * sizeof(struct vring_desc));
	vr->used = (void *)(((unsigned long)&vr->avail->ring[num] +
			     sizeof(u16) + align - 1) & ~(align - 1));
}

static inline unsigned int vring_size(unsigned int num, unsigned long align)
{
	return ((sizeof(struct vring_desc) * num + sizeof(u16) * (3 + num) +
		 align - 1) & ~(align - 1)) +
	       sizeof(u16) * 3 + sizeof(struct vring_used_elem) * num;
}
#endif
