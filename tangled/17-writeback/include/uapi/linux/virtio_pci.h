#ifndef _UAPI_LINUX_VIRTIO_PCI_H
#define _UAPI_LINUX_VIRTIO_PCI_H
/* The legacy virtio PCI registers, offsets into I/O BAR 0. */
#define VIRTIO_PCI_HOST_FEATURES	0	/* 32 bits, read only */
#define VIRTIO_PCI_GUEST_FEATURES	4	/* 32 bits */
#define VIRTIO_PCI_QUEUE_PFN		8	/* 32 bits: page of the ring */
#define VIRTIO_PCI_QUEUE_NUM		12	/* 16 bits, read only */
#define VIRTIO_PCI_QUEUE_SEL		14	/* 16 bits */
#define VIRTIO_PCI_QUEUE_NOTIFY		16	/* 16 bits: "look at queue N" */
#define VIRTIO_PCI_STATUS		18	/* 8 bits */
#define VIRTIO_PCI_ISR			19	/* 8 bits; reading clears it */
#define VIRTIO_PCI_CONFIG_OFF(msix)	((msix) ? 24 : 20)
#define VIRTIO_PCI_ISR_CONFIG		0x2	/* the configuration changed */
#define VIRTIO_PCI_QUEUE_ADDR_SHIFT	12
#define VIRTIO_PCI_VRING_ALIGN		4096
#endif
