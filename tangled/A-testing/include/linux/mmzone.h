#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H
/* Memory sections (SPARSEMEM); nodes and zones come in chapter 6. */
#include <asm/page.h>
#include <linux/page-flags-layout.h>
#include <linux/types.h>
#include <linux/cpumask.h>
#include <linux/list.h>

struct page;

#define PFN_SECTION_SHIFT	(SECTION_SIZE_BITS - PAGE_SHIFT)
#define PAGES_PER_SECTION	(1UL << PFN_SECTION_SHIFT)
#define PAGE_SECTION_MASK	(~(PAGES_PER_SECTION - 1))
#define NR_MEM_SECTIONS		(1UL << SECTIONS_SHIFT)

static inline unsigned long pfn_to_section_nr(unsigned long pfn)
{
	return pfn >> PFN_SECTION_SHIFT;
}

static inline unsigned long section_nr_to_pfn(unsigned long sec)
{
	return sec << PFN_SECTION_SHIFT;
}

struct mem_section {
	unsigned long section_mem_map;	/* encoded; see sparse.c */
	unsigned long usage;		/* Linux: hot-plug bookkeeping */
};

#define SECTIONS_PER_ROOT	(PAGE_SIZE / sizeof(struct mem_section))
#define SECTION_ROOT_MASK	(SECTIONS_PER_ROOT - 1)
#define NR_SECTION_ROOTS	(NR_MEM_SECTIONS / SECTIONS_PER_ROOT)

extern struct mem_section *mem_section[NR_SECTION_ROOTS];

static inline struct mem_section *__nr_to_section(unsigned long nr)
{
	unsigned long root = nr / SECTIONS_PER_ROOT;

	if (root >= NR_SECTION_ROOTS || !mem_section[root])
		return NULL;
	return &mem_section[root][nr & SECTION_ROOT_MASK];
}

static inline struct mem_section *__pfn_to_section(unsigned long pfn)
{
	return __nr_to_section(pfn_to_section_nr(pfn));
}

#define SECTION_MARKED_PRESENT	(1UL << 0)
#define SECTION_HAS_MEM_MAP	(1UL << 1)
#define SECTION_MAP_LAST_BIT	(1UL << 2)
#define SECTION_MAP_MASK	(~(SECTION_MAP_LAST_BIT - 1))
#define SECTION_NID_SHIFT	6

static inline struct page *__section_mem_map_addr(const struct mem_section *s)
{
	return (struct page *)(s->section_mem_map & SECTION_MAP_MASK);
}

static inline int present_section(const struct mem_section *s)
{
	return s && (s->section_mem_map & SECTION_MARKED_PRESENT);
}

static inline int valid_section(const struct mem_section *s)
{
	return s && (s->section_mem_map & SECTION_HAS_MEM_MAP);
}

static inline int pfn_valid(unsigned long pfn)
{
	if (pfn_to_section_nr(pfn) >= NR_MEM_SECTIONS)
		return 0;
	return valid_section(__pfn_to_section(pfn));
}


enum zone_type {
	ZONE_DMA,
	ZONE_DMA32,
	ZONE_NORMAL,
	ZONE_MOVABLE,
	ZONE_DEVICE,	/* device memory; always empty here */
	__MAX_NR_ZONES
};

_Static_assert(__MAX_NR_ZONES == MAX_NR_ZONES, "zones and their bits");

struct pglist_data;


#define MAX_ORDER		11

enum migratetype {
	MIGRATE_UNMOVABLE,
	MIGRATE_MOVABLE,
	MIGRATE_RECLAIMABLE,
	MIGRATE_PCPTYPES,
	MIGRATE_HIGHATOMIC = MIGRATE_PCPTYPES,
	MIGRATE_ISOLATE,	/* never allocated from; nothing isolates yet */
	MIGRATE_TYPES
};

struct free_area {
	struct list_head free_list[MIGRATE_TYPES];
	unsigned long nr_free;
};

extern const char *const migratetype_names[MIGRATE_TYPES];

#define pageblock_order		9
#define pageblock_nr_pages	(1UL << pageblock_order)

enum zone_watermarks {
	WMARK_MIN,
	WMARK_LOW,
	WMARK_HIGH,
	NR_WMARK
};

enum zone_stat_item {
	NR_FREE_PAGES,
	NR_ZONE_INACTIVE_ANON,
	NR_ZONE_ACTIVE_ANON,
	NR_ZONE_INACTIVE_FILE,
	NR_ZONE_ACTIVE_FILE,
	NR_ZONE_UNEVICTABLE,
	NR_ZONE_WRITE_PENDING,
	NR_MLOCK,
	NR_BOUNCE,
	NR_ZSPAGES,
	NR_FREE_CMA_PAGES,
	NR_VM_ZONE_STAT_ITEMS
};

