/* tests/test_virtio.c: the virtqueue, virtio-blk and the block layer. */
#include "tests.h"
#include <asm/host.h>
#include <asm/page.h>
#include <linux/blkdev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/string_helpers.h>
#include <linux/virtio.h>
#include <linux/virtio_config.h>
#include <uapi/linux/virtio_blk.h>
#include <uapi/linux/virtio_ring.h>

/* The device's side of one queue: the ring as the device sees it. */
struct fake_queue {
	struct vring vring;
	u16 last_avail;		/* the next available entry to take */
	unsigned int notified;	/* kicks seen */
	unsigned int callbacks;
	bool hold;		/* take nothing until told */
	unsigned char fill;	/* what it writes into writable buffers */
};

static struct fake_queue fq;
static void *last_token;

static void fake_device_run(struct virtqueue *vq);

static bool fake_notify(struct virtqueue *vq)
{
	fq.notified++;
	if (!fq.hold)
		fake_device_run(vq);
	return true;
}

static void count_callback(struct virtqueue *vq)
{
	unsigned int len;

	fq.callbacks++;
	last_token = virtqueue_get_buf(vq, &len);
}

/* Take every available chain, fill what it may write, mark it used. */
static void fake_device_run(struct virtqueue *vq)
{
	while (fq.last_avail != fq.vring.avail->idx) {
		u16 head = fq.vring.avail->ring[fq.last_avail %
						fq.vring.num];
		struct vring_used_elem *e;
		unsigned int i = head, written = 0;

		for (;;) {
			struct vring_desc *d = &fq.vring.desc[i];

			if (d->flags & VRING_DESC_F_WRITE) {
				memset(__va(d->addr), fq.fill, d->len);
				written += d->len;
			}
			if (!(d->flags & VRING_DESC_F_NEXT))
				break;
			i = d->next;
		}
		e = &fq.vring.used->ring[fq.vring.used->idx % fq.vring.num];
		e->id = head;
		e->len = written;
		fq.vring.used->idx++;
		fq.last_avail++;
	}
	vring_interrupt(0, vq);
}

static struct virtqueue *make_vq(unsigned int num)
{
	struct virtqueue *vq = vring_create_virtqueue(0, num, 4096, NULL,
						      fake_notify,
						      count_callback, "test");

	ck_assert_ptr_nonnull(vq);
	memset(&fq, 0, sizeof(fq));
	vring_init(&fq.vring, num, __va(virtqueue_get_desc_addr(vq)), 4096);
	fq.fill = 0x5a;
	return vq;
}

START_TEST(test_legacy_layout_puts_used_ring_on_a_page)
{
	struct virtqueue *vq;

	host_test_setup();
	/* QEMU's virtio-blk queue: 256 entries, 4096 + 518 + 2054 bytes */
	ck_assert_uint_eq(vring_size(256, 4096), 8192 + 2054);
	vq = make_vq(256);
	ck_assert_uint_eq(virtqueue_get_vring_size(vq), 256);
	ck_assert_uint_eq(virtqueue_get_desc_addr(vq) % PAGE_SIZE, 0);
	ck_assert_uint_eq((unsigned char *)fq.vring.used -
			  (unsigned char *)fq.vring.desc, 8192);
	ck_assert_uint_eq(vq->num_free, 256);
	vring_del_virtqueue(vq);
}
END_TEST

/* A request as virtio-blk makes it: header, a page, a status byte. */
static int add_request(struct virtqueue *vq, void *hdr, struct page *page,
		       u8 *status, void *token)
{
	struct scatterlist out, data, in, *sgs[3] = { &out, &data, &in };

	sg_init_one(&out, hdr, 16);
	sg_init_table(&data, 1);
	sg_set_page(&data, page, PAGE_SIZE, 0);
	sg_init_one(&in, status, 1);
	return virtqueue_add_sgs(vq, sgs, 1, 2, token, GFP_KERNEL);
}

