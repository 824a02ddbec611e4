/* kernel/cpu.c: the processors of the MADT, and their nodes. */
#include <linux/acpi.h>
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>

#define ACPI_MADT_HEADER_SIZE		44
#define ACPI_MADT_TYPE_LOCAL_APIC	0
#define ACPI_MADT_TYPE_LOCAL_X2APIC	9
#define ACPI_MADT_ENABLED		1

unsigned int nr_cpu_ids = 1;
int cpu_to_node_map[NR_CPUS];
static u32 x86_cpu_to_apicid[NR_CPUS];

static void register_cpu(u32 apicid)
{
	if (nr_cpu_ids < NR_CPUS)
		x86_cpu_to_apicid[nr_cpu_ids++] = apicid;
}

static void acpi_parse_madt(const struct acpi_table_header *t)
{
	const u8 *p = (const u8 *)t + ACPI_MADT_HEADER_SIZE;
	const u8 *end = (const u8 *)t + t->length;
	u32 apicid, flags;

	for (; p + 2 <= end && p[1] >= 2 && p + p[1] <= end; p += p[1]) {
		if (p[0] == ACPI_MADT_TYPE_LOCAL_APIC && p[1] >= 8) {
			apicid = p[3];
			memcpy(&flags, p + 4, 4);
		} else if (p[0] == ACPI_MADT_TYPE_LOCAL_X2APIC &&
			   p[1] >= 16) {
			memcpy(&apicid, p + 4, 4);
			memcpy(&flags, p + 8, 4);
		} else {
			continue;
		}
		if (flags & ACPI_MADT_ENABLED)
			register_cpu(apicid);
	}
}

void init_cpu_possible(void)
{
	const struct acpi_table_header *madt = acpi_get_table("APIC");
	unsigned int cpu, apic;

	nr_cpu_ids = 0;
	if (madt)
		acpi_parse_madt(madt);
	for (apic = 0; !madt && apic < MAX_LOCAL_APIC; apic++)
		if (__apicid_present[apic])
			register_cpu(apic);
	if (nr_cpu_ids == 0)
		register_cpu(0);
	for (cpu = 0; cpu < nr_cpu_ids; cpu++) {
		apic = x86_cpu_to_apicid[cpu];
		cpu_to_node_map[cpu] = apic < MAX_LOCAL_APIC &&
			__apicid_present[apic] && __apicid_to_node[apic] >= 0 ?
			__apicid_to_node[apic] : 0;
	}
	pr_info("setup_percpu: NR_CPUS:%d nr_cpumask_bits:%u nr_cpu_ids:%u "
		"nr_node_ids:%d\n", NR_CPUS, nr_cpu_ids, nr_cpu_ids,
		nr_online_nodes);
}

unsigned int nr_cpus_node(int nid)
{
	unsigned int cpu, n = 0;

	for (cpu = 0; cpu < nr_cpu_ids; cpu++)
		n += cpu_to_node_map[cpu] == nid;
	return n;
}
