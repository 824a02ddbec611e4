#ifndef _LINUX_MMCHECK_H
#define _LINUX_MMCHECK_H
/* mmcheck: the page allocator's invariants, checked on demand. */
#include <linux/mmzone.h>
#include <linux/types.h>

/* The caller does not know how many of the zone's pages are allocated. */
#define MMCHECK_ALLOCATED_UNKNOWN	(-1L)

unsigned long mmcheck_zone(struct zone *zone, long allocated, bool verbose);
unsigned long mmcheck(bool verbose);
bool mmcheck_page_pfn(const struct page *page, unsigned long *pfn);
struct mmcheck_counts {
	unsigned long free;	/* pages in free blocks on the free lists */
	unsigned long pcp;	/* pages on the per-cpu lists */
	unsigned long blocks;	/* free blocks on the free lists */
};

unsigned long mmcheck_zone_counts(struct zone *zone, long allocated,
				  bool verbose, struct mmcheck_counts *counts);
struct kmem_cache;

/* What mmcheck_slab found, and the slab pages it found in each zone. */
struct mmcheck_slab_counts {
	unsigned long caches, slabs, objects, inuse;
	unsigned long pages[MAX_NUMNODES][MAX_NR_ZONES];
};

unsigned long mmcheck_slab(bool verbose, struct mmcheck_slab_counts *counts);
unsigned long mmcheck_cache(struct kmem_cache *s, long allocated,
			    bool verbose);

unsigned long mmcheck_vmalloc(bool verbose);

struct mm_stress {
	unsigned long ops, allocs, failures, frees;
	unsigned long atomic_below_low;	/* atomic successes there */
	unsigned long atomic_below_min;
	unsigned long lowest, lowest_min;	/* fewest free, and min */
	unsigned long bad_patterns, problems;
	long lost;		/* free pages at the start less at the end */
};

void mm_stress(unsigned long ops, unsigned long seed, struct mm_stress *r);
void mm_stress_print(const struct mm_stress *r);
extern unsigned long mm_stress_sample_every;
#endif