START_TEST(test_a_chain_goes_round_the_rings)
{
	struct page *page;
	struct virtqueue *vq;
	struct vring_desc *d;
	u8 *hdr, *status;
	unsigned int len, head;

	host_test_setup();
	vq = make_vq(8);
	fq.hold = true;
	page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	hdr = kzalloc(16, GFP_KERNEL);
	status = kzalloc(1, GFP_KERNEL);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr), 0);
	ck_assert_uint_eq(vq->num_free, 5);
	ck_assert_uint_eq(fq.vring.avail->idx, 1);
	head = fq.vring.avail->ring[0];
	d = &fq.vring.desc[head];
	ck_assert_uint_eq(d->addr, __pa(hdr));
	ck_assert_uint_eq(d->len, 16);
	ck_assert_uint_eq(d->flags, VRING_DESC_F_NEXT);
	d = &fq.vring.desc[d->next];
	ck_assert_uint_eq(d->addr, page_to_pfn(page) * PAGE_SIZE);
	ck_assert_uint_eq(d->flags, VRING_DESC_F_NEXT | VRING_DESC_F_WRITE);
	d = &fq.vring.desc[d->next];
	ck_assert_uint_eq(d->addr, __pa(status));
	ck_assert_uint_eq(d->flags, VRING_DESC_F_WRITE);
	ck_assert_ptr_null(virtqueue_get_buf(vq, &len));
	ck_assert(virtqueue_kick(vq));
	ck_assert_uint_eq(fq.notified, 1);
	vq->callback = NULL;
	fake_device_run(vq);
	ck_assert_ptr_eq(virtqueue_get_buf(vq, &len), hdr);
	ck_assert_uint_eq(len, PAGE_SIZE + 1);
	ck_assert_uint_eq(((u8 *)page_address(page))[PAGE_SIZE - 1], 0x5a);
	ck_assert_uint_eq(*status, 0x5a);
	ck_assert_uint_eq(hdr[0], 0);		/* the device only reads it */
	ck_assert_uint_eq(vq->num_free, 8);
	ck_assert_ptr_null(virtqueue_get_buf(vq, &len));
	kfree(hdr);
	kfree(status);
	__free_pages(page, 0);
	vring_del_virtqueue(vq);
}
END_TEST

START_TEST(test_a_full_ring_refuses_then_recycles)
{
	struct page *page;
	struct virtqueue *vq;
	u8 *hdr, *status;
	unsigned int round, len;

	host_test_setup();
	vq = make_vq(8);
	fq.hold = true;
	vq->callback = NULL;
	page = alloc_pages(GFP_KERNEL, 0);
	hdr = kzalloc(16, GFP_KERNEL);
	status = kzalloc(1, GFP_KERNEL);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr + 1), 0);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr + 2), 0);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr + 3),
			 -ENOSPC);
	ck_assert_int_eq(add_request(vq, hdr, page, status, NULL), -EINVAL);
	fake_device_run(vq);
	ck_assert_ptr_eq(virtqueue_get_buf(vq, &len), hdr + 1);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr + 3), 0);
	/* Many rounds: the free list and the ring indices wrap around. */
	for (round = 0; round < 100000; round++) {
		fake_device_run(vq);
		ck_assert_ptr_nonnull(virtqueue_get_buf(vq, &len));
		ck_assert_int_eq(add_request(vq, hdr, page, status, hdr), 0);
	}
	fake_device_run(vq);
	ck_assert_ptr_nonnull(virtqueue_get_buf(vq, &len));
	ck_assert_ptr_nonnull(virtqueue_get_buf(vq, &len));
	ck_assert_ptr_null(virtqueue_get_buf(vq, &len));
	ck_assert_uint_eq(vq->num_free, 8);
	kfree(hdr);
	kfree(status);
	__free_pages(page, 0);
	vring_del_virtqueue(vq);
}
END_TEST

START_TEST(test_interrupt_and_kick_follow_the_flags)
{
	struct page *page;
	struct virtqueue *vq;
	u8 *hdr, *status;

	host_test_setup();
	vq = make_vq(8);
	page = alloc_pages(GFP_KERNEL, 0);
	hdr = kzalloc(16, GFP_KERNEL);
	status = kzalloc(1, GFP_KERNEL);
	ck_assert_int_eq(vring_interrupt(0, vq), 0);	/* nothing used */
	ck_assert_uint_eq(fq.callbacks, 0);
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr), 0);
	virtqueue_kick(vq);		/* the device runs, then interrupts */
	ck_assert_uint_eq(fq.callbacks, 1);
	ck_assert_ptr_eq(last_token, hdr);
	fq.vring.used->flags = VRING_USED_F_NO_NOTIFY;
	ck_assert_int_eq(add_request(vq, hdr, page, status, hdr), 0);
	ck_assert(virtqueue_kick(vq));
	ck_assert_uint_eq(fq.notified, 1);	/* the device polls */
	kfree(hdr);
	kfree(status);
	__free_pages(page, 0);
	vring_del_virtqueue(vq);
}
END_TEST

