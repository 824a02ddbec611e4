/*
 * Exercise 7.2: buddyinfo_line() prints one zone's line of
 * /proc/buddyinfo in Linux's format.
 */
#ifndef EXERCISE_BUDDYINFO_H
#define EXERCISE_BUDDYINFO_H
#include <stddef.h>

#define EX_NR_ORDERS	11

int buddyinfo_line(char *buf, size_t size, int nid, const char *zone,
		   const unsigned long *nr_free);

#endif
