#ifndef _LINUX_VIRTIO_CONFIG_H
#define _LINUX_VIRTIO_CONFIG_H
/* What a transport does for the virtio core and the drivers. */
#include <linux/virtio.h>
#include <uapi/linux/virtio_config.h>

struct virtio_config_ops {
	void (*get)(struct virtio_device *vdev, unsigned int offset,
		    void *buf, unsigned int len);
	u8 (*get_status)(struct virtio_device *vdev);
	void (*set_status)(struct virtio_device *vdev, u8 status);
	void (*reset)(struct virtio_device *vdev);
	int (*find_vqs)(struct virtio_device *vdev, unsigned int nvqs,
			struct virtqueue *vqs[],
			void (*callbacks[])(struct virtqueue *),
			const char *const names[]);
	u64 (*get_features)(struct virtio_device *vdev);
	int (*finalize_features)(struct virtio_device *vdev);
};

static inline bool virtio_has_feature(const struct virtio_device *vdev,
				      unsigned int fbit)
{
	return (vdev->features >> fbit) & 1;
}

static inline u64 virtio_cread64(struct virtio_device *vdev,
				 unsigned int offset)
{
	u64 v;

	vdev->config->get(vdev, offset, &v, sizeof(v));
	return v;
}

static inline int virtio_find_single_vq(struct virtio_device *vdev,
					struct virtqueue **vq,
					void (*c)(struct virtqueue *),
					const char *n)
{
	void (*callbacks[])(struct virtqueue *) = { c };
	const char *const names[] = { n };

	return vdev->config->find_vqs(vdev, 1, vq, callbacks, names);
}
#endif
