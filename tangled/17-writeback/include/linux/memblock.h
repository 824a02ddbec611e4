#ifndef _LINUX_MEMBLOCK_H
#define _LINUX_MEMBLOCK_H
/* memblock: the boot-time memory manager. */
#include <asm/page.h>
#include <linux/numa.h>
#include <linux/types.h>

enum memblock_flags {
	MEMBLOCK_NONE		= 0x0,	/* no special request */
	MEMBLOCK_HOTPLUG	= 0x1,	/* may be hot-removed */
	MEMBLOCK_MIRROR		= 0x2,	/* mirrored memory */
	MEMBLOCK_NOMAP		= 0x4,	/* not in the direct map */
};

struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
	enum memblock_flags flags;
	int nid;
};

struct memblock_type {
	unsigned long cnt;
	unsigned long max;
	phys_addr_t total_size;
	struct memblock_region *regions;
	const char *name;
};

struct memblock {
	bool bottom_up;			/* search upwards (movable_node) */
	phys_addr_t current_limit;
	struct memblock_type memory;
	struct memblock_type reserved;
};

extern struct memblock memblock;
extern unsigned long max_pfn, max_low_pfn;

#define PHYS_ADDR_MAX			(~(phys_addr_t)0)
#define MEMBLOCK_LOW_LIMIT		0
#define MEMBLOCK_ALLOC_ANYWHERE		PHYS_ADDR_MAX
#define MEMBLOCK_ALLOC_ACCESSIBLE	0
#define SMP_CACHE_BYTES			64

int memblock_add_node(phys_addr_t base, phys_addr_t size, int nid,
		      enum memblock_flags flags);
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_remove(phys_addr_t base, phys_addr_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);
int memblock_phys_free(phys_addr_t base, phys_addr_t size);
void memblock_free(void *ptr, size_t size);
phys_addr_t memblock_find_in_range_node(phys_addr_t size, phys_addr_t align,
					phys_addr_t start, phys_addr_t end,
					int nid);
phys_addr_t memblock_alloc_range_nid(phys_addr_t size, phys_addr_t align,
				     phys_addr_t start, phys_addr_t end,
				     int nid);
phys_addr_t memblock_phys_alloc_range(phys_addr_t size, phys_addr_t align,
				      phys_addr_t start, phys_addr_t end);
void *memblock_alloc_try_nid(phys_addr_t size, phys_addr_t align,
			     phys_addr_t min_addr, phys_addr_t max_addr,
			     int nid);

static inline phys_addr_t memblock_phys_alloc(phys_addr_t size,
					      phys_addr_t align)
{
	return memblock_phys_alloc_range(size, align, 0,
					 MEMBLOCK_ALLOC_ACCESSIBLE);
}

static inline void *memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT,
				      MEMBLOCK_ALLOC_ACCESSIBLE, NUMA_NO_NODE);
}
void memblock_trim_memory(phys_addr_t align);
void memblock_set_current_limit(phys_addr_t limit);
void memblock_reset(void);
bool memblock_is_memory(phys_addr_t addr);
bool memblock_is_reserved(phys_addr_t addr);
phys_addr_t memblock_phys_mem_size(void);
phys_addr_t memblock_reserved_size(void);
phys_addr_t memblock_end_of_DRAM(void);
void __memblock_dump_all(void);
void memblock_dump_all(void);
int memblock_set_node(phys_addr_t base, phys_addr_t size,
		      struct memblock_type *type, int nid);
phys_addr_t memblock_start_of_DRAM(void);

#ifndef ULLONG_MAX
#define ULLONG_MAX	(~0ULL)
#endif

bool __next_free_mem_range(u64 *idx, int nid, phys_addr_t *out_start,
			   phys_addr_t *out_end);
bool __next_free_mem_range_rev(u64 *idx, int nid, phys_addr_t *out_start,
			       phys_addr_t *out_end);

#define for_each_free_mem_range(i, nid, p_start, p_end)		\
	for (i = 0; __next_free_mem_range(&i, nid, p_start, p_end);)

#define for_each_free_mem_range_reverse(i, nid, p_start, p_end)	\
	for (i = ULLONG_MAX;						\
	     __next_free_mem_range_rev(&i, nid, p_start, p_end);)
#endif
