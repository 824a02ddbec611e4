#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H
/* Page allocation: the entry points and the buddy allocator's inside. */
#include <linux/mm.h>

typedef unsigned int gfp_t;

#define __GFP_MOVABLE		((gfp_t)0x08u)
#define __GFP_RECLAIMABLE	((gfp_t)0x10u)
#define GFP_MOVABLE_MASK	(__GFP_RECLAIMABLE | __GFP_MOVABLE)
#define GFP_MOVABLE_SHIFT	3

static inline int gfp_migratetype(gfp_t gfp)
{
	return (gfp & GFP_MOVABLE_MASK) >> GFP_MOVABLE_SHIFT;
}

#define __GFP_DMA		((gfp_t)0x01u)
#define __GFP_HIGHMEM		((gfp_t)0x02u)
#define __GFP_DMA32		((gfp_t)0x04u)
#define __GFP_HIGH		((gfp_t)0x20u)
#define __GFP_IO		((gfp_t)0x40u)
#define __GFP_FS		((gfp_t)0x80u)
#define __GFP_ZERO		((gfp_t)0x100u)
#define __GFP_ATOMIC		((gfp_t)0x200u)
#define __GFP_DIRECT_RECLAIM	((gfp_t)0x400u)
#define __GFP_KSWAPD_RECLAIM	((gfp_t)0x800u)
#define __GFP_RECLAIM		(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)
#define __GFP_WRITE		((gfp_t)0x1000u)
#define __GFP_NOWARN		((gfp_t)0x2000u)
#define __GFP_RETRY_MAYFAIL	((gfp_t)0x4000u)
#define __GFP_NOFAIL		((gfp_t)0x8000u)
#define __GFP_NORETRY		((gfp_t)0x10000u)
#define __GFP_MEMALLOC		((gfp_t)0x20000u)
#define __GFP_COMP		((gfp_t)0x40000u)
#define __GFP_NOMEMALLOC	((gfp_t)0x80000u)
#define __GFP_HARDWALL		((gfp_t)0x100000u)
#define __GFP_THISNODE		((gfp_t)0x200000u)
#define __GFP_ACCOUNT		((gfp_t)0x400000u)
#define __GFP_ZEROTAGS		((gfp_t)0x800000u)
#define __GFP_BITS_SHIFT	27
#define __GFP_BITS_MASK		((gfp_t)((1u << __GFP_BITS_SHIFT) - 1))

#define GFP_ATOMIC	(__GFP_HIGH | __GFP_ATOMIC | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_KERNEL_ACCOUNT	(GFP_KERNEL | __GFP_ACCOUNT)
#define GFP_NOWAIT	(__GFP_KSWAPD_RECLAIM)
#define GFP_NOIO	(__GFP_RECLAIM)
#define GFP_NOFS	(__GFP_RECLAIM | __GFP_IO)
#define GFP_USER	(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_DMA		__GFP_DMA
#define GFP_DMA32	__GFP_DMA32
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_TRANSHUGE_LIGHT	((GFP_HIGHUSER_MOVABLE | __GFP_COMP | \
				  __GFP_NOMEMALLOC | __GFP_NOWARN) & \
				 ~__GFP_RECLAIM)
#define GFP_TRANSHUGE	(GFP_TRANSHUGE_LIGHT | __GFP_DIRECT_RECLAIM)

#define GFP_ZONEMASK	(__GFP_DMA | __GFP_HIGHMEM | __GFP_DMA32 | \
			 __GFP_MOVABLE)
#define GFP_ZONES_SHIFT	2
#define GFP_ZONE_ENTRY(bits, zone)	((unsigned long)(zone) << \
					 ((bits) * GFP_ZONES_SHIFT))
#define GFP_ZONE_TABLE (						\
	GFP_ZONE_ENTRY(0, ZONE_NORMAL) |				\
	GFP_ZONE_ENTRY(__GFP_DMA, ZONE_DMA) |				\
	GFP_ZONE_ENTRY(__GFP_HIGHMEM, ZONE_NORMAL) |			\
	GFP_ZONE_ENTRY(__GFP_DMA32, ZONE_DMA32) |			\
	GFP_ZONE_ENTRY(__GFP_MOVABLE, ZONE_NORMAL) |			\
	GFP_ZONE_ENTRY(__GFP_MOVABLE | __GFP_DMA, ZONE_DMA) |		\
	GFP_ZONE_ENTRY(__GFP_MOVABLE | __GFP_HIGHMEM, ZONE_MOVABLE) |	\
	GFP_ZONE_ENTRY(__GFP_MOVABLE | __GFP_DMA32, ZONE_DMA32))

