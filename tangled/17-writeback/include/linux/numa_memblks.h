#ifndef _LINUX_NUMA_MEMBLKS_H
#define _LINUX_NUMA_MEMBLKS_H
/* What the firmware says about nodes, before memblock learns it. */
#include <linux/numa.h>
#include <linux/types.h>

#define NR_NODE_MEMBLKS		(MAX_NUMNODES * 2)
#define LOCAL_DISTANCE		10
#define REMOTE_DISTANCE		20
#define MAX_LOCAL_APIC		256

struct numa_memblk {
	u64 start;
	u64 end;
	int nid;
};

struct numa_meminfo {
	int nr_blks;
	struct numa_memblk blk[NR_NODE_MEMBLKS];
};

extern struct numa_meminfo numa_meminfo;
extern int nr_online_nodes;
extern s16 __apicid_to_node[MAX_LOCAL_APIC];
extern bool __apicid_present[MAX_LOCAL_APIC];

int numa_add_memblk(int nid, u64 start, u64 end);
int numa_cleanup_meminfo(struct numa_meminfo *mi);
void numa_set_distance(int from, int to, int distance);
int node_distance(int from, int to);
int acpi_numa_init(void);
void initmem_init(void);
#endif
