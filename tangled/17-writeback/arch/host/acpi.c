/* arch/host/acpi.c: the simulated firmware's ACPI tables. */
#include <asm/host_acpi.h>
#include <asm/host_mmu.h>
#include <linux/acpi.h>
#include <linux/string.h>

struct host_firmware host_firmware;

void *acpi_os_map_memory(phys_addr_t phys, size_t size)
{
	if (phys + size > HOST_RAM_END || phys + size < phys)
		return NULL;
	return __va(phys);
}

static struct acpi_table_header *host_table(phys_addr_t at, const char *sig,
					    u32 length)
{
	struct acpi_table_header *t = __va(at);

	memset(t, 0, length);
	memcpy(t->signature, sig, 4);
	t->length = length;
	t->revision = 1;
	memcpy(t->oem_id, "BOCHS ", 6);
	memcpy(t->oem_table_id, "BXPC    ", 8);
	t->oem_revision = 1;
	memcpy(t->asl_compiler_id, "BXPC", 4);
	t->asl_compiler_revision = 1;
	return t;
}

static void host_seal(struct acpi_table_header *t)
{
	t->checksum = 0;
	t->checksum = -acpi_checksum(t, t->length);
}

static void host_srat_mem(struct acpi_srat_mem_affinity *m, u32 pxm,
			  u64 start, u64 end)
{
	m->header.type = ACPI_SRAT_TYPE_MEMORY_AFFINITY;
	m->header.length = sizeof(*m);
	m->proximity_domain = pxm;
	m->base_address = start;
	m->length = end - start;
	m->flags = ACPI_SRAT_ENABLED;
}

static phys_addr_t host_srat(phys_addr_t at)
{
	u32 len = ACPI_SRAT_HEADER_SIZE + 2 * 16 + 4 * 40;
	struct acpi_table_header *t = host_table(at, "SRAT", len);
	u8 *p = (u8 *)t + ACPI_SRAT_HEADER_SIZE;
	struct acpi_srat_mem_affinity *m;
	int cpu;

	for (cpu = 0; cpu < 2; cpu++, p += 16) {
		struct acpi_srat_cpu_affinity *c = (void *)p;

		c->header.type = ACPI_SRAT_TYPE_CPU_AFFINITY;
		c->header.length = host_firmware.short_srat_entry ? 8 : 16;
		c->proximity_domain_lo = cpu;
		c->apic_id = cpu;
		c->flags = ACPI_SRAT_ENABLED;
	}
	m = (void *)p;
	host_srat_mem(m++, 0, 0, 0xa0000);
	host_srat_mem(m++, 0, 0x100000, host_firmware.numa_split);
	host_srat_mem(m++, 1, host_firmware.numa_split, 0xc0000000);
	host_srat_mem(m++, 1, 0x100000000, HOST_RAM_END);
	host_seal(t);
	if (host_firmware.bad_srat_checksum)
		t->checksum++;
	return at;
}

static phys_addr_t host_slit(phys_addr_t at)
{
	static const u8 dist[4] = { 10, 20, 20, 10 };
	struct acpi_table_header *t = host_table(at, "SLIT",
						 ACPI_SLIT_HEADER_SIZE + 4);
	u64 count = 2;

	memcpy(t + 1, &count, sizeof(count));
	memcpy((u8 *)(t + 1) + 8, dist, sizeof(dist));
	host_seal(t);
	return at;
}

static u8 *host_madt_entry(u8 *p, u8 type, u8 length, u32 id, u32 flags)
{
	p[0] = type;
	p[1] = length;
	if (type == 0) {		/* local APIC: UID, ID, flags */
		p[2] = id;
		p[3] = id;
		memcpy(p + 4, &flags, 4);
	} else {			/* local x2APIC: ID, flags, UID */
		memcpy(p + 4, &id, 4);
		memcpy(p + 8, &flags, 4);
		memcpy(p + 12, &id, 4);
	}
	return p + length;
}

static phys_addr_t host_madt(phys_addr_t at)
{
	static const u8 others[22] = {
		1, 12, 0, 0, 0x00, 0x00, 0xc0, 0xfe, 0, 0, 0, 0,
		2, 10, 0, 0, 2, 0, 0, 0, 0, 0,
	};
	u32 n = host_firmware.madt_cpus, i;
	u32 head[2] = { 0xfee00000, 1 };
	struct acpi_table_header *t = host_table(at, "APIC",
						 44 + 8 * n + 22 + 16);
	u8 *p = (u8 *)t + 44;

	memcpy(t + 1, head, sizeof(head));
	for (i = 0; i + 1 < n; i++)
		p = host_madt_entry(p, 0, 8, i, 1);
	p = host_madt_entry(p, 0, 8, n - 1, 0);
	memcpy(p, others, sizeof(others));
	p = host_madt_entry(p + sizeof(others), 9, 16, 0x100, 1);
	host_seal(t);
	return at;
}

void host_acpi_tables(void)
{
	struct acpi_table_rsdp *rsdp = __va(HOST_RSDP_ADDR);
	u32 entries[3], n = 0;
	struct acpi_table_header *rsdt;

	if (host_firmware.numa_split) {
		entries[n++] = host_srat(HOST_ACPI_BASE + 0x100);
		entries[n++] = host_slit(HOST_ACPI_BASE + 0x300);
	}
	if (host_firmware.madt_cpus)
		entries[n++] = host_madt(HOST_ACPI_BASE + 0x400);
	rsdt = host_table(HOST_ACPI_BASE, "RSDT", sizeof(*rsdt) + 4 * n);
	memcpy(rsdt + 1, entries, 4 * n);
	host_seal(rsdt);
	if (host_firmware.no_rsdp)
		return;
	memset(rsdp, 0, sizeof(*rsdp));
	memcpy(rsdp->signature, "RSD PTR ", 8);
	memcpy(rsdp->oem_id, "BOCHS ", 6);
	rsdp->rsdt_physical_address = HOST_ACPI_BASE;
	rsdp->checksum = -acpi_checksum(rsdp, 20);
}