_Static_assert(ZONE_DEVICE <= 1 << GFP_ZONES_SHIFT,
	       "every zone a flag can name fits in 2 bits");

static inline enum zone_type gfp_zone(gfp_t flags)
{
	unsigned int bits = flags & GFP_ZONEMASK;

	return (GFP_ZONE_TABLE >> (bits * GFP_ZONES_SHIFT)) &
	       ((1u << GFP_ZONES_SHIFT) - 1);
}

static inline int gfp_zonelist(gfp_t flags)
{
	return (flags & __GFP_THISNODE) ? ZONELIST_NOFALLBACK
					: ZONELIST_FALLBACK;
}

static inline struct zonelist *node_zonelist(int nid, gfp_t flags)
{
	return NODE_DATA(nid)->node_zonelists + gfp_zonelist(flags);
}

struct page *alloc_pages(gfp_t gfp, unsigned int order);
void __free_pages(struct page *page, unsigned int order);

static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(page_to_nid(page))->node_zones[page_zonenum(page)];
}

int get_pageblock_migratetype(const struct page *page);
void set_pageblock_migratetype(struct page *page, int migratetype);

static inline unsigned int buddy_order(const struct page *page)
{
	return page->private;
}

static inline void set_buddy_order(struct page *page, unsigned int order)
{
	page->private = order;
	__SetPageBuddy(page);
}

static inline void add_to_free_list(struct page *page, struct zone *zone,
				    unsigned int order, int migratetype)
{
	struct free_area *area = &zone->free_area[order];

	set_buddy_order(page, order);
	list_add(&page->lru, &area->free_list[migratetype]);
	area->nr_free++;
}

static inline void del_page_from_free_list(struct page *page,
					   struct zone *zone,
					   unsigned int order)
{
	list_del(&page->lru);
	__ClearPageBuddy(page);
	page->private = 0;
	zone->free_area[order].nr_free--;
}

static inline unsigned long __find_buddy_pfn(unsigned long pfn,
					     unsigned int order)
{
	return pfn ^ (1UL << order);
}

struct page *__rmqueue_smallest(struct zone *zone, unsigned int order,
				int migratetype);
struct page *__rmqueue(struct zone *zone, unsigned int order,
		       int migratetype);
void __free_one_page(struct page *page, unsigned long pfn,
		     struct zone *zone, unsigned int order, int migratetype);
unsigned long zone_free_pages(const struct zone *zone);
int fallbacks_of(int migratetype, int i);
unsigned long nr_free_pages(void);

struct alloc_context {
	struct zonelist *zonelist;
	nodemask_t *nodemask;
	struct zoneref *preferred_zoneref;
	int migratetype;
	enum zone_type highest_zoneidx;
};

struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   nodemask_t *nodemask);

static inline int get_pcppage_migratetype(const struct page *page)
{
	return page->index;
}

static inline void set_pcppage_migratetype(struct page *page, int mt)
{
	page->index = mt;
}

int zone_batchsize(const struct zone *zone);
int zone_highsize(const struct zone *zone, int batch, int cpu_online);
void zone_pcp_update(struct zone *zone, int cpu_online);
void free_unref_page(struct page *page, unsigned int order);
void drain_all_pages(struct zone *zone);

struct page *alloc_pages_current(gfp_t gfp, unsigned int order);
void free_the_page(struct page *page, unsigned int order);

unsigned int gfp_to_alloc_flags(gfp_t gfp, unsigned int order);
unsigned int __gfp_pfmemalloc_flags(gfp_t gfp);
void warn_alloc(gfp_t gfp, const nodemask_t *nodemask, unsigned int order);
void show_mem(gfp_t gfp, const nodemask_t *nodemask);
#endif
