#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H
/* Memory sections (SPARSEMEM); nodes and zones come in chapter 6. */
#include <asm/page.h>
#include <linux/page-flags-layout.h>
#include <linux/types.h>
#include <linux/cpumask.h>

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



struct zone {
	struct pglist_data *zone_pgdat;
	const char *name;
	unsigned long zone_start_pfn;
	unsigned long spanned_pages;
	unsigned long present_pages;
	unsigned long managed_pages;
	int node;

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
#endif
