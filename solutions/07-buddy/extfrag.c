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
	unsigned int order;

	info->free_pages = 0;
	info->free_blocks_total = 0;
	info->free_blocks_suitable = 0;
	for (order = 0; order < EX_MAX_ORDER; order++) {
		unsigned long blocks = nr_free[order];

		info->free_blocks_total += blocks;
		info->free_pages += blocks << order;
		if (order >= suitable_order)
			info->free_blocks_suitable +=
				blocks << (order - suitable_order);
	}
}

/*
 * The share of the free frames, in thousandths, that lie in blocks too
 * small for a request of this order; 1000 when nothing is free.
 */
int unusable_free_index(unsigned int order,
			const struct contig_page_info *info)
{
	unsigned long usable = info->free_blocks_suitable << order;

	if (info->free_pages == 0)
		return 1000;
	return (info->free_pages - usable) * 1000ULL / info->free_pages;
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
	unsigned long requested = 1UL << order;

	if (order >= EX_MAX_ORDER)
		return 0;
	if (!info->free_blocks_total)
		return 0;
	if (info->free_blocks_suitable)
		return -1000;
	return 1000 - (int)((1000 + info->free_pages * 1000ULL / requested) /
			    info->free_blocks_total);
}

/*
 * How much of buf (size bytes) a line of len bytes fills: len, or all
 * of buf when the line is longer.
 */
static size_t used(size_t size, int len)
{
	return (size_t)len < size ? (size_t)len : size;
}

/*
 * Write into buf (size bytes, always terminated) the line of
 * unusable_index for zone `zone` of node `nid`; return the length of
 * the whole line, as snprintf() does.
 */
int unusable_show_print(char *buf, size_t size, int nid, const char *zone,
			const unsigned long *nr_free)
{
	struct contig_page_info info;
	unsigned int order;
	int index;
	int len = snprintf(buf, size, "Node %d, zone %8s ", nid, zone);

	for (order = 0; order < EX_MAX_ORDER; order++) {
		fill_contig_page_info(nr_free, order, &info);
		index = unusable_free_index(order, &info);
		len += snprintf(buf + used(size, len), size - used(size, len),
				"%d.%03d ", index / 1000, index % 1000);
	}
	return len + snprintf(buf + used(size, len), size - used(size, len),
			      "\n");
}

/* The same for the line of extfrag_index. */
int extfrag_show_print(char *buf, size_t size, int nid, const char *zone,
		       const unsigned long *nr_free)
{
	struct contig_page_info info;
	unsigned int order;
	int index;
	int len = snprintf(buf, size, "Node %d, zone %8s ", nid, zone);

	for (order = 0; order < EX_MAX_ORDER; order++) {
		fill_contig_page_info(nr_free, order, &info);
		index = __fragmentation_index(order, &info);
		len += snprintf(buf + used(size, len), size - used(size, len),
				"%2d.%03d ", index / 1000, index % 1000);
	}
	return len + snprintf(buf + used(size, len), size - used(size, len),
			      "\n");
}
