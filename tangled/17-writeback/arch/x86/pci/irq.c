/* arch/x86/pci/irq.c: the interrupt line the firmware gave a device. */
#include <asm/i8259.h>
#include <asm/io.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/pci.h>

#define PIC_ELCR1	0x4d0	/* edge/level of IRQ 0-7: 1 is level */
#define PIC_ELCR2	0x4d1	/* IRQ 8-15 */

static bool elcr_is_level(unsigned int irq)
{
	u16 port = irq < 8 ? PIC_ELCR1 : PIC_ELCR2;

	return (inb(port) >> (irq & 7)) & 1;
}

int pcibios_enable_irq(struct pci_dev *dev)
{
	bool level;

	if (!dev->pin || !dev->irq || dev->irq >= NR_IRQS_LEGACY) {
		pci_info(dev, "no usable interrupt line (pin %u, line %u)\n",
			 dev->pin, dev->irq);
		return -ENODEV;
	}
	level = elcr_is_level(dev->irq);
	pci_info(dev, "PCI INT %c -> GSI %u (%s, low) -> IRQ %u\n",
		 'A' + dev->pin - 1, dev->irq, level ? "level" : "edge",
		 dev->irq);
	if (!level) {
		pci_info(dev, "IRQ %u is edge-triggered in the ELCR\n",
			 dev->irq);
		return -EINVAL;
	}
	return 0;
}
