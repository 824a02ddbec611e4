/* kernel/acpi.c: the RSDP, the RSDT or XSDT, and the tables they list. */
#include <linux/acpi.h>
#include <linux/kernel.h>
#include <linux/string.h>

#define ACPI_MAX_TABLES	32

static const struct acpi_table_header *acpi_tables[ACPI_MAX_TABLES];
static unsigned int acpi_nr_tables;

u8 acpi_checksum(const void *p, size_t len)
{
	const u8 *b = p;
	u8 sum = 0;

	while (len--)
		sum += *b++;
	return sum;
}

static bool acpi_rsdp_valid(const struct acpi_table_rsdp *rsdp)
{
	if (memcmp(rsdp->signature, "RSD PTR ", 8) != 0)
		return false;
	if (acpi_checksum(rsdp, 20) != 0)
		return false;
	return rsdp->revision < 2 ||
	       (rsdp->length >= sizeof(*rsdp) && rsdp->length <= 4096 &&
		acpi_checksum(rsdp, rsdp->length) == 0);
}

static phys_addr_t acpi_scan_rsdp(phys_addr_t start, size_t len)
{
	const u8 *p = acpi_os_map_memory(start, len);
	size_t off;

	for (off = 0; p && off + 36 <= len; off += 16)
		if (acpi_rsdp_valid((const void *)(p + off)))
			return start + off;
	return 0;
}

static phys_addr_t acpi_find_root_pointer(void)
{
	const u16 *ebda_seg = acpi_os_map_memory(0x40e, 2);
	phys_addr_t ebda = ebda_seg ? (phys_addr_t)*ebda_seg << 4 : 0;
	phys_addr_t found = 0;

	if (ebda >= 0x400 && ebda < 0xa0000)
		found = acpi_scan_rsdp(ebda, 1024);
	if (!found)
		found = acpi_scan_rsdp(0xe0000, 0x20000);
	return found;
}

static void acpi_print_table(const struct acpi_table_header *t,
			     phys_addr_t phys)
{
	pr_info("ACPI: %.4s 0x%016lX %06X (v%02d %.6s %.8s %08X %.4s %08X)"
		"\n", t->signature, phys, t->length, t->revision,
		t->oem_id, t->oem_table_id, t->oem_revision,
		t->asl_compiler_id, t->asl_compiler_revision);
}

static const struct acpi_table_header *acpi_map_table(phys_addr_t phys)
{
	const struct acpi_table_header *t;

	t = acpi_os_map_memory(phys, sizeof(*t));
	if (!t || t->length < sizeof(*t) || t->length > (1 << 20))
		return NULL;
	t = acpi_os_map_memory(phys, t->length);
	if (t && acpi_checksum(t, t->length) != 0) {
		pr_warn("ACPI: %.4s at 0x%lx has a bad checksum; ignored\n",
			t->signature, phys);
		return NULL;
	}
	return t;
}

int acpi_table_init(void)
{
	phys_addr_t rsdp_phys = acpi_find_root_pointer(), root_phys;
	const struct acpi_table_rsdp *rsdp;
	const struct acpi_table_header *root;
	unsigned int i, n, size;

	acpi_nr_tables = 0;
	if (!rsdp_phys) {
		pr_info("ACPI: no RSDP found\n");
		return -1;
	}
	rsdp = acpi_os_map_memory(rsdp_phys, sizeof(*rsdp));
	pr_info("ACPI: RSDP 0x%016lX %06X (v%02d %.6s)\n", rsdp_phys,
		rsdp->revision >= 2 ? rsdp->length : 20, rsdp->revision,
		rsdp->oem_id);
	size = rsdp->revision >= 2 && rsdp->xsdt_physical_address ? 8 : 4;
	root_phys = size == 8 ? rsdp->xsdt_physical_address
			      : rsdp->rsdt_physical_address;
	root = acpi_map_table(root_phys);
	if (!root)
		return -1;
	acpi_print_table(root, root_phys);
	n = (root->length - sizeof(*root)) / size;
	for (i = 0; i < n && acpi_nr_tables < ACPI_MAX_TABLES; i++) {
		const u8 *entry = (const u8 *)(root + 1) + i * size;
		phys_addr_t phys = 0;
		const struct acpi_table_header *t;

		memcpy(&phys, entry, size);	/* little-endian, 4 or 8 bytes */
		t = acpi_map_table(phys);
		if (!t)
			continue;
		acpi_print_table(t, phys);
		acpi_tables[acpi_nr_tables++] = t;
	}
	return 0;
}

const struct acpi_table_header *acpi_get_table(const char *sig)
{
	unsigned int i;

	for (i = 0; i < acpi_nr_tables; i++)
		if (memcmp(acpi_tables[i]->signature, sig, 4) == 0)
			return acpi_tables[i];
	return NULL;
}
