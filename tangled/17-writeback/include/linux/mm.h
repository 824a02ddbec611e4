#ifndef _LINUX_MM_H
#define _LINUX_MM_H
/* Page frames: flags fields, and the conversions between the names. */
#include <asm/page.h>
#include <linux/mm_types.h>
#include <linux/mmzone.h>
#include <linux/page-flags.h>
#include <linux/page-flags-layout.h>
#include <linux/pfn.h>


_Static_assert(ZONES_PGSHIFT >= __NR_PAGEFLAGS,
	       "page flags collide with the zone, node and section fields");

#define SECTIONS_MASK	((1UL << SECTIONS_WIDTH) - 1)
#define NODES_MASK	((1UL << NODES_WIDTH) - 1)
#define ZONES_MASK	((1UL << ZONES_WIDTH) - 1)

static inline void set_page_field(struct page *page, unsigned long value,
				  unsigned long mask, unsigned int shift)
{
	page->flags &= ~(mask << shift);
	page->flags |= (value & mask) << shift;
}

static inline unsigned int page_zonenum(const struct page *page)
{
	return (page->flags >> ZONES_PGSHIFT) & ZONES_MASK;
}

static inline int page_to_nid(const struct page *page)
{
	return (page->flags >> NODES_PGSHIFT) & NODES_MASK;
}

static inline unsigned long page_to_section(const struct page *page)
{
	return (page->flags >> SECTIONS_PGSHIFT) & SECTIONS_MASK;
}

static inline void set_page_links(struct page *page, unsigned int zone,
				  int nid, unsigned long pfn)
{
	set_page_field(page, zone, ZONES_MASK, ZONES_PGSHIFT);
	set_page_field(page, nid, NODES_MASK, NODES_PGSHIFT);
	set_page_field(page, pfn_to_section_nr(pfn), SECTIONS_MASK,
		       SECTIONS_PGSHIFT);
}

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return __section_mem_map_addr(__pfn_to_section(pfn)) + pfn;
}

static inline unsigned long page_to_pfn(const struct page *page)
{
	const struct mem_section *ms = __nr_to_section(page_to_section(page));

	return page - __section_mem_map_addr(ms);
}

static inline void *page_address(const struct page *page)
{
	return __va(PFN_PHYS(page_to_pfn(page)));
}

static inline struct page *virt_to_page(const void *addr)
{
	return pfn_to_page(__pa(addr) >> PAGE_SHIFT);
}

struct memblock_region;
int early_region_nid(const struct memblock_region *r);
extern unsigned long nr_present_sections;
void sparse_init(void);
extern unsigned long totalreserve_bootmem, nr_memmap_pages;
void __init_single_page(struct page *page, unsigned long pfn,
			unsigned int zone, int nid);
int memmap_nid(unsigned long nr);
void memmap_init(void);
void reserve_bootmem_region(phys_addr_t start, phys_addr_t end);
void memmap_init_reserved_pages(void);
void paging_init(void);
void dump_page(const struct page *page, const char *reason);
extern unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
extern unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
void get_pfn_range_for_nid(int nid, unsigned long *start,
			   unsigned long *end);
extern int movable_zone;
extern unsigned long zone_movable_pfn[MAX_NUMNODES];
unsigned long __absent_pages_in_range(int nid, unsigned long start,
				      unsigned long end);
unsigned long zone_spanned_pages_in_node(int nid, int zt,
					 unsigned long node_start,
					 unsigned long node_end,
					 unsigned long *zs, unsigned long *ze);
void find_zone_movable_pfns_for_nodes(void);
void initmem_init(void);
void free_area_init(void);
void memmap_init_zones(void);
void build_all_zonelists(void);
void mem_init_print_info(void);
int build_node_order(int nid, int *order);
void zones_init_free_areas(void);
void memblock_free_all(void);
void build_thisnode_zonelists(pg_data_t *pgdat);
int numa_node_id(void);
extern int min_free_kbytes;
extern int user_min_free_kbytes;
extern int watermark_scale_factor;
extern int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES];
extern unsigned long totalreserve_pages;
unsigned long nr_free_buffer_pages(void);
unsigned long totalram_pages(void);
int calculate_min_free_kbytes(void);
void setup_per_zone_wmarks(void);
void setup_per_zone_lowmem_reserve(void);
int init_per_zone_wmark_min(void);
void set_recommended_min_free_kbytes(void);
void hugepage_init_min_free_kbytes(void);
void page_alloc_sysctl_init(void);
void zones_init_pagesets(void);
void setup_per_cpu_pageset(void);

static inline struct page *compound_head(const struct page *page)
{
	unsigned long head = page->compound_head;

	return (struct page *)(head & 1 ? head - 1 : (unsigned long)page);
}

static inline unsigned int compound_order(const struct page *page)
{
	return PageHead(page) ? page[1].compound_order : 0;
}

void prep_compound_page(struct page *page, unsigned int order);

static inline bool virt_addr_valid(const void *addr)
{
	return pfn_valid(__pa(addr) >> PAGE_SHIFT);
}
#endif
