/* kernel/monitor_zones.c: the nodes and the zones: numactl and zones. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/mempolicy.h>

/* Chapter 6's numactl, earlier in the file, calls chapter 9's options. */
static bool numactl_run(int argc, char **argv);

static void numactl_cpus(int nid)
{
	int apic, any = 0;

	monitor_printf("node %d cpus:", nid);
	for (apic = 0; apic < MAX_LOCAL_APIC; apic++) {
		if (!__apicid_present[apic] || __apicid_to_node[apic] != nid)
			continue;
		monitor_printf(" %d", apic);
		any = 1;
	}
	if (!any && nid == 0)
		monitor_printf(" 0");
	monitor_printf("\n");
}

static void cmd_numactl(int argc, char **argv)
{
	int nid, k;

	if (numactl_run(argc, argv))
		return;
	if (argc != 2 || strcmp(argv[1], "-H") != 0) {
		monitor_printf("usage: numactl -H\n");
		return;
	}
	monitor_printf("available: %d nodes (0-%d)\n", nr_online_nodes,
		       nr_online_nodes - 1);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		const pg_data_t *pgdat = NODE_DATA(nid);
		unsigned long managed = 0;

		for (k = 0; k < MAX_NR_ZONES; k++)
			managed += pgdat->node_zones[k].managed_pages;
		numactl_cpus(nid);
		monitor_printf("node %d size: %lu MB\n", nid,
			       pgdat->node_present_pages >> (20 - PAGE_SHIFT));
		monitor_printf("node %d free: %lu MB\n", nid,
			       managed >> (20 - PAGE_SHIFT));
	}
	monitor_printf("node distances:\nnode ");
	for (k = 0; k < nr_online_nodes; k++)
		monitor_printf("%3d ", k);
	for (nid = 0; nid < nr_online_nodes; nid++) {
		monitor_printf("\n%3d: ", nid);
		for (k = 0; k < nr_online_nodes; k++)
			monitor_printf("%3d ", node_distance(nid, k));
	}
	monitor_printf("\n");
}

static void cmd_zones(int argc, char **argv)
{
	int nid, j;

	for (nid = 0; nid < nr_online_nodes; nid++) {
		for (j = 0; j < MAX_NR_ZONES; j++) {
			const struct zone *z = &NODE_DATA(nid)->node_zones[j];

			monitor_printf("Node %d, zone %8s spanned %lu present "
				       "%lu managed %lu\n", nid, zone_names[j],
				       z->spanned_pages, z->present_pages,
				       z->managed_pages);
		}
	}
}

static const struct {
	const char *option;
	unsigned short mode;
} numactl_options[] = {
	{ "--interleave=", MPOL_INTERLEAVE }, { "--membind=", MPOL_BIND },
	{ "--preferred=", MPOL_PREFERRED }, { "--localalloc", MPOL_LOCAL },
};

static bool numactl_run(int argc, char **argv)
{
	nodemask_t nodes;
	size_t i, len;

	for (i = 0; argc >= 3 && i < ARRAY_SIZE(numactl_options); i++) {
		len = strlen(numactl_options[i].option);
		if (strncmp(argv[1], numactl_options[i].option, len) != 0)
			continue;
		if (nodelist_parse(argv[1] + len, &nodes) ||
		    do_set_mempolicy(numactl_options[i].mode, &nodes)) {
			monitor_printf("numactl: bad node list %s\n", argv[1]);
			return true;
		}
		monitor_execute(argc - 2, argv + 2);
		do_set_mempolicy(MPOL_DEFAULT, NULL);
		return true;
	}
	return false;
}

const struct monitor_command monitor_zones_commands[] = {
	{ "numactl", "numactl -H        the nodes, their memory and distances",
	  cmd_numactl },
	{ "zones", "zones             spanned, present and managed pages per zone",
	  cmd_zones },
	{ }
};
