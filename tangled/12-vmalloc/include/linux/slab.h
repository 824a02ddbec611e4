#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H
/* The slab allocator: caches of objects of one size. */
#include <linux/gfp.h>
#include <linux/types.h>

typedef unsigned int slab_flags_t;

#define SLAB_CONSISTENCY_CHECKS	((slab_flags_t)0x00000100U)
#define SLAB_RED_ZONE		((slab_flags_t)0x00000400U)
#define SLAB_POISON		((slab_flags_t)0x00000800U)
#define SLAB_KMALLOC		((slab_flags_t)0x00001000U)
#define SLAB_HWCACHE_ALIGN	((slab_flags_t)0x00002000U)
#define SLAB_CACHE_DMA		((slab_flags_t)0x00004000U)
#define SLAB_STORE_USER		((slab_flags_t)0x00010000U)
#define SLAB_RECLAIM_ACCOUNT	((slab_flags_t)0x00020000U)
#define SLAB_PANIC		((slab_flags_t)0x00040000U)

struct kmem_cache;
struct seq_file;

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, slab_flags_t flags,
				     void (*ctor)(void *));
void kmem_cache_destroy(struct kmem_cache *s);
int kmem_cache_shrink(struct kmem_cache *s);
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags);
void kmem_cache_free(struct kmem_cache *s, void *x);
void kmem_cache_init(void);
void slabinfo_show(struct seq_file *m);
unsigned long nr_slab_pages(void);
void *kmalloc_node(size_t size, gfp_t flags, int node);
void kfree(const void *objp);
#endif