START_TEST(test_string_get_size_is_linux)
{
	static const struct {
		u64 blocks;
		const char *s10, *s2;
	} cases[] = {
		{ 4096, "2.10 MB", "2.00 MiB" },
		{ 1, "512 B", "512 B" },
		{ 1000, "512 kB", "500 KiB" },
		{ 16777216, "8.59 GB", "8.00 GiB" },
		/* just under 1 TiB: Linux rounds 1023.99 GiB up to 1024 */
		{ 2147483647, "1.10 TB", "1024 GiB" },
		{ 0, "0 B", "0 B" },
	};
	char buf[16];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		string_get_size(cases[i].blocks, 512, STRING_UNITS_10, buf,
				sizeof(buf));
		ck_assert_str_eq(buf, cases[i].s10);
		string_get_size(cases[i].blocks, 512, STRING_UNITS_2, buf,
				sizeof(buf));
		ck_assert_str_eq(buf, cases[i].s2);
	}
}
END_TEST

#define FAKE_SECTORS	64
#define FAKE_BAD_SECTOR	7

static struct {
	struct virtio_device vdev;
	struct virtqueue *vq;
	u8 status;
	u8 status_seen;		/* every bit ever set */
	u64 features;		/* what the driver wrote */
	unsigned int flushes;
	bool hold;		/* a kick does not wake the device */
	unsigned char disk[FAKE_SECTORS * SECTOR_SIZE];
} fb;

static void fb_get(struct virtio_device *vdev, unsigned int offset,
		   void *buf, unsigned int len)
{
	u64 capacity = FAKE_SECTORS;

	memcpy(buf, (char *)&capacity + offset, len);
}

static u8 fb_get_status(struct virtio_device *vdev) { return fb.status; }

static void fb_set_status(struct virtio_device *vdev, u8 status)
{
	fb.status = status;
	fb.status_seen |= status;
}

static void fb_reset(struct virtio_device *vdev) { fb.status = 0; }

static u64 fb_get_features(struct virtio_device *vdev)
{
	return 1ULL << VIRTIO_BLK_F_FLUSH | 1;
}

static int fb_finalize_features(struct virtio_device *vdev)
{
	fb.features = vdev->features;
	return 0;
}

/* One chain: header, data descriptors, status byte. */
static unsigned int fb_serve(u16 head)
{
	struct vring_desc *d = &fq.vring.desc[head];
	struct virtio_blk_outhdr *h = __va(d->addr);
	u64 pos = h->sector * SECTOR_SIZE;
	unsigned int written = 0;
	u8 st = VIRTIO_BLK_S_OK;

	if (h->type == VIRTIO_BLK_T_FLUSH)
		fb.flushes++;
	for (d = &fq.vring.desc[d->next]; d->flags & VRING_DESC_F_NEXT;
	     d = &fq.vring.desc[d->next]) {
		if (pos / SECTOR_SIZE == FAKE_BAD_SECTOR ||
		    pos + d->len > sizeof(fb.disk)) {
			st = VIRTIO_BLK_S_IOERR;
		} else if (h->type == VIRTIO_BLK_T_IN) {
			memcpy(__va(d->addr), fb.disk + pos, d->len);
			written += d->len;
		} else if (h->type == VIRTIO_BLK_T_OUT) {
			memcpy(fb.disk + pos, __va(d->addr), d->len);
		}
		pos += d->len;
	}
	*(u8 *)__va(d->addr) = st;
	return written + 1;
}

