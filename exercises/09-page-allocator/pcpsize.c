/*
 * Exercise 9.1: pcp_batch() and pcp_high(). See 1-pcpsize.md; grade it
 * with `make grade CH=8`.
 */
#include "pcpsize.h"

/*
 * The batch of a zone of managed_pages pages: a thousandth of the zone,
 * at most 256 pages, divided by 4, at least 1, then rounded to one less
 * than a power of two; never below 1.
 */
int pcp_batch(unsigned long managed_pages)
{
	(void)managed_pages;
	return 1;
}

/*
 * The high mark: the low watermark shared among the node's processors
 * (all online processors when the node has none), at least 4 batches.
 */
int pcp_high(unsigned long low_wmark, int batch, int cpus_on_node,
	     int online_cpus)
{
	(void)cpus_on_node;
	(void)online_cpus;
	(void)batch;
	return (int)low_wmark;
}
