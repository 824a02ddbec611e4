/* mm/numa.c: nodes, from the firmware's tables or one faked node. */
#include <linux/acpi.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/numa_memblks.h>
#include <linux/pfn.h>
#include <linux/string.h>

struct numa_meminfo numa_meminfo;
int nr_online_nodes;
s16 __apicid_to_node[MAX_LOCAL_APIC];
bool __apicid_present[MAX_LOCAL_APIC];
static u8 numa_distance[MAX_NUMNODES][MAX_NUMNODES];
static int pxm_to_node_map[256];
static int nr_pxm_nodes;

static int acpi_map_pxm_to_node(u32 pxm)
{
	int i;

	if (pxm >= 256)
		return NUMA_NO_NODE;
	for (i = 0; i < nr_pxm_nodes; i++)
		if (pxm_to_node_map[i] == (int)pxm)
			return i;
	if (nr_pxm_nodes >= MAX_NUMNODES)
		return NUMA_NO_NODE;
	pxm_to_node_map[nr_pxm_nodes] = pxm;
	return nr_pxm_nodes++;
}

int numa_add_memblk(int nid, u64 start, u64 end)
{
	struct numa_memblk *b;

	if (start >= end)
		return 0;
	if (numa_meminfo.nr_blks >= NR_NODE_MEMBLKS)
		return -EINVAL;
	b = &numa_meminfo.blk[numa_meminfo.nr_blks++];
	b->start = start;
	b->end = end;
	b->nid = nid;
	return 0;
}

static void memmove_blks(struct numa_memblk *dst, const struct numa_memblk *src,
			 int n)
{
	int k;

	for (k = 0; k < n; k++)
		dst[k] = src[k];
}

static int srat_cpu(const struct acpi_srat_cpu_affinity *p)
{
	u32 pxm = p->proximity_domain_lo;
	int node;

	if (p->header.length < sizeof(*p))
		return -EINVAL;
	if (!(p->flags & ACPI_SRAT_ENABLED))
		return 0;
	node = acpi_map_pxm_to_node(pxm);
	if (node < 0)
		return -EINVAL;
	__apicid_to_node[p->apic_id] = node;
	__apicid_present[p->apic_id] = true;
	pr_info("SRAT: PXM %u -> APIC 0x%02x -> Node %u\n", pxm, p->apic_id,
		node);
	return 0;
}

static int srat_memory(const struct acpi_srat_mem_affinity *p)
{
	u64 start = p->base_address, end = start + p->length;
	int node;

	if (p->header.length < sizeof(*p))
		return -EINVAL;
	if (!(p->flags & ACPI_SRAT_ENABLED) || !p->length)
		return 0;
	node = acpi_map_pxm_to_node(p->proximity_domain);
	if (node < 0 || numa_add_memblk(node, start, end))
		return -EINVAL;
	pr_info("ACPI: SRAT: Node %u PXM %u [mem 0x%08lx-0x%08lx]%s%s\n",
		node, p->proximity_domain, start, end - 1,
		p->flags & ACPI_SRAT_MEM_HOT_PLUGGABLE ? " hotplug" : "",
		p->flags & ACPI_SRAT_MEM_NON_VOLATILE ? " non-volatile" : "");
	return 0;
}

static int acpi_parse_srat(const struct acpi_table_header *srat)
{
	const u8 *p = (const u8 *)srat + ACPI_SRAT_HEADER_SIZE;
	const u8 *end = (const u8 *)srat + srat->length;
	int err = 0;

	while (!err && p + sizeof(struct acpi_subtable_header) <= end) {
		const struct acpi_subtable_header *h = (const void *)p;

		if (h->length < sizeof(*h) || p + h->length > end) {
			err = -EINVAL;
			break;
		}
		if (h->type == ACPI_SRAT_TYPE_CPU_AFFINITY)
			err = srat_cpu((const void *)p);
		else if (h->type == ACPI_SRAT_TYPE_MEMORY_AFFINITY)
			err = srat_memory((const void *)p);
		if (!err)
			p += h->length;
	}
	if (err)
		pr_err("ACPI: SRAT: malformed entry at offset %lu; "
		       "ignoring the SRAT\n", (unsigned long)(p - (u8 *)srat));
	return err;
}

void numa_set_distance(int from, int to, int distance)
{
	if (from < 0 || to < 0 || from >= MAX_NUMNODES ||
	    to >= MAX_NUMNODES)
		return;
	if (distance > 255 || (from == to && distance != LOCAL_DISTANCE) ||
	    (from != to && distance <= LOCAL_DISTANCE)) {
		pr_warn("NUMA: Warning: invalid distance parameter, from=%d "
			"to=%d distance=%d\n", from, to, distance);
		return;
	}
	numa_distance[from][to] = distance;
}

int node_distance(int from, int to)
{
	if (from < 0 || to < 0 || from >= MAX_NUMNODES ||
	    to >= MAX_NUMNODES || !numa_distance[from][to])
		return from == to ? LOCAL_DISTANCE : REMOTE_DISTANCE;
	return numa_distance[from][to];
}