/* The device serves every chain available, then interrupts. */
static void fb_run(struct virtqueue *vq)
{
	while (fq.last_avail != fq.vring.avail->idx) {
		u16 head = fq.vring.avail->ring[fq.last_avail %
						fq.vring.num];
		struct vring_used_elem *e;

		e = &fq.vring.used->ring[fq.vring.used->idx % fq.vring.num];
		e->id = head;
		e->len = fb_serve(head);
		fq.vring.used->idx++;
		fq.last_avail++;
	}
	vring_interrupt(0, vq);
}

static bool fb_notify(struct virtqueue *vq)
{
	if (!fb.hold)
		fb_run(vq);
	return true;
}

static int fb_find_vqs(struct virtio_device *vdev, unsigned int nvqs,
		       struct virtqueue *vqs[],
		       void (*callbacks[])(struct virtqueue *),
		       const char *const names[])
{
	vqs[0] = vring_create_virtqueue(0, 16, 4096, vdev, fb_notify,
					callbacks[0], names[0]);
	if (!vqs[0])
		return -ENOMEM;
	memset(&fq, 0, sizeof(fq));
	vring_init(&fq.vring, 16, __va(virtqueue_get_desc_addr(vqs[0])),
		   4096);
	fb.vq = vqs[0];
	return 0;
}

static const struct virtio_config_ops fb_config_ops = {
	.get = fb_get,
	.get_status = fb_get_status,
	.set_status = fb_set_status,
	.reset = fb_reset,
	.find_vqs = fb_find_vqs,
	.get_features = fb_get_features,
	.finalize_features = fb_finalize_features,
};

static struct block_device *fake_disk(void)
{
	unsigned int i;

	host_test_setup();
	memset(&fb, 0, sizeof(fb));
	for (i = 0; i < sizeof(fb.disk); i++)
		fb.disk[i] = i / SECTOR_SIZE;
	fb.vdev.id.device = VIRTIO_ID_BLOCK;
	fb.vdev.config = &fb_config_ops;
	ck_assert_int_eq(virtio_blk_init(), 0);
	ck_assert_int_eq(register_virtio_device(&fb.vdev), 0);
	return blkdev_get_by_name("vda");
}

static int fake_rw(struct block_device *bdev, unsigned int op, sector_t s,
		   struct page *page, unsigned int off, unsigned int len)
{
	struct bio *bio = bio_alloc(bdev, 1, op, GFP_KERNEL);
	int err;

	bio->bi_iter.bi_sector = s;
	if (len)
		ck_assert_int_eq(bio_add_page(bio, page, len, off), len);
	err = submit_bio_wait(bio);
	bio_put(bio);
	return err;
}

START_TEST(test_virtio_blk_probes_the_device)
{
	struct block_device *vda = fake_disk();

	ck_assert_ptr_nonnull(vda);
	ck_assert_uint_eq(get_capacity(vda->bd_disk), FAKE_SECTORS);
	ck_assert_uint_eq(vda->bd_dev, MKDEV(254, 0));
	ck_assert_uint_eq(fb.features, 1ULL << VIRTIO_BLK_F_FLUSH);
	ck_assert_uint_eq(fb.status, VIRTIO_CONFIG_S_ACKNOWLEDGE |
			  VIRTIO_CONFIG_S_DRIVER | VIRTIO_CONFIG_S_DRIVER_OK);
	ck_assert(!(fb.status_seen & VIRTIO_CONFIG_S_FEATURES_OK));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"virtio_blk virtio0: [vda] 64 512-byte logical blocks "
		"(32.8 kB/32.0 KiB)\n"));
}
END_TEST

START_TEST(test_bios_read_and_write_the_disk)
{
	struct block_device *vda = fake_disk();
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	unsigned char *p = page_address(page);

	ck_assert_int_eq(fake_rw(vda, REQ_OP_READ, 2, page, 512, 1024), 0);
	ck_assert_uint_eq(p[511], 0);
	ck_assert_uint_eq(p[512], 2);
	ck_assert_uint_eq(p[1535], 3);
	ck_assert_uint_eq(p[1536], 0);
	memset(p, 0xee, PAGE_SIZE);
	ck_assert_int_eq(fake_rw(vda, REQ_OP_WRITE, 60, page, 0, 2048), 0);
	ck_assert_uint_eq(fb.disk[60 * 512], 0xee);
	ck_assert_uint_eq(fb.disk[64 * 512 - 1], 0xee);
	ck_assert_uint_eq(fb.disk[60 * 512 - 1], 59);
	ck_assert_int_eq(fake_rw(vda, REQ_OP_FLUSH, 0, NULL, 0, 0), 0);
	ck_assert_uint_eq(fb.flushes, 1);
	ck_assert_uint_eq(fb.vq->num_free, 16);
	__free_pages(page, 0);
}
END_TEST

