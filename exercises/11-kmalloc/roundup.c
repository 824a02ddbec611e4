/*
 * Exercise 11.1: kmalloc_size_roundup(). See 1-roundup.md; grade it
 * with `make grade CH=11`.
 */
#include "roundup.h"

/* The number of bytes kmalloc(size, ...) would allocate. */
size_t kmalloc_size_roundup(size_t size)
{
	return size;
}
