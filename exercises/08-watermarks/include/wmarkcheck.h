/* Exercise 8.2: the watermark check, before Linux 4.4 and in 6.1. */
#ifndef WMARKCHECK_H
#define WMARKCHECK_H
#include <stdbool.h>

#define EX_MAX_ORDER		11
#define EX_NR_ZONES		4
#define EX_MIGRATE_PCPTYPES	3	/* Unmovable, Movable, Reclaimable */
#define EX_MIGRATE_HIGHATOMIC	3
#define EX_MIGRATE_TYPES	4

/* Linux's allocation flags (mm/internal.h). */
#define EX_ALLOC_OOM		0x08
#define EX_ALLOC_HARDER		0x10
#define EX_ALLOC_HIGH		0x20

struct ex_zone {
	long lowmem_reserve[EX_NR_ZONES];
	unsigned long nr_reserved_highatomic;
	/* free blocks of each order on each migratetype's list */
	unsigned long nr_free[EX_MAX_ORDER][EX_MIGRATE_TYPES];
};

long ex_free_pages(const struct ex_zone *z);
bool ex_watermark_ok(const struct ex_zone *z, unsigned int order,
		     unsigned long mark, int highest_zoneidx,
		     unsigned int alloc_flags);
bool ex_watermark_ok_old(const struct ex_zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags);
#endif
