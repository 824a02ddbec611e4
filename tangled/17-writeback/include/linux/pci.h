#ifndef _LINUX_PCI_H
#define _LINUX_PCI_H
/* PCI devices on bus 0, their configuration space and their drivers. */
#include <linux/list.h>
#include <linux/types.h>

#define PCI_VENDOR_ID		0x00	/* 16 bits */
#define PCI_DEVICE_ID		0x02	/* 16 bits */
#define PCI_COMMAND		0x04	/* 16 bits */
#define  PCI_COMMAND_IO		0x1	/* decode I/O BARs */
#define  PCI_COMMAND_MEMORY	0x2	/* decode memory BARs */
#define  PCI_COMMAND_MASTER	0x4	/* may do DMA */
#define PCI_CLASS_REVISION	0x08	/* class << 8 | revision */
#define PCI_HEADER_TYPE		0x0e	/* 8 bits */
#define  PCI_HEADER_TYPE_MASK	0x7f
#define PCI_BASE_ADDRESS_0	0x10	/* six of them, 32 bits each */
#define  PCI_BASE_ADDRESS_SPACE_IO	0x01
#define  PCI_BASE_ADDRESS_MEM_TYPE_64	0x04
#define  PCI_BASE_ADDRESS_MEM_PREFETCH	0x08
#define  PCI_BASE_ADDRESS_IO_MASK	(~0x03U)
#define  PCI_BASE_ADDRESS_MEM_MASK	(~0x0fU)
#define PCI_SUBSYSTEM_VENDOR_ID	0x2c
#define PCI_SUBSYSTEM_ID	0x2e
#define PCI_INTERRUPT_LINE	0x3c	/* the firmware's choice of IRQ */
#define PCI_INTERRUPT_PIN	0x3d	/* 1..4: INTA..INTD, 0: none */
#define PCI_STD_NUM_BARS	6

#define PCI_DEVFN(slot, func)	((((slot) & 0x1f) << 3) | ((func) & 0x07))
#define PCI_SLOT(devfn)		(((devfn) >> 3) & 0x1f)
#define PCI_FUNC(devfn)		((devfn) & 0x07)
#define PCI_ANY_ID		(~0U)

#define IORESOURCE_IO		0x00000100
#define IORESOURCE_MEM		0x00000200
#define IORESOURCE_PREFETCH	0x00002000
#define IORESOURCE_MEM_64	0x00100000

struct resource {
	u64 start, end;		/* the first and the last address */
	unsigned long flags;	/* IORESOURCE_* */
};

struct pci_driver;

struct pci_dev {
	struct list_head bus_list;	/* on pci_devices */
	unsigned int devfn;
	unsigned short vendor;
	unsigned short device;
	unsigned short subsystem_vendor;
	unsigned short subsystem_device;
	unsigned int class;	/* base class, subclass, programming if. */
	u8 revision;
	u8 hdr_type;
	u8 pin;
	unsigned int irq;
	struct resource resource[PCI_STD_NUM_BARS];
	struct pci_driver *driver;
	void *driver_data;
	char name[16];		/* "0000:00:04.0", Linux's dev_name */
};

struct pci_device_id {
	u32 vendor, device;
};

#define PCI_DEVICE(vend, dev)	.vendor = (vend), .device = (dev)

struct pci_driver {
	struct list_head node;
	const char *name;
	const struct pci_device_id *id_table;	/* ends with vendor 0 */
	int (*probe)(struct pci_dev *dev, const struct pci_device_id *id);
};

/* How configuration space is reached: arch/x86/pci/direct.c's conf1. */
struct pci_raw_ops {
	int (*read)(unsigned int domain, unsigned int bus, unsigned int devfn,
		    int reg, int len, u32 *val);
	int (*write)(unsigned int domain, unsigned int bus,
		     unsigned int devfn, int reg, int len, u32 val);
};

extern const struct pci_raw_ops *raw_pci_ops;
extern struct list_head pci_devices;

static inline u64 pci_resource_start(const struct pci_dev *dev, int bar)
{
	return dev->resource[bar].start;
}

static inline u64 pci_resource_len(const struct pci_dev *dev, int bar)
{
	const struct resource *r = &dev->resource[bar];

	return r->flags ? r->end - r->start + 1 : 0;
}

#define pci_info(pdev, fmt, ...) \
	pr_info("pci %s: " fmt, (pdev)->name, ##__VA_ARGS__)

int pci_read_config_byte(const struct pci_dev *dev, int where, u8 *val);
int pci_read_config_word(const struct pci_dev *dev, int where, u16 *val);
int pci_read_config_dword(const struct pci_dev *dev, int where, u32 *val);
int pci_write_config_word(const struct pci_dev *dev, int where, u16 val);
int pci_write_config_dword(const struct pci_dev *dev, int where, u32 val);
void pci_set_master(struct pci_dev *dev);
int pci_register_driver(struct pci_driver *drv);
void pci_scan_root_bus(void);
void pci_bus_add_devices(void);
int pci_arch_init(void);
int pcibios_enable_irq(struct pci_dev *dev);
void pci_subsys_init(void);
#endif
