/* drivers/virtio/virtio_ring.c: the split virtqueue, driver's side. */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/virtio.h>
#include <uapi/linux/virtio_ring.h>

/* Stores the device must see in this order; a compiler barrier on x86. */
static inline void virtio_wmb(void)
{
	asm volatile("" ::: "memory");
}

static inline void virtio_rmb(void)
{
	asm volatile("" ::: "memory");
}

struct vring_virtqueue {
	struct virtqueue vq;	/* first: to_vvq() is a cast */
	struct vring vring;
	unsigned int free_head;	/* first free descriptor */
	unsigned int num_added;	/* added since the last kick */
	u16 avail_idx_shadow;	/* our copy of avail->idx */
	u16 last_used_idx;	/* the next used entry we read */
	struct page *pages;
	unsigned int order;
	bool (*notify)(struct virtqueue *vq);
	void **desc_state;	/* data of each chain, by head */
};

static struct vring_virtqueue *to_vvq(struct virtqueue *vq)
{
	return (struct vring_virtqueue *)vq;
}

struct virtqueue *vring_create_virtqueue(unsigned int index,
					 unsigned int num,
					 unsigned int vring_align,
					 struct virtio_device *vdev,
					 bool (*notify)(struct virtqueue *),
					 void (*callback)(struct virtqueue *),
					 const char *name)
{
	struct vring_virtqueue *vq;
	unsigned int i, order = 0;

	if (!num || (num & (num - 1)))
		return NULL;	/* the ring size is a power of two */
	while ((PAGE_SIZE << order) < vring_size(num, vring_align))
		order++;
	vq = kzalloc(sizeof(*vq), GFP_KERNEL);
	if (!vq)
		return NULL;
	vq->desc_state = kzalloc(num * sizeof(void *), GFP_KERNEL);
	vq->pages = alloc_pages(GFP_KERNEL | __GFP_ZERO, order);
	if (!vq->desc_state || !vq->pages) {
		if (vq->pages)
			__free_pages(vq->pages, order);
		kfree(vq->desc_state);
		kfree(vq);
		return NULL;
	}
	vq->order = order;
	vring_init(&vq->vring, num, page_address(vq->pages), vring_align);
	for (i = 0; i < num - 1; i++)
		vq->vring.desc[i].next = i + 1;
	vq->vq.callback = callback;
	vq->vq.name = name;
	vq->vq.vdev = vdev;
	vq->vq.index = index;
	vq->vq.num_free = num;
	vq->notify = notify;
	return &vq->vq;
}

void vring_del_virtqueue(struct virtqueue *_vq)
{
	struct vring_virtqueue *vq = to_vvq(_vq);

	__free_pages(vq->pages, vq->order);
	kfree(vq->desc_state);
	kfree(vq);
}

unsigned int virtqueue_get_vring_size(const struct virtqueue *_vq)
{
	return ((const struct vring_virtqueue *)_vq)->vring.num;
}

phys_addr_t virtqueue_get_desc_addr(const struct virtqueue *_vq)
{
	const struct vring_virtqueue *vq = (const void *)_vq;

	return page_to_pfn(vq->pages) * PAGE_SIZE;
}

int virtqueue_add_sgs(struct virtqueue *_vq, struct scatterlist *sgs[],
		      unsigned int out_sgs, unsigned int in_sgs, void *data,
		      gfp_t gfp)
{
	struct vring_virtqueue *vq = to_vvq(_vq);
	unsigned int i, total = 0, head, prev = 0, n;
	u16 idx;

	for (i = 0; i < out_sgs + in_sgs; i++)
		total += sgs[i]->nents;
	if (!total || !data)
		return -EINVAL;
	if (_vq->num_free < total)
		return -ENOSPC;
	head = vq->free_head;
	for (i = 0, n = head; i < out_sgs + in_sgs; i++) {
		struct scatterlist *sg = sgs[i];
		unsigned int k, nents = sg->nents;

		for (k = 0; k < nents; k++, sg++) {
			struct vring_desc *d = &vq->vring.desc[n];

			d->addr = sg_phys(sg);
			d->len = sg->length;
			d->flags = VRING_DESC_F_NEXT;
			if (i >= out_sgs)
				d->flags |= VRING_DESC_F_WRITE;
			prev = n;
			n = d->next;
		}
	}
	vq->vring.desc[prev].flags &= ~VRING_DESC_F_NEXT;
	vq->free_head = n;
	_vq->num_free -= total;
	vq->desc_state[head] = data;

	idx = vq->avail_idx_shadow & (vq->vring.num - 1);
	vq->vring.avail->ring[idx] = head;
	virtio_wmb();		/* the chain before the index that shows it */
	vq->avail_idx_shadow++;
	vq->vring.avail->idx = vq->avail_idx_shadow;
	vq->num_added++;
	return 0;
}

bool virtqueue_kick(struct virtqueue *_vq)
{
	struct vring_virtqueue *vq = to_vvq(_vq);
	bool needs_kick;

	asm volatile("mfence" ::: "memory");
	needs_kick = !(vq->vring.used->flags & VRING_USED_F_NO_NOTIFY);
	vq->num_added = 0;
	return needs_kick ? vq->notify(_vq) : true;
}

static void detach_buf(struct vring_virtqueue *vq, unsigned int head)
{
	unsigned int i = head;

	vq->desc_state[head] = NULL;
	vq->vq.num_free++;
	while (vq->vring.desc[i].flags & VRING_DESC_F_NEXT) {
		i = vq->vring.desc[i].next;
		vq->vq.num_free++;
	}
	vq->vring.desc[i].next = vq->free_head;
	vq->free_head = head;
}

static bool more_used(const struct vring_virtqueue *vq)
{
	return vq->last_used_idx != vq->vring.used->idx;
}

void *virtqueue_get_buf(struct virtqueue *_vq, unsigned int *len)
{
	struct vring_virtqueue *vq = to_vvq(_vq);
	struct vring_used_elem *e;
	unsigned int head;
	void *data;

	if (!more_used(vq))
		return NULL;
	virtio_rmb();		/* the entry after the index that shows it */
	e = &vq->vring.used->ring[vq->last_used_idx & (vq->vring.num - 1)];
	head = e->id;
	if (head >= vq->vring.num || !vq->desc_state[head]) {
		pr_err("virtio_ring: %s: id %u is not a buffer we gave\n",
		       _vq->name, head);
		return NULL;
	}
	data = vq->desc_state[head];
	*len = e->len;
	detach_buf(vq, head);
	vq->last_used_idx++;
	return data;
}

int vring_interrupt(int irq, void *_vq)
{
	struct vring_virtqueue *vq = to_vvq(_vq);

	if (!more_used(vq))
		return 0;	/* IRQ_NONE: not this queue's */
	if (vq->vq.callback)
		vq->vq.callback(&vq->vq);
	return 1;		/* IRQ_HANDLED */
}
