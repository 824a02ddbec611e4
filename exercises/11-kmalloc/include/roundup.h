/*
 * Exercise 11.1: kmalloc_size_roundup(), the size kmalloc() would
 * allocate for a request, asked before allocating.
 */
#ifndef EXERCISE_ROUNDUP_H
#define EXERCISE_ROUNDUP_H
#include <stddef.h>
#include <linux/gfp.h>
#include <linux/log2.h>
#include <linux/slab.h>
#include <linux/slub_def.h>

/* The snapshot's mm/slab.h: the cache kmalloc() takes a size from. */
struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags);

size_t kmalloc_size_roundup(size_t size);
#endif
