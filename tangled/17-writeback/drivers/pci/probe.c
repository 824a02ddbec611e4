/* drivers/pci/probe.c: find the devices of bus 0 and their drivers. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/virtio.h>

const struct pci_raw_ops *raw_pci_ops;
LIST_HEAD(pci_devices);
static LIST_HEAD(pci_drivers);

static int pci_read(const struct pci_dev *dev, int where, int len, u32 *v)
{
	if (!raw_pci_ops) {
		*v = ~0U;
		return -ENODEV;
	}
	return raw_pci_ops->read(0, 0, dev->devfn, where, len, v);
}

int pci_read_config_byte(const struct pci_dev *dev, int where, u8 *val)
{
	u32 v;
	int err = pci_read(dev, where, 1, &v);

	*val = v;
	return err;
}

int pci_read_config_word(const struct pci_dev *dev, int where, u16 *val)
{
	u32 v;
	int err = pci_read(dev, where, 2, &v);

	*val = v;
	return err;
}

int pci_read_config_dword(const struct pci_dev *dev, int where, u32 *val)
{
	return pci_read(dev, where, 4, val);
}

int pci_write_config_word(const struct pci_dev *dev, int where, u16 val)
{
	return raw_pci_ops ? raw_pci_ops->write(0, 0, dev->devfn, where, 2,
						 val) : -ENODEV;
}

int pci_write_config_dword(const struct pci_dev *dev, int where, u32 val)
{
	return raw_pci_ops ? raw_pci_ops->write(0, 0, dev->devfn, where, 4,
						 val) : -ENODEV;
}

void pci_set_master(struct pci_dev *dev)
{
	u16 cmd;

	pci_read_config_word(dev, PCI_COMMAND, &cmd);
	pci_write_config_word(dev, PCI_COMMAND, cmd | PCI_COMMAND_MASTER);
}

/* Linux's %pR: "[io  0xc000-0xc03f]", "[mem 0xfebf0000-0xfebf0fff]". */
static void pci_print_bar(struct pci_dev *dev, int bar)
{
	struct resource *r = &dev->resource[bar];
	bool io = r->flags & IORESOURCE_IO;
	int w = io ? 6 : 10;

	pci_info(dev, "BAR %d [%s %#0*llx-%#0*llx%s%s]\n", bar,
		 io ? "io " : "mem", w, (unsigned long long)r->start, w,
		 (unsigned long long)r->end,
		 r->flags & IORESOURCE_MEM_64 ? " 64bit" : "",
		 r->flags & IORESOURCE_PREFETCH ? " pref" : "");
}

/* Size BAR bar; returns 1 if it is 64 bits wide (it takes two slots). */
static int pci_read_base(struct pci_dev *dev, int bar)
{
	int pos = PCI_BASE_ADDRESS_0 + 4 * bar;
	struct resource *r = &dev->resource[bar];
	u32 l, sz, lhi = 0, szhi = ~0U;
	u64 base, mask;

	pci_read_config_dword(dev, pos, &l);
	pci_write_config_dword(dev, pos, ~0U);
	pci_read_config_dword(dev, pos, &sz);
	pci_write_config_dword(dev, pos, l);
	r->flags = 0;
	if (l & PCI_BASE_ADDRESS_SPACE_IO) {
		r->flags = IORESOURCE_IO;
		base = l & PCI_BASE_ADDRESS_IO_MASK;
		mask = (sz & PCI_BASE_ADDRESS_IO_MASK & 0xffff) | ~0xffffULL;
	} else {
		r->flags = IORESOURCE_MEM;
		if (l & PCI_BASE_ADDRESS_MEM_PREFETCH)
			r->flags |= IORESOURCE_PREFETCH;
		if (l & PCI_BASE_ADDRESS_MEM_TYPE_64) {
			r->flags |= IORESOURCE_MEM_64;
			pci_read_config_dword(dev, pos + 4, &lhi);
			pci_write_config_dword(dev, pos + 4, ~0U);
			pci_read_config_dword(dev, pos + 4, &szhi);
			pci_write_config_dword(dev, pos + 4, lhi);
		}
		base = ((u64)lhi << 32) | (l & PCI_BASE_ADDRESS_MEM_MASK);
		mask = ((u64)szhi << 32) | (sz & PCI_BASE_ADDRESS_MEM_MASK);
	}
	if (!sz || sz == ~0U || !mask || !base) {
		bool wide = r->flags & IORESOURCE_MEM_64;

		r->flags = 0;		/* not there, or given no address */
		return wide;		/* a 64-bit one still takes two */
	}
	r->start = base;
	r->end = base + (mask & -mask) - 1;	/* lowest bit that stuck */
	pci_print_bar(dev, bar);
	return (r->flags & IORESOURCE_MEM_64) ? 1 : 0;
}

