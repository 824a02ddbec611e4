/*
 * Exercise 7.2: the fragmentation indexes of one zone, as Linux prints
 * them in /sys/kernel/debug/extfrag/unusable_index and extfrag_index.
 */
#ifndef EXERCISE_EXTFRAG_H
#define EXERCISE_EXTFRAG_H
#include <stddef.h>

#define EX_MAX_ORDER	11

/* What a zone's free lists offer a request of one order. */
struct contig_page_info {
	unsigned long free_pages;		/* free frames */
	unsigned long free_blocks_total;	/* free blocks, any order */
	unsigned long free_blocks_suitable;	/* blocks of the order */
};

void fill_contig_page_info(const unsigned long *nr_free,
			   unsigned int suitable_order,
			   struct contig_page_info *info);
int unusable_free_index(unsigned int order,
			const struct contig_page_info *info);
int __fragmentation_index(unsigned int order,
			  const struct contig_page_info *info);
int unusable_show_print(char *buf, size_t size, int nid, const char *zone,
			const unsigned long *nr_free);
int extfrag_show_print(char *buf, size_t size, int nid, const char *zone,
		       const unsigned long *nr_free);

#endif
