/*
 * Exercise 1.3: hex_dump_to_buffer() formats one line of a hex dump in
 * the format of Linux's lib/hexdump.c.
 */
#ifndef EXERCISE_HEXDUMP_H
#define EXERCISE_HEXDUMP_H

#include <stdbool.h>
#include <stddef.h>

int hex_dump_to_buffer(const void *buf, size_t len, int rowsize,
		       int groupsize, char *linebuf, size_t linebuflen,
		       bool ascii);

#endif
