/* arch/x86/pci/direct.c: PCI configuration mechanism #1. */
#include <asm/io.h>
#include <asm/iomap.h>
#include <asm/irqflags.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/pci.h>

#define PCI_CONF1_ADDRESS(bus, devfn, reg) \
	(0x80000000U | ((bus) << 16) | ((devfn) << 8) | ((reg) & 0xfc))

static int pci_conf1_read(unsigned int seg, unsigned int bus,
			  unsigned int devfn, int reg, int len, u32 *value)
{
	unsigned long flags;

	if (seg || bus > 255 || devfn > 255 || reg > 255) {
		*value = ~0U;
		return -EINVAL;
	}
	local_irq_save(flags);
	outl(PCI_CONF1_ADDRESS(bus, devfn, reg), 0xcf8);
	if (len == 1)
		*value = inb(0xcfc + (reg & 3));
	else if (len == 2)
		*value = inw(0xcfc + (reg & 2));
	else
		*value = inl(0xcfc);
	local_irq_restore(flags);
	return 0;
}

static int pci_conf1_write(unsigned int seg, unsigned int bus,
			   unsigned int devfn, int reg, int len, u32 value)
{
	unsigned long flags;

	if (seg || bus > 255 || devfn > 255 || reg > 255)
		return -EINVAL;
	local_irq_save(flags);
	outl(PCI_CONF1_ADDRESS(bus, devfn, reg), 0xcf8);
	if (len == 1)
		outb(value, 0xcfc + (reg & 3));
	else if (len == 2)
		outw(value, 0xcfc + (reg & 2));
	else
		outl(value, 0xcfc);
	local_irq_restore(flags);
	return 0;
}

static const struct pci_raw_ops pci_direct_conf1 = {
	.read = pci_conf1_read,
	.write = pci_conf1_write,
};

int pci_arch_init(void)
{
	unsigned long flags;
	u32 saved;
	int works;

	local_irq_save(flags);
	outb(0x01, 0xcfb);
	saved = inl(0xcf8);
	outl(0x80000000U, 0xcf8);
	works = inl(0xcf8) == 0x80000000U;
	outl(saved, 0xcf8);
	local_irq_restore(flags);
	if (!works)
		return -ENODEV;
	raw_pci_ops = &pci_direct_conf1;
	pr_info("PCI: Using configuration type 1 for base access\n");
	return 0;
}
