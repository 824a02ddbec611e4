/*
 * Exercise 8.2: ex_free_pages(), ex_watermark_ok() and
 * ex_watermark_ok_old(). See 2-wmarkcheck.md; grade it with
 * `make grade CH=8`.
 */
#include "wmarkcheck.h"

/* The zone's free pages: every free block of every order and list. */
long ex_free_pages(const struct ex_zone *z)
{
	long n = 0;
	int o, t;

	for (o = 0; o < EX_MAX_ORDER; o++)
		for (t = 0; t < EX_MIGRATE_TYPES; t++)
			n += z->nr_free[o][t] << o;
	return n;
}

/*
 * Linux 6.1: may the zone give 2^order pages to a request whose highest
 * zone is highest_zoneidx and stay above mark?
 */
bool ex_watermark_ok(const struct ex_zone *z, unsigned int order,
		     unsigned long mark, int highest_zoneidx,
		     unsigned int alloc_flags)
{
	(void)order;
	(void)highest_zoneidx;
	(void)alloc_flags;
	return ex_free_pages(z) > (long)mark;
}

/* Before Linux 4.4: the same question, with the per-order loop. */
bool ex_watermark_ok_old(const struct ex_zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags)
{
	(void)order;
	(void)highest_zoneidx;
	(void)alloc_flags;
	return ex_free_pages(z) > (long)mark;
}
