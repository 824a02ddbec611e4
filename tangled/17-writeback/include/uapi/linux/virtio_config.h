#ifndef _UAPI_LINUX_VIRTIO_CONFIG_H
#define _UAPI_LINUX_VIRTIO_CONFIG_H
/* Device status bits, and the feature bits every device shares. */
#define VIRTIO_CONFIG_S_ACKNOWLEDGE	1	/* the guest saw the device */
#define VIRTIO_CONFIG_S_DRIVER		2	/* it has a driver for it */
#define VIRTIO_CONFIG_S_DRIVER_OK	4	/* the driver is ready */
#define VIRTIO_CONFIG_S_FEATURES_OK	8	/* (virtio 1.0 only) */
#define VIRTIO_CONFIG_S_NEEDS_RESET	0x40
#define VIRTIO_CONFIG_S_FAILED		0x80
#define VIRTIO_F_VERSION_1		32	/* a modern device */
#endif