static void acpi_parse_slit(const struct acpi_table_header *slit)
{
	const u8 *body = (const u8 *)slit + sizeof(*slit);
	const u8 *entry = body + 8;
	u64 count;
	u32 i, j;

	memcpy(&count, body, sizeof(count));
	if (count > 256 || slit->length < ACPI_SLIT_HEADER_SIZE +
					 count * count) {
		pr_err("ACPI: SLIT: table size does not match its %lu "
		       "localities; ignored\n", (unsigned long)count);
		return;
	}
	for (i = 0; i < count; i++)
		for (j = 0; j < count; j++)
			numa_set_distance(acpi_map_pxm_to_node(i),
					  acpi_map_pxm_to_node(j),
					  entry[i * count + j]);
	pr_info("NUMA: Initialized distance table, cnt=%d\n", nr_pxm_nodes);
}


int acpi_numa_init(void)
{
	const struct acpi_table_header *srat, *slit;

	if (acpi_table_init())
		return -ENOENT;
	srat = acpi_get_table("SRAT");
	if (!srat)
		return -ENOENT;
	if (acpi_parse_srat(srat))
		return -EINVAL;
	slit = acpi_get_table("SLIT");
	if (slit)
		acpi_parse_slit(slit);
	return numa_meminfo.nr_blks ? 0 : -ENOENT;
}

static void numa_remove_memblk_from(int idx, struct numa_meminfo *mi)
{
	mi->nr_blks--;
	memmove_blks(&mi->blk[idx], &mi->blk[idx + 1], mi->nr_blks - idx);
}

static bool numa_other_node_between(const struct numa_meminfo *mi,
				    int nid, u64 start, u64 end)
{
	int k;

	for (k = 0; k < mi->nr_blks; k++)
		if (mi->blk[k].nid != nid && mi->blk[k].start < end &&
		    mi->blk[k].end > start)
			return true;
	return false;
}

int numa_cleanup_meminfo(struct numa_meminfo *mi)
{
	const u64 high = PFN_PHYS(max_pfn);
	int i, j;

	for (i = 0; i < mi->nr_blks; i++) {
		mi->blk[i].end = min(mi->blk[i].end, high);
		if (mi->blk[i].start >= mi->blk[i].end)
			numa_remove_memblk_from(i--, mi);
	}
	for (i = 0; i < mi->nr_blks; i++) {
		for (j = i + 1; j < mi->nr_blks; j++) {
			struct numa_memblk *bi = &mi->blk[i], *bj = &mi->blk[j];
			u64 start = min(bi->start, bj->start), end = max(bi->end, bj->end);

			if (bi->nid != bj->nid) {
				if (bi->start < bj->end && bj->start < bi->end) {
					pr_err("NUMA: node %d [mem 0x%08lx-0x%08lx] overlaps with "
					       "node %d [mem 0x%08lx-0x%08lx]\n", bi->nid, bi->start,
					       bi->end - 1, bj->nid, bj->start, bj->end - 1);
					return -EINVAL;
				}
				continue;
			}
			if (numa_other_node_between(mi, bi->nid, start, end))
				continue;
			pr_info("NUMA: Node %d [mem 0x%08lx-0x%08lx] + [mem 0x%08lx-0x%08lx] -> "
				"[mem 0x%08lx-0x%08lx]\n", bi->nid, bi->start, bi->end - 1,
				bj->start, bj->end - 1, start, end - 1);
			bi->start = start;
			bi->end = end;
			numa_remove_memblk_from(j--, mi);
		}
	}
	return 0;
}

static void alloc_node_data(int nid)
{
	phys_addr_t size = round_up(sizeof(pg_data_t), PAGE_SIZE);
	phys_addr_t pa = memblock_alloc_range_nid(size, SMP_CACHE_BYTES, 0,
						  memblock.current_limit, nid);

	if (!pa)
		panic("Cannot allocate %lu bytes for node %d data",
		      (unsigned long)size, nid);
	pr_info("NODE_DATA(%d) allocated [mem 0x%08lx-0x%08lx]\n", nid, pa,
		pa + size - 1);
	node_data[nid] = __va(pa);
	memset(node_data[nid], 0, sizeof(pg_data_t));
	node_data[nid]->node_id = nid;
}

static void numa_register_memblks(struct numa_meminfo *mi)
{
	int i, nid;

	for (i = 0; i < mi->nr_blks; i++)
		memblock_set_node(mi->blk[i].start,
				  mi->blk[i].end - mi->blk[i].start,
				  &memblock.memory, mi->blk[i].nid);
	nr_online_nodes = 0;
	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		node_data[nid] = NULL;
		for (i = 0; i < mi->nr_blks; i++)
			if (mi->blk[i].nid == nid)
				break;
		if (i == mi->nr_blks)
			continue;
		alloc_node_data(nid);
		nr_online_nodes = nid + 1;
	}
}

static void numa_reset(void)
{
	memset(&numa_meminfo, 0, sizeof(numa_meminfo));
	memset(numa_distance, 0, sizeof(numa_distance));
	memset(__apicid_to_node, 0, sizeof(__apicid_to_node));
	memset(__apicid_present, 0, sizeof(__apicid_present));
	nr_pxm_nodes = 0;
}

void initmem_init(void)
{
	numa_reset();
	if (acpi_numa_init() == 0 && numa_cleanup_meminfo(&numa_meminfo) == 0) {
		numa_register_memblks(&numa_meminfo);
		return;
	}
	numa_reset();
	pr_info("No NUMA configuration found\n");
	pr_info("Faking a node at [mem 0x%016lx-0x%016lx]\n", 0UL,
		PFN_PHYS(max_pfn) - 1);
	numa_add_memblk(0, 0, PFN_PHYS(max_pfn));
	numa_register_memblks(&numa_meminfo);
}
