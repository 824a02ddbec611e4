/* drivers/virtio/virtio_pci_legacy.c: virtio over legacy PCI ports. */
#include <asm/iomap.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/kernel.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/virtio.h>
#include <linux/virtio_config.h>
#include <uapi/linux/virtio_pci.h>

struct virtio_pci_device {
	struct virtio_device vdev;	/* first: to_vp_device() is a cast */
	struct pci_dev *pci_dev;
	unsigned long ioaddr;		/* BAR 0's first port */
	struct virtqueue *vqs[1];
	unsigned int nvqs;
};

static struct virtio_pci_device *to_vp_device(struct virtio_device *vdev)
{
	return (struct virtio_pci_device *)vdev;
}

static void vp_get(struct virtio_device *vdev, unsigned int offset,
		   void *buf, unsigned int len)
{
	struct virtio_pci_device *vp = to_vp_device(vdev);
	unsigned long port = vp->ioaddr + VIRTIO_PCI_CONFIG_OFF(false);
	u8 *p = buf;
	unsigned int i;

	for (i = 0; i < len; i++)
		p[i] = ioread8(port + offset + i);
}

static u8 vp_get_status(struct virtio_device *vdev)
{
	return ioread8(to_vp_device(vdev)->ioaddr + VIRTIO_PCI_STATUS);
}

static void vp_set_status(struct virtio_device *vdev, u8 status)
{
	iowrite8(status, to_vp_device(vdev)->ioaddr + VIRTIO_PCI_STATUS);
}

static void vp_reset(struct virtio_device *vdev)
{
	struct virtio_pci_device *vp = to_vp_device(vdev);

	iowrite8(0, vp->ioaddr + VIRTIO_PCI_STATUS);
	ioread8(vp->ioaddr + VIRTIO_PCI_STATUS);	/* flush the write */
}

static u64 vp_get_features(struct virtio_device *vdev)
{
	return ioread32(to_vp_device(vdev)->ioaddr +
			VIRTIO_PCI_HOST_FEATURES);
}

static int vp_finalize_features(struct virtio_device *vdev)
{
	iowrite32((u32)vdev->features, to_vp_device(vdev)->ioaddr +
		  VIRTIO_PCI_GUEST_FEATURES);
	return 0;
}

static bool vp_notify(struct virtqueue *vq)
{
	struct virtio_pci_device *vp = to_vp_device(vq->vdev);

	iowrite16(vq->index, vp->ioaddr + VIRTIO_PCI_QUEUE_NOTIFY);
	return true;
}

/* Every virtio device whose queues are set up, for the shared lines. */
static struct virtio_pci_device *vp_devices[8];
static unsigned int nr_vp_devices;

static irqreturn_t vp_interrupt(int irq, void *unused)
{
	irqreturn_t ret = IRQ_NONE;
	unsigned int d, i;

	for (d = 0; d < nr_vp_devices; d++) {
		struct virtio_pci_device *vp = vp_devices[d];

		if (vp->pci_dev->irq != (unsigned int)irq ||
		    !ioread8(vp->ioaddr + VIRTIO_PCI_ISR))  /* and lower it */
			continue;
		for (i = 0; i < vp->nvqs; i++)
			vring_interrupt(irq, vp->vqs[i]);
		ret = IRQ_HANDLED;
	}
	return ret;
}

static struct virtqueue *setup_vq(struct virtio_pci_device *vp,
				  unsigned int index,
				  void (*callback)(struct virtqueue *),
				  const char *name)
{
	struct virtqueue *vq;
	u16 num;

	iowrite16(index, vp->ioaddr + VIRTIO_PCI_QUEUE_SEL);
	num = ioread16(vp->ioaddr + VIRTIO_PCI_QUEUE_NUM);
	if (!num || ioread32(vp->ioaddr + VIRTIO_PCI_QUEUE_PFN))
		return NULL;	/* no such queue, or already in use */
	vq = vring_create_virtqueue(index, num, VIRTIO_PCI_VRING_ALIGN,
				    &vp->vdev, vp_notify, callback, name);
	if (!vq)
		return NULL;
	iowrite32(virtqueue_get_desc_addr(vq) >> VIRTIO_PCI_QUEUE_ADDR_SHIFT,
		  vp->ioaddr + VIRTIO_PCI_QUEUE_PFN);
	return vq;
}

static int vp_find_vqs(struct virtio_device *vdev, unsigned int nvqs,
		       struct virtqueue *vqs[],
		       void (*callbacks[])(struct virtqueue *),
		       const char *const names[])
{
	struct virtio_pci_device *vp = to_vp_device(vdev);
	unsigned int i;

	if (nvqs > ARRAY_SIZE(vp->vqs))
		return -EINVAL;
	for (i = 0; i < nvqs; i++) {
		vqs[i] = setup_vq(vp, i, callbacks[i], names[i]);
		if (!vqs[i])
			return -ENOENT;
		vp->vqs[i] = vqs[i];
		vp->nvqs = i + 1;
	}
	for (i = 0; i < nr_vp_devices; i++)
		if (vp_devices[i]->pci_dev->irq == vp->pci_dev->irq)
			break;
	if (nr_vp_devices == ARRAY_SIZE(vp_devices))
		return -ENOSPC;
	vp_devices[nr_vp_devices++] = vp;
	if (i < nr_vp_devices - 1)
		return 0;	/* the line's handler is there already */
	return request_irq(vp->pci_dev->irq, vp_interrupt, 0, "virtio-pci",
			   NULL);
}

static const struct virtio_config_ops virtio_pci_config_ops = {
	.get = vp_get,
	.get_status = vp_get_status,
	.set_status = vp_set_status,
	.reset = vp_reset,
	.find_vqs = vp_find_vqs,
	.get_features = vp_get_features,
	.finalize_features = vp_finalize_features,
};

static int virtio_pci_legacy_probe(struct pci_dev *pci_dev,
				   const struct pci_device_id *id)
{
	struct virtio_pci_device *vp;
	int err;

	if (pci_dev->device < 0x1000 || pci_dev->device > 0x103f)
		return -ENODEV;		/* a modern-only device */
	if (!(pci_dev->resource[0].flags & IORESOURCE_IO))
		return -ENODEV;
	err = pcibios_enable_irq(pci_dev);
	if (err)
		return err;
	vp = kzalloc(sizeof(*vp), GFP_KERNEL);
	if (!vp)
		return -ENOMEM;
	vp->pci_dev = pci_dev;
	vp->ioaddr = pci_resource_start(pci_dev, 0);
	vp->vdev.id.device = pci_dev->subsystem_device;
	vp->vdev.config = &virtio_pci_config_ops;
	pci_dev->driver_data = vp;
	pci_set_master(pci_dev);
	return register_virtio_device(&vp->vdev);
}

static const struct pci_device_id virtio_pci_id_table[] = {
	{ PCI_DEVICE(0x1af4, PCI_ANY_ID) },
	{ 0 }
};

static struct pci_driver virtio_pci_driver = {
	.name = "virtio-pci",
	.id_table = virtio_pci_id_table,
	.probe = virtio_pci_legacy_probe,
};

int virtio_pci_driver_init(void)
{
	return pci_register_driver(&virtio_pci_driver);
}
