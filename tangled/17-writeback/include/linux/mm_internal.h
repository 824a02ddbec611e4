#ifndef _LINUX_MM_INTERNAL_H
#define _LINUX_MM_INTERNAL_H
/* What Linux keeps in mm/internal.h: the page allocator's own names. */
#include <linux/gfp.h>

struct trace_print_flags {
	unsigned long mask;
	const char *name;
};

extern const struct trace_print_flags gfpflag_names[];

#define ALLOC_WMARK_MIN		WMARK_MIN
#define ALLOC_WMARK_LOW		WMARK_LOW
#define ALLOC_WMARK_HIGH	WMARK_HIGH
#define ALLOC_NO_WATERMARKS	0x04	/* don't check watermarks at all */
#define ALLOC_WMARK_MASK	(ALLOC_NO_WATERMARKS - 1)
#define ALLOC_OOM		0x08	/* the task chosen to die */
#define ALLOC_NON_BLOCK		0x10	/* cannot sleep: deeper below min */
#define ALLOC_MIN_RESERVE	0x20	/* __GFP_HIGH: half of min */
#define ALLOC_CPUSET		0x40	/* check the cpuset's nodes */
#define ALLOC_CMA		0x80	/* may use CMA areas */
#define ALLOC_NOFRAGMENT	0x100	/* avoid mixing pageblock types */
#define ALLOC_HIGHATOMIC	0x200	/* may use the HighAtomic reserve */
#define ALLOC_KSWAPD		0x800	/* may wake kswapd */

/* The flags that let a request below min. */
#define ALLOC_RESERVES		(ALLOC_NON_BLOCK | ALLOC_MIN_RESERVE | \
				 ALLOC_HIGHATOMIC | ALLOC_OOM)

bool __zone_watermark_ok(struct zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, long free_pages);
bool zone_watermark_ok(struct zone *z, unsigned int order,
		       unsigned long mark, int highest_zoneidx,
		       unsigned int alloc_flags);
bool zone_watermark_ok_per_order(struct zone *z, unsigned int order,
				 unsigned long mark, int highest_zoneidx,
				 unsigned int alloc_flags, long free_pages);

struct page *__rmqueue_pcplist(struct zone *zone, unsigned int order,
			       int migratetype, struct per_cpu_pages *pcp);
#endif
