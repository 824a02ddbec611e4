/*
 * Exercise 9.1: pcp_batch() and pcp_high() size a zone's per-cpu
 * pagesets, as Linux 6.1's zone_batchsize() and zone_highsize() do.
 */
#ifndef EXERCISE_PCPSIZE_H
#define EXERCISE_PCPSIZE_H

int pcp_batch(unsigned long managed_pages);
int pcp_high(unsigned long low_wmark, int batch, int cpus_on_node,
	     int online_cpus);

#endif