static void pci_read_bases(struct pci_dev *dev)
{
	u16 cmd;
	int bar;

	pci_read_config_word(dev, PCI_COMMAND, &cmd);
	pci_write_config_word(dev, PCI_COMMAND,
			      cmd & ~(PCI_COMMAND_IO | PCI_COMMAND_MEMORY));
	for (bar = 0; bar < PCI_STD_NUM_BARS; bar++)
		bar += pci_read_base(dev, bar);
	pci_write_config_word(dev, PCI_COMMAND, cmd);
}

static void pci_setup_device(struct pci_dev *dev)
{
	u32 class;
	u8 line;

	pci_read_config_word(dev, PCI_VENDOR_ID, &dev->vendor);
	pci_read_config_word(dev, PCI_DEVICE_ID, &dev->device);
	pci_read_config_byte(dev, PCI_HEADER_TYPE, &dev->hdr_type);
	pci_read_config_dword(dev, PCI_CLASS_REVISION, &class);
	dev->revision = class & 0xff;
	dev->class = class >> 8;
	pci_info(dev, "[%04x:%04x] type %02x class %#08x\n", dev->vendor,
		 dev->device, dev->hdr_type & PCI_HEADER_TYPE_MASK,
		 dev->class);
	if ((dev->hdr_type & PCI_HEADER_TYPE_MASK) != 0)
		return;		/* a bridge: its BARs are another layout */
	pci_read_config_word(dev, PCI_SUBSYSTEM_VENDOR_ID,
			     &dev->subsystem_vendor);
	pci_read_config_word(dev, PCI_SUBSYSTEM_ID, &dev->subsystem_device);
	pci_read_config_byte(dev, PCI_INTERRUPT_PIN, &dev->pin);
	pci_read_config_byte(dev, PCI_INTERRUPT_LINE, &line);
	dev->irq = dev->pin ? line : 0;
	pci_read_bases(dev);
}

static struct pci_dev *pci_scan_device(unsigned int devfn)
{
	struct pci_dev probe = { .devfn = devfn };
	struct pci_dev *dev;
	u32 id;

	pci_read_config_dword(&probe, PCI_VENDOR_ID, &id);
	if (id == ~0U || !id)
		return NULL;
	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		return NULL;
	dev->devfn = devfn;
	snprintf(dev->name, sizeof(dev->name), "0000:00:%02x.%d",
		 PCI_SLOT(devfn), PCI_FUNC(devfn));
	pci_setup_device(dev);
	list_add_tail(&dev->bus_list, &pci_devices);
	return dev;
}

void pci_scan_root_bus(void)
{
	unsigned int slot, fn;

	pr_info("PCI host bridge to bus 0000:00\n");
	for (slot = 0; slot < 32; slot++) {
		struct pci_dev *dev = pci_scan_device(PCI_DEVFN(slot, 0));

		if (dev && (dev->hdr_type & 0x80))	/* multi-function */
			for (fn = 1; fn < 8; fn++)
				pci_scan_device(PCI_DEVFN(slot, fn));
	}
}

static const struct pci_device_id *pci_match_id(const struct pci_driver *drv,
						const struct pci_dev *dev)
{
	const struct pci_device_id *id;

	for (id = drv->id_table; id->vendor; id++)
		if (id->vendor == dev->vendor &&
		    (id->device == PCI_ANY_ID || id->device == dev->device))
			return id;
	return NULL;
}

static void pci_bus_add_device(struct pci_dev *dev)
{
	struct pci_driver *drv;

	list_for_each_entry(drv, &pci_drivers, node) {
		const struct pci_device_id *id = pci_match_id(drv, dev);

		if (id && !dev->driver && drv->probe(dev, id) == 0) {
			dev->driver = drv;
			return;
		}
	}
}

int pci_register_driver(struct pci_driver *drv)
{
	list_add_tail(&drv->node, &pci_drivers);
	return 0;
}

void pci_bus_add_devices(void)
{
	struct pci_dev *dev;

	list_for_each_entry(dev, &pci_devices, bus_list)
		pci_bus_add_device(dev);
}

void pci_subsys_init(void)
{
	if (pci_arch_init())
		return;
	pci_scan_root_bus();
	virtio_pci_driver_init();
	pci_bus_add_devices();
}
