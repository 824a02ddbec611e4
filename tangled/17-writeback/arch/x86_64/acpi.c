/* arch/x86_64/acpi.c: reading the firmware's tables. */
#include <linux/acpi.h>
#include <linux/pgtable.h>

void *acpi_os_map_memory(phys_addr_t phys, size_t size)
{
	phys_addr_t pa;

	for (pa = phys & PAGE_MASK; pa < phys + size; pa += PAGE_SIZE) {
		unsigned long va = (unsigned long)__va(pa);
		unsigned int level;
		pte_t *pte = lookup_address(va, &level);

		if (pte && pte_present(*pte))
			continue;
		if (vmap_range(swapper_pg_dir, va, va + PAGE_SIZE, pa,
			       PAGE_KERNEL_RO, PAGE_SHIFT))
			return NULL;
	}
	return __va(phys);
}