START_TEST(test_errors_reach_the_caller)
{
	struct block_device *vda = fake_disk();
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);

	host_console_reset();
	ck_assert_int_eq(fake_rw(vda, REQ_OP_WRITE, FAKE_BAD_SECTOR, page, 0,
				 512), -EIO);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"I/O error, dev vda, sector 7 op 0x1:(WRITE) flags 0x800 "
		"phys_seg 1 prio class 0\n"));
	ck_assert_int_eq(fake_rw(vda, REQ_OP_READ, 63, page, 0, 1024), -EIO);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"attempt to access beyond end of device\n"
		"vda: rw=2048, sector=63, nr_sectors = 2 limit=64\n"));
	ck_assert_int_eq(fake_rw(vda, REQ_OP_READ, 0, page, 0, 100), -EIO);
	ck_assert_int_eq(blk_status_to_errno(BLK_STS_IOERR), -EIO);
	ck_assert_int_eq(blk_status_to_errno(BLK_STS_OK), 0);
	ck_assert_int_eq(blk_status_to_errno(200), -EIO);
	ck_assert_int_eq(fake_rw(vda, REQ_OP_READ, 8, page, 0, 512), 0);
	ck_assert_uint_eq(((u8 *)page_address(page))[0], 8);
	ck_assert_uint_eq(fb.vq->num_free, 16);
	__free_pages(page, 0);
}
END_TEST

static void count_end_io(struct bio *bio)
{
	(*(unsigned int *)bio->bi_private)++;
}

START_TEST(test_a_full_ring_makes_requests_wait)
{
	struct block_device *vda = fake_disk();
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	unsigned char *p = page_address(page);
	struct bio *bio[8];
	unsigned int i, done = 0;

	fb.hold = true;		/* 16 descriptors: 5 chains of 3 fit */
	for (i = 0; i < 8; i++) {
		bio[i] = bio_alloc(vda, 1, REQ_OP_READ, GFP_KERNEL);
		bio[i]->bi_iter.bi_sector = 10 + i;
		bio_add_page(bio[i], page, 512, 512 * i);
		bio[i]->bi_end_io = count_end_io;
		bio[i]->bi_private = &done;
		submit_bio(bio[i]);
	}
	ck_assert_uint_eq(fb.vq->num_free, 1);
	ck_assert(!list_empty(&vda->bd_queue->requeue_list));
	fb_run(fb.vq);		/* 5 done; the 3 waiting go to the ring */
	ck_assert_uint_eq(done, 5);
	ck_assert(list_empty(&vda->bd_queue->requeue_list));
	fb_run(fb.vq);
	ck_assert_uint_eq(done, 8);
	for (i = 0; i < 8; i++) {
		ck_assert_uint_eq(bio[i]->bi_status, BLK_STS_OK);
		ck_assert_uint_eq(p[512 * i], 10 + i);
		bio_put(bio[i]);
	}
	ck_assert_uint_eq(fb.vq->num_free, 16);
	__free_pages(page, 0);
}
END_TEST
struct fake_fn {
	u32 cfg[64];		/* the 256 bytes of configuration space */
	u32 writable[64];	/* the bits a write changes */
};

static struct fake_fn fake_bus[256];	/* by devfn */

static int fake_conf_read(unsigned int domain, unsigned int bus,
			  unsigned int devfn, int reg, int len, u32 *val)
{
	struct fake_fn *f = &fake_bus[devfn];
	u32 v = f->cfg[0] ? f->cfg[reg / 4] >> (8 * (reg & 3)) : ~0U;

	*val = len == 4 ? v : v & ((1U << (8 * len)) - 1);
	return 0;
}

