/*
 * Exercise 7.2: buddyinfo_line(). See 2-buddyinfo.md; grade it with
 * `make grade CH=7`.
 */
#include <stdio.h>
#include "buddyinfo.h"

/*
 * Write into buf (size bytes, always terminated) the line of
 * /proc/buddyinfo for zone `zone` of node `nid`, whose free-block counts
 * per order are nr_free[0..EX_NR_ORDERS-1], ending with a newline.
 * Return the length of the whole line, as snprintf() does.
 */
int buddyinfo_line(char *buf, size_t size, int nid, const char *zone,
		   const unsigned long *nr_free)
{
	int n = snprintf(buf, size, "Node %d, zone %8s ", nid, zone);
	int o;

	for (o = 0; o < EX_NR_ORDERS; o++)
		n += snprintf(buf + (n < (int)size ? n : (int)size),
			      n < (int)size ? size - n : 0, "%6lu ",
			      nr_free[o]);
	n += snprintf(buf + (n < (int)size ? n : (int)size),
		      n < (int)size ? size - n : 0, "\n");
	return n;
}
