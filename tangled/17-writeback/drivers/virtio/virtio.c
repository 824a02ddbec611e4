/* drivers/virtio/virtio.c: bind virtio devices to their drivers. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/virtio.h>
#include <linux/virtio_config.h>

static struct virtio_driver *virtio_drivers[4];
static unsigned int nr_virtio_drivers;
static int virtio_index;

int register_virtio_driver(struct virtio_driver *drv)
{
	if (nr_virtio_drivers == ARRAY_SIZE(virtio_drivers))
		return -ENOSPC;
	virtio_drivers[nr_virtio_drivers++] = drv;
	return 0;
}

static void virtio_add_status(struct virtio_device *dev, u8 status)
{
	dev->config->set_status(dev, dev->config->get_status(dev) | status);
}

void virtio_device_ready(struct virtio_device *dev)
{
	virtio_add_status(dev, VIRTIO_CONFIG_S_DRIVER_OK);
}

static int virtio_dev_probe(struct virtio_device *dev,
			    struct virtio_driver *drv)
{
	u64 device_features = dev->config->get_features(dev);
	u64 driver_features = 0;
	unsigned int i;
	int err;

	dev->driver = drv;
	virtio_add_status(dev, VIRTIO_CONFIG_S_DRIVER);
	for (i = 0; i < drv->feature_table_size; i++)
		driver_features |= 1ULL << drv->feature_table[i];
	dev->features = device_features & driver_features;
	err = dev->config->finalize_features(dev);
	if (!err && virtio_has_feature(dev, VIRTIO_F_VERSION_1)) {
		virtio_add_status(dev, VIRTIO_CONFIG_S_FEATURES_OK);
		if (!(dev->config->get_status(dev) &
		      VIRTIO_CONFIG_S_FEATURES_OK)) {
			dev_err_virtio(dev, "virtio: device refuses features: "
				       "%llx\n",
				       (unsigned long long)dev->features);
			err = -ENODEV;
		}
	}
	if (!err)
		err = drv->probe(dev);
	if (err) {
		virtio_add_status(dev, VIRTIO_CONFIG_S_FAILED);
		dev->driver = NULL;
		return err;
	}
	if (!(dev->config->get_status(dev) & VIRTIO_CONFIG_S_DRIVER_OK))
		virtio_device_ready(dev);
	return 0;
}

int register_virtio_device(struct virtio_device *dev)
{
	unsigned int i;

	dev->index = virtio_index++;
	snprintf(dev->name, sizeof(dev->name), "virtio%d", dev->index);
	INIT_LIST_HEAD(&dev->vqs);
	dev->config->reset(dev);
	virtio_add_status(dev, VIRTIO_CONFIG_S_ACKNOWLEDGE);
	for (i = 0; i < nr_virtio_drivers; i++) {
		const struct virtio_device_id *id;

		for (id = virtio_drivers[i]->id_table; id->device; id++)
			if (id->device == dev->id.device)
				return virtio_dev_probe(dev,
							virtio_drivers[i]);
	}
	return 0;		/* a device with no driver stays there */
}
