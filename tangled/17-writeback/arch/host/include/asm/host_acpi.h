#ifndef _ASM_HOST_ACPI_H
#define _ASM_HOST_ACPI_H
/* The simulated machine's ACPI tables, set before host_boot(). */
#include <linux/types.h>

struct host_firmware {
	unsigned long numa_split;	/* node 1's first byte; 0: one node */
	bool bad_srat_checksum;
	bool short_srat_entry;
	bool no_rsdp;
	unsigned int madt_cpus;		/* processors in a MADT; 0: no MADT */
};

extern struct host_firmware host_firmware;

void host_acpi_tables(void);

#define HOST_RSDP_ADDR	0xf59b0UL
#define HOST_ACPI_BASE	0xbffe1000UL
#endif