static int fake_conf_write(unsigned int domain, unsigned int bus,
			   unsigned int devfn, int reg, int len, u32 val)
{
	struct fake_fn *f = &fake_bus[devfn];
	unsigned int shift = 8 * (reg & 3);
	u32 mask = (len == 4 ? ~0U : ((1U << (8 * len)) - 1) << shift) &
		   f->writable[reg / 4];

	f->cfg[reg / 4] = (f->cfg[reg / 4] & ~mask) | ((val << shift) & mask);
	return 0;
}

static const struct pci_raw_ops fake_conf_ops = {
	.read = fake_conf_read,
	.write = fake_conf_write,
};

static void fake_fn(unsigned int devfn, u16 vendor, u16 device, u32 class,
		    u8 hdr_type)
{
	struct fake_fn *f = &fake_bus[devfn];

	f->cfg[0] = (u32)device << 16 | vendor;
	f->cfg[PCI_CLASS_REVISION / 4] = class << 8;
	f->cfg[PCI_HEADER_TYPE / 4] = (u32)hdr_type << 16;
	f->cfg[PCI_COMMAND / 4] = PCI_COMMAND_IO | PCI_COMMAND_MEMORY;
	f->writable[PCI_COMMAND / 4] = 0xffff;
}

/* BAR bar at addr, size bytes; type: its low bits (io, 64-bit, pref). */
static void fake_bar(unsigned int devfn, int bar, u64 addr, u64 size,
		     u32 type)
{
	struct fake_fn *f = &fake_bus[devfn];
	int r = PCI_BASE_ADDRESS_0 / 4 + bar;

	f->cfg[r] = (u32)addr | type;
	f->writable[r] = (u32)~(size - 1) & ~0xfU;
	if (type & PCI_BASE_ADDRESS_MEM_TYPE_64) {
		f->cfg[r + 1] = addr >> 32;
		f->writable[r + 1] = (~(size - 1)) >> 32;
	}
}

static void fake_qemu_bus(void)
{
	host_test_setup();
	memset(fake_bus, 0, sizeof(fake_bus));
	fake_fn(PCI_DEVFN(0, 0), 0x8086, 0x1237, 0x060000, 0);
	fake_fn(PCI_DEVFN(1, 0), 0x8086, 0x7000, 0x060100, 0x80);
	fake_fn(PCI_DEVFN(1, 1), 0x8086, 0x7010, 0x010180, 0);
	fake_bar(PCI_DEVFN(1, 1), 4, 0xc080, 16, PCI_BASE_ADDRESS_SPACE_IO);
	fake_fn(PCI_DEVFN(2, 0), 0x1234, 0x1111, 0x030000, 0);
	fake_fn(PCI_DEVFN(2, 1), 0x1234, 0x1111, 0x030000, 0);  /* hidden */
	fake_fn(PCI_DEVFN(3, 0), 0x1af4, 0x1001, 0x010000, 0);
	fake_bus[PCI_DEVFN(3, 0)].cfg[PCI_SUBSYSTEM_VENDOR_ID / 4] =
		2U << 16 | 0x1af4;
	fake_bus[PCI_DEVFN(3, 0)].cfg[PCI_INTERRUPT_LINE / 4] = 1U << 8 | 11;
	fake_bar(PCI_DEVFN(3, 0), 0, 0xc000, 0x80, PCI_BASE_ADDRESS_SPACE_IO);
	fake_bar(PCI_DEVFN(3, 0), 1, 0xfebf1000, 0x1000, 0);
	fake_bar(PCI_DEVFN(3, 0), 4, 0xfe000000, 0x4000,
		 PCI_BASE_ADDRESS_MEM_TYPE_64 | PCI_BASE_ADDRESS_MEM_PREFETCH);
	raw_pci_ops = &fake_conf_ops;
	host_console_reset();
}

