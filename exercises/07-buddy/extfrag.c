/*
 * Exercise 7.2: the fragmentation indexes. See 2-extfrag.md; grade it
 * with `make grade CH=7`.
 */
#include <stdio.h>
#include "extfrag.h"

/*
 * Sum a zone's free blocks, nr_free[0..EX_MAX_ORDER-1], into *info:
 * the free frames, the free blocks, and how many blocks of order
 * suitable_order the blocks of that order and above hold.
 */
void fill_contig_page_info(const unsigned long *nr_free,
			   unsigned int suitable_order,
			   struct contig_page_info *info)
{
	(void)nr_free;
	(void)suitable_order;
	info->free_pages = 0;
	info->free_blocks_total = 0;
	info->free_blocks_suitable = 0;
}

/*
 * The share of the free frames, in thousandths, that lie in blocks too
 * small for a request of this order; 1000 when nothing is free.
 */
int unusable_free_index(unsigned int order,
			const struct contig_page_info *info)
{
	(void)order;
	(void)info;
	return 0;
}

/*
 * For a request of this order that would fail, how much of the failure
 * is due to fragmentation rather than a lack of memory, in thousandths;
 * -1000 when the request would succeed, 0 when nothing is free or the
 * order is EX_MAX_ORDER or more.
 */
int __fragmentation_index(unsigned int order,
			  const struct contig_page_info *info)
{
	(void)order;
	(void)info;
	return 0;
}

/*
 * Write into buf (size bytes, always terminated) the line of
 * unusable_index for zone `zone` of node `nid`; return the length of
 * the whole line, as snprintf() does.
 */
int unusable_show_print(char *buf, size_t size, int nid, const char *zone,
			const unsigned long *nr_free)
{
	(void)nr_free;
	return snprintf(buf, size, "Node %d, zone %s\n", nid, zone);
}

/* The same for the line of extfrag_index. */
int extfrag_show_print(char *buf, size_t size, int nid, const char *zone,
		       const unsigned long *nr_free)
{
	(void)nr_free;
	return snprintf(buf, size, "Node %d, zone %s\n", nid, zone);
}
