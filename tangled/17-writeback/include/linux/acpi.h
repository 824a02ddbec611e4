#ifndef _LINUX_ACPI_H
#define _LINUX_ACPI_H
/* ACPI: finding the firmware's tables, and the two NUMA tables. */
#include <asm/page.h>
#include <linux/compiler.h>
#include <linux/types.h>

struct acpi_table_rsdp {
	char signature[8];		/* "RSD PTR " */
	u8 checksum;			/* of the first 20 bytes */
	char oem_id[6];
	u8 revision;			/* 0: ACPI 1.0; 2: has the rest */
	u32 rsdt_physical_address;
	u32 length;
	u64 xsdt_physical_address;
	u8 extended_checksum;		/* of all length bytes */
	u8 reserved[3];
} __packed;

struct acpi_table_header {
	char signature[4];
	u32 length;			/* of the whole table */
	u8 revision;
	u8 checksum;			/* the bytes add up to 0 */
	char oem_id[6];
	char oem_table_id[8];
	u32 oem_revision;
	char asl_compiler_id[4];
	u32 asl_compiler_revision;
} __packed;

struct acpi_subtable_header {
	u8 type;
	u8 length;
} __packed;

#define ACPI_SRAT_TYPE_CPU_AFFINITY	0
#define ACPI_SRAT_TYPE_MEMORY_AFFINITY	1
#define ACPI_SRAT_ENABLED		(1 << 0)
#define ACPI_SRAT_MEM_HOT_PLUGGABLE	(1 << 1)
#define ACPI_SRAT_MEM_NON_VOLATILE	(1 << 2)

struct acpi_srat_cpu_affinity {
	struct acpi_subtable_header header;
	u8 proximity_domain_lo;
	u8 apic_id;
	u32 flags;
	u8 local_sapic_eid;
	u8 proximity_domain_hi[3];
	u32 clock_domain;
} __packed;

struct acpi_srat_mem_affinity {
	struct acpi_subtable_header header;
	u32 proximity_domain;
	u16 reserved;
	u64 base_address;
	u64 length;
	u32 reserved1;
	u32 flags;
	u64 reserved2;
} __packed;

#define ACPI_SRAT_HEADER_SIZE	(sizeof(struct acpi_table_header) + 12)
#define ACPI_SLIT_HEADER_SIZE	(sizeof(struct acpi_table_header) + 8)

void *acpi_os_map_memory(phys_addr_t phys, size_t size); /* per machine */
u8 acpi_checksum(const void *p, size_t len);
int acpi_table_init(void);
const struct acpi_table_header *acpi_get_table(const char *sig);
#endif