START_TEST(test_pci_scan_prints_linux_lines_and_sizes_bars)
{
	static const char want[] =
		"PCI host bridge to bus 0000:00\n"
		"pci 0000:00:00.0: [8086:1237] type 00 class 0x060000\n"
		"pci 0000:00:01.0: [8086:7000] type 00 class 0x060100\n"
		"pci 0000:00:01.1: [8086:7010] type 00 class 0x010180\n"
		"pci 0000:00:01.1: BAR 4 [io  0xc080-0xc08f]\n"
		"pci 0000:00:02.0: [1234:1111] type 00 class 0x030000\n"
		"pci 0000:00:03.0: [1af4:1001] type 00 class 0x010000\n"
		"pci 0000:00:03.0: BAR 0 [io  0xc000-0xc07f]\n"
		"pci 0000:00:03.0: BAR 1 [mem 0xfebf1000-0xfebf1fff]\n"
		"pci 0000:00:03.0: BAR 4 [mem 0xfe000000-0xfe003fff "
		"64bit pref]\n";
	struct fake_fn saved;
	struct pci_dev *dev, *vd = NULL;
	unsigned int n = 0;

	fake_qemu_bus();
	saved = fake_bus[PCI_DEVFN(3, 0)];
	pci_scan_root_bus();
	ck_assert_str_eq(host_console_output(), want);
	list_for_each_entry(dev, &pci_devices, bus_list) {
		n++;
		if (dev->devfn == PCI_DEVFN(3, 0))
			vd = dev;
	}
	ck_assert_uint_eq(n, 5);	/* 02.1: slot 2 is one function */
	ck_assert_ptr_nonnull(vd);
	ck_assert_uint_eq(vd->irq, 11);
	ck_assert_uint_eq(vd->pin, 1);
	ck_assert_uint_eq(vd->subsystem_device, 2);
	ck_assert_uint_eq(pci_resource_start(vd, 0), 0xc000);
	ck_assert_uint_eq(pci_resource_len(vd, 0), 0x80);
	ck_assert_uint_eq(vd->resource[4].flags, IORESOURCE_MEM |
			  IORESOURCE_MEM_64 | IORESOURCE_PREFETCH);
	ck_assert_uint_eq(pci_resource_len(vd, 5), 0);	/* BAR 4's top */
	ck_assert_uint_eq(pci_resource_len(vd, 2), 0);
	/* Sizing left every register as the firmware set it. */
	ck_assert_mem_eq(fake_bus[PCI_DEVFN(3, 0)].cfg, saved.cfg,
			 sizeof(saved.cfg));
}
END_TEST

static unsigned int probed;

static int count_probe(struct pci_dev *dev, const struct pci_device_id *id)
{
	probed++;
	return dev->device == 0x1001 ? 0 : -ENODEV;
}

START_TEST(test_pci_drivers_match_vendor_and_device)
{
	static const struct pci_device_id ids[] = {
		{ PCI_DEVICE(0x1af4, PCI_ANY_ID) },
		{ PCI_DEVICE(0x8086, 0x7010) },
		{ 0 }
	};
	static struct pci_driver drv = {
		.name = "test", .id_table = ids, .probe = count_probe,
	};
	struct pci_dev *dev;

	fake_qemu_bus();
	pci_scan_root_bus();
	pci_register_driver(&drv);
	pci_bus_add_devices();
	ck_assert_uint_eq(probed, 2);		/* 01.1 and 03.0 */
	list_for_each_entry(dev, &pci_devices, bus_list)
		ck_assert_ptr_eq(dev->driver,
				 dev->device == 0x1001 ? &drv : NULL);
	raw_pci_ops = NULL;
	pci_subsys_init();	/* the simulated machine has no mechanism */
	ck_assert_ptr_null(raw_pci_ops);
}
END_TEST

Suite *virtio_suite(void)
{
	Suite *s = suite_create("virtio");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_legacy_layout_puts_used_ring_on_a_page);
	tcase_add_test(tc, test_a_chain_goes_round_the_rings);
	tcase_add_test(tc, test_a_full_ring_refuses_then_recycles);
	tcase_add_test(tc, test_interrupt_and_kick_follow_the_flags);
	tcase_add_test(tc, test_string_get_size_is_linux);
	tcase_add_test(tc, test_virtio_blk_probes_the_device);
	tcase_add_test(tc, test_bios_read_and_write_the_disk);
	tcase_add_test(tc, test_errors_reach_the_caller);
	tcase_add_test(tc, test_a_full_ring_makes_requests_wait);
	tcase_add_test(tc, test_pci_scan_prints_linux_lines_and_sizes_bars);
	tcase_add_test(tc, test_pci_drivers_match_vendor_and_device);
	suite_add_tcase(s, tc);
	return s;
}