enum numa_stat_item {
	NUMA_HIT,
	NUMA_MISS,
	NUMA_FOREIGN,
	NUMA_INTERLEAVE_HIT,
	NUMA_LOCAL,
	NUMA_OTHER,
	NR_VM_NUMA_EVENT_ITEMS
};

#define PAGE_ALLOC_COSTLY_ORDER	3
#define PCP_BATCH_SCALE_MAX	5	/* Linux's CONFIG_ default */
#define NR_PCP_LISTS	(MIGRATE_PCPTYPES * (PAGE_ALLOC_COSTLY_ORDER + 1))

struct per_cpu_pages {
	int count;		/* pages on the lists */
	int high;		/* give a batch back above this */
	int batch;		/* pages moved at a time */
	short free_factor;	/* frees in a row double the batch */
	struct list_head lists[NR_PCP_LISTS];
};

static inline unsigned int order_to_pindex(int migratetype, int order)
{
	return MIGRATE_PCPTYPES * order + migratetype;
}

static inline int pindex_to_order(unsigned int pindex)
{
	return pindex / MIGRATE_PCPTYPES;
}

static inline bool pcp_allowed_order(unsigned int order)
{
	return order <= PAGE_ALLOC_COSTLY_ORDER;
}

struct zone {
	struct pglist_data *zone_pgdat;
	const char *name;
	unsigned long zone_start_pfn;
	unsigned long spanned_pages;
	unsigned long present_pages;
	unsigned long managed_pages;
	int node;
	struct free_area free_area[MAX_ORDER];
	unsigned char *pageblock_flags;	/* one migratetype per pageblock */
	unsigned long _watermark[NR_WMARK];
	unsigned long watermark_boost;
	unsigned long nr_reserved_highatomic;	/* pages kept for HighAtomic */
	long lowmem_reserve[MAX_NR_ZONES];
	long vm_stat[NR_VM_ZONE_STAT_ITEMS];
	unsigned long vm_numa_event[NR_VM_NUMA_EVENT_ITEMS];
	struct per_cpu_pages per_cpu_pageset[NR_CPUS];
	int pageset_high;
	int pageset_batch;
};

static inline bool populated_zone(const struct zone *zone)
{
	return zone->present_pages != 0;
}

static inline unsigned long zone_end_pfn(const struct zone *zone)
{
	return zone->zone_start_pfn + zone->spanned_pages;
}

#define MAX_ZONES_PER_ZONELIST	(MAX_NUMNODES * MAX_NR_ZONES)

enum {
	ZONELIST_FALLBACK,	/* every node, nearest first */
	ZONELIST_NOFALLBACK,	/* this node only */
	MAX_ZONELISTS
};

struct zoneref {
	struct zone *zone;
	int zone_idx;
};

struct zonelist {
	struct zoneref _zonerefs[MAX_ZONES_PER_ZONELIST + 1];
};

typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];
	struct zonelist node_zonelists[MAX_ZONELISTS];
	int nr_zones;			/* highest populated zone + 1 */
	unsigned long node_start_pfn;
	unsigned long node_present_pages;
	unsigned long node_spanned_pages;
	int node_id;

} pg_data_t;

extern pg_data_t *node_data[];
#define NODE_DATA(nid)		(node_data[nid])

extern const char *const zone_names[MAX_NR_ZONES];

typedef struct {
	unsigned long bits[(MAX_NUMNODES + 63) / 64];
} nodemask_t;

#define node_isset(nid, mask)	\
	(((mask).bits[(nid) / 64] >> ((nid) % 64)) & 1)
#define node_set(nid, mask)	((mask).bits[(nid) / 64] |= 1UL << ((nid) % 64))
#define nodes_clear(mask)	memset(&(mask), 0, sizeof(mask))

static inline struct zone *zonelist_zone(const struct zoneref *z)
{
	return z->zone;
}

static inline int zonelist_zone_idx(const struct zoneref *z)
{
	return z->zone_idx;
}

static inline int zonelist_node_idx(const struct zoneref *z)
{
	return z->zone->node;
}

static inline struct zoneref *next_zones_zonelist(struct zoneref *z,
						  int highest_zoneidx,
						  const nodemask_t *nodes)
{
	while (z->zone_idx > highest_zoneidx ||
	       (z->zone && nodes && !node_isset(z->zone->node, *nodes)))
		z++;
	return z;
}

static inline struct zoneref *first_zones_zonelist(struct zonelist *zl,
						   int highest_zoneidx,
						   const nodemask_t *nodes)
{
	return next_zones_zonelist(zl->_zonerefs, highest_zoneidx, nodes);
}

