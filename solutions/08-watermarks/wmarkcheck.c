/*
 * Exercise 8.2, a solution: the watermark check of Linux 6.1 and the
 * per-order loop of the kernels before 4.4.
 */
#include "wmarkcheck.h"

long ex_free_pages(const struct ex_zone *z)
{
	long n = 0;
	int o, t;

	for (o = 0; o < EX_MAX_ORDER; o++)
		for (t = 0; t < EX_MIGRATE_TYPES; t++)
			n += z->nr_free[o][t] << o;
	return n;
}

static bool has_block(const struct ex_zone *z, unsigned int order,
		      bool harder)
{
	unsigned int o;
	int t;

	for (o = order; o < EX_MAX_ORDER; o++) {
		for (t = 0; t < EX_MIGRATE_PCPTYPES; t++)
			if (z->nr_free[o][t])
				return true;
		if (harder && z->nr_free[o][EX_MIGRATE_HIGHATOMIC])
			return true;
	}
	return false;
}

bool ex_watermark_ok(const struct ex_zone *z, unsigned int order,
		     unsigned long mark, int highest_zoneidx,
		     unsigned int alloc_flags)
{
	bool harder = alloc_flags & (EX_ALLOC_HARDER | EX_ALLOC_OOM);
	long free = ex_free_pages(z) - ((1L << order) - 1);
	long min = mark;

	if (!harder)
		free -= z->nr_reserved_highatomic;
	if (alloc_flags & EX_ALLOC_HIGH)
		min -= min / 2;
	if (harder)
		min -= (alloc_flags & EX_ALLOC_OOM) ? min / 2 : min / 4;
	if (free <= min + z->lowmem_reserve[highest_zoneidx])
		return false;
	return order == 0 || has_block(z, order, harder);
}

bool ex_watermark_ok_old(const struct ex_zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags)
{
	long free = ex_free_pages(z) - ((1L << order) - 1);
	long min = mark;
	unsigned int o;
	int t;

	if (alloc_flags & EX_ALLOC_HIGH)
		min -= min / 2;
	if (alloc_flags & EX_ALLOC_HARDER)
		min -= min / 4;
	if (free <= min + z->lowmem_reserve[highest_zoneidx])
		return false;
	for (o = 0; o < order; o++) {
		for (t = 0; t < EX_MIGRATE_TYPES; t++)
			free -= (long)(z->nr_free[o][t] << o);
		min >>= 1;
		if (free <= min)
			return false;
	}
	return true;
}
