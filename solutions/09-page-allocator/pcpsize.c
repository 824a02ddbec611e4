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
	unsigned long batch = managed_pages >> 10, p = 1;

	if (batch > 256)
		batch = 256;
	batch /= 4;
	if (batch < 1)
		batch = 1;
	batch += batch / 2;
	while (p * 2 <= batch)
		p *= 2;
	return p - 1 > 0 ? (int)(p - 1) : 1;
}

/*
 * The high mark: the low watermark shared among the node's processors
 * (all online processors when the node has none), at least 4 batches.
 */
int pcp_high(unsigned long low_wmark, int batch, int cpus_on_node,
	     int online_cpus)
{
	int cpus = cpus_on_node ? cpus_on_node : online_cpus;
	int high = (int)(low_wmark / cpus);

	return high > 4 * batch ? high : 4 * batch;
}