#define for_next_zone_zonelist_nodemask(zone, z, highidx, nodemask)	\
	for (zone = zonelist_zone(z); zone;				\
	     z = next_zones_zonelist(z + 1, highidx, nodemask),	\
	     zone = zonelist_zone(z))

#define for_each_zone_zonelist_nodemask(zone, z, zl, highidx, nodemask) \
	for (z = first_zones_zonelist(zl, highidx, nodemask),		\
	     zone = zonelist_zone(z); zone;				\
	     z = next_zones_zonelist(z + 1, highidx, nodemask),	\
	     zone = zonelist_zone(z))

#define for_each_zone_zonelist(zone, z, zl, highidx)			\
	for_each_zone_zonelist_nodemask(zone, z, zl, highidx, NULL)

#define zone_idx(zone)	((int)((zone) - (zone)->zone_pgdat->node_zones))

struct zone *first_zone(void);
struct zone *next_zone(struct zone *zone);

#define for_each_zone(zone)						\
	for (zone = first_zone(); zone; zone = next_zone(zone))

#define for_each_populated_zone(zone)					\
	for_each_zone(zone)						\
		if (!populated_zone(zone))				\
			;						\
		else

#define wmark_pages(z, i)	((z)->_watermark[i] + (z)->watermark_boost)
#define min_wmark_pages(z)	wmark_pages(z, WMARK_MIN)
#define low_wmark_pages(z)	wmark_pages(z, WMARK_LOW)
#define high_wmark_pages(z)	wmark_pages(z, WMARK_HIGH)

static inline void __mod_zone_page_state(struct zone *zone,
					 enum zone_stat_item item, long delta)
{
	zone->vm_stat[item] += delta;
}

static inline void __mod_zone_freepage_state(struct zone *zone, int nr_pages,
					     int migratetype)
{
	(void)migratetype;
	__mod_zone_page_state(zone, NR_FREE_PAGES, nr_pages);
}

static inline unsigned long zone_page_state(const struct zone *zone,
					    enum zone_stat_item item)
{
	long x = zone->vm_stat[item];

	return x < 0 ? 0 : (unsigned long)x;
}

enum node_stat_item {
	NR_INACTIVE_ANON, NR_ACTIVE_ANON, NR_INACTIVE_FILE, NR_ACTIVE_FILE,
	NR_UNEVICTABLE, NR_SLAB_RECLAIMABLE_B, NR_SLAB_UNRECLAIMABLE_B,
	NR_ISOLATED_ANON, NR_ISOLATED_FILE, WORKINGSET_NODES,
	WORKINGSET_REFAULT_ANON, WORKINGSET_REFAULT_FILE,
	WORKINGSET_ACTIVATE_ANON, WORKINGSET_ACTIVATE_FILE,
	WORKINGSET_RESTORE_ANON, WORKINGSET_RESTORE_FILE,
	WORKINGSET_NODERECLAIM, NR_ANON_MAPPED, NR_FILE_MAPPED,
	NR_FILE_PAGES, NR_FILE_DIRTY, NR_WRITEBACK, NR_WRITEBACK_TEMP,
	NR_SHMEM, NR_SHMEM_THPS, NR_SHMEM_PMDMAPPED, NR_FILE_THPS,
	NR_FILE_PMDMAPPED, NR_ANON_THPS, NR_VMSCAN_WRITE,
	NR_VMSCAN_IMMEDIATE, NR_DIRTIED, NR_WRITTEN, NR_THROTTLED_WRITTEN,
	NR_KERNEL_MISC_RECLAIMABLE, NR_FOLL_PIN_ACQUIRED,
	NR_FOLL_PIN_RELEASED, NR_KERNEL_STACK_KB, NR_PAGETABLE,
	NR_SECONDARY_PAGETABLE, NR_SWAPCACHE, PGPROMOTE_SUCCESS,
	PGPROMOTE_CANDIDATE,
	NR_VM_NODE_STAT_ITEMS
};

struct page;
void __mod_node_page_state(struct pglist_data *pgdat,
			   enum node_stat_item item, long delta);
void __inc_node_page_state(struct page *page, enum node_stat_item item);
void __dec_node_page_state(struct page *page, enum node_stat_item item);
unsigned long node_page_state(const struct pglist_data *pgdat,
			      enum node_stat_item item);
unsigned long global_node_page_state(enum node_stat_item item);

/* mm/page-writeback.c and /proc/vmstat (Linux: writeback.h, vmstat.c) */
void global_dirty_limits(unsigned long *pbackground, unsigned long *pdirty);
struct seq_file;
int vmstat_show(struct seq_file *m, void *arg);

/* fs/drop_caches.c: the page cache's clean pages, dropped */
unsigned long drop_pagecache(void);
void drop_caches_init(void);
struct super_block;
void drop_pagecache_sb(struct super_block *sb, void *arg);
#endif
