/*
 * Exercise 5.2: format_page_flags() prints page->flags as Linux's %pGp
 * does: the number, then the names of the flags and the fields.
 */
#ifndef EXERCISE_PGFLAGS_H
#define EXERCISE_PGFLAGS_H
#include <linux/mm.h>

extern const char *const pageflag_names[__NR_PAGEFLAGS];

int format_page_flags(char *buf, size_t size, unsigned long flags);

#endif
