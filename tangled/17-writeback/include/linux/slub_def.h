#ifndef _LINUX_SLUB_DEF_H
#define _LINUX_SLUB_DEF_H
/* SLUB's cache: the per-cpu slabs, the sizes, the node lists. */
#include <linux/cpumask.h>
#include <linux/list.h>
#include <linux/numa.h>
#include <linux/slab.h>

struct kmem_cache_cpu {
	void **freelist;	/* the next free object of the cpu slab */
	unsigned long tid;	/* one more with every operation */
	struct slab *slab;	/* the slab allocated from */
};

/* An order and the number of objects a slab of that order holds. */
struct kmem_cache_order_objects {
	unsigned int x;
};

struct kmem_cache {
	struct kmem_cache_cpu cpu_slab[NR_CPUS];
	slab_flags_t flags;
	unsigned long min_partial;	/* partial slabs a node keeps */
	unsigned int size;		/* an object with its metadata */
	unsigned int object_size;	/* the object as asked for */
	unsigned int offset;		/* of the free pointer */
	struct kmem_cache_order_objects oo;	/* a slab's order, objects */
	struct kmem_cache_order_objects min;	/* the least that will do */
	gfp_t allocflags;		/* added to every slab's request */
	int refcount;
	void (*ctor)(void *);
	unsigned int inuse;		/* object, padding, right red zone */
	unsigned int align;
	unsigned int red_left_pad;	/* the left red zone */
	const char *name;
	struct list_head list;		/* on slab_caches */
	struct kmem_cache_node *node[MAX_NUMNODES];
};
#endif
