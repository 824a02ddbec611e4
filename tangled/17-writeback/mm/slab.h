#ifndef _MM_SLAB_H
#define _MM_SLAB_H
/* The slab allocator's inside: struct slab, node lists, all caches. */
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/slub_def.h>

#define L1_CACHE_BYTES		64
#define ARCH_SLAB_MINALIGN	8
#define ALIGN(x, a)		(((x) + (a) - 1) / (a) * (a))
#define ALIGN_DOWN(x, a)	((x) / (a) * (a))

struct slab {
	unsigned long __page_flags;
	struct list_head slab_list;	/* on a node's partial list */
	struct kmem_cache *slab_cache;
	void *freelist;			/* the first free object */
	union {
		unsigned long counters;
		struct {
			unsigned int inuse:16;		/* objects handed out */
			unsigned int objects:15;	/* in the slab */
			unsigned int frozen:1;		/* a processor's */
		};
	};
	unsigned int __unused;
	atomic_t __page_refcount;
	unsigned long memcg_data;
};

#define SLAB_MATCH(pg, sl)						\
	_Static_assert(offsetof(struct page, pg) ==			\
		       offsetof(struct slab, sl), "struct slab: " #sl)
SLAB_MATCH(flags, __page_flags);
SLAB_MATCH(compound_head, slab_list);
SLAB_MATCH(_refcount, __page_refcount);
SLAB_MATCH(memcg_data, memcg_data);
_Static_assert(sizeof(struct slab) <= sizeof(struct page),
	       "struct slab must fit in struct page");

static inline struct slab *page_slab(const struct page *page)
{
	return (struct slab *)page;
}

static inline struct page *slab_page(const struct slab *slab)
{
	return (struct page *)slab;
}

static inline void *slab_address(const struct slab *slab)
{
	return page_address(slab_page(slab));
}

static inline int slab_nid(const struct slab *slab)
{
	return page_to_nid(slab_page(slab));
}

static inline unsigned int slab_order(const struct slab *slab)
{
	return compound_order(slab_page(slab));
}

static inline struct slab *virt_to_slab(const void *addr)
{
	struct page *page = compound_head(virt_to_page(addr));

	return PageSlab(page) ? page_slab(page) : NULL;
}

#define OO_SHIFT		16
#define OO_MASK			((1U << OO_SHIFT) - 1)
#define MAX_OBJS_PER_PAGE	32767	/* slab->objects has 15 bits */

static inline struct kmem_cache_order_objects oo_make(unsigned int order,
							unsigned int size)
{
	struct kmem_cache_order_objects x = {
		(order << OO_SHIFT) + (((unsigned int)PAGE_SIZE << order) /
				       size)
	};

	return x;
}

static inline unsigned int oo_order(struct kmem_cache_order_objects x)
{
	return x.x >> OO_SHIFT;
}

static inline unsigned int oo_objects(struct kmem_cache_order_objects x)
{
	return x.x & OO_MASK;
}

#define LIST_HEAD_DEFINE(name) struct list_head name = { &name, &name }
#define ARCH_KMALLOC_MINALIGN	8

enum slab_state { DOWN, PARTIAL, UP, FULL };
extern enum slab_state slab_state;
extern struct kmem_cache *kmem_cache_node;

void create_boot_cache(struct kmem_cache *s, const char *name,
		       unsigned int size, slab_flags_t flags);

static inline void *fixup_red_left(struct kmem_cache *s, void *p)
{
	if (s->flags & SLAB_RED_ZONE)
		p = (char *)p + s->red_left_pad;
	return p;
}

#define for_each_object(p, s, addr, objects)				\
	for (p = fixup_red_left(s, addr);				\
	     (char *)p < (char *)(addr) + (objects) * (s)->size;	\
	     p = (char *)p + (s)->size)

struct kmem_cache_node {
	unsigned long nr_partial;
	struct list_head partial;
	unsigned long nr_slabs;		/* every slab of the node */
	unsigned long total_objects;	/* the objects in them */
	struct list_head full;		/* with SLAB_STORE_USER */
};

static inline struct kmem_cache_node *get_node(struct kmem_cache *s,
					       int node)
{
	return s->node[node];
}

#define for_each_kmem_cache_node(s, node, n)				\
	for ((node) = 0; (node) < nr_online_nodes; (node)++)		\
		if (((n) = get_node(s, node)) != NULL)

extern struct list_head slab_caches;
extern struct kmem_cache *kmem_cache;
extern unsigned int slub_min_order, slub_max_order, slub_min_objects;

int calculate_order(unsigned int size);
int __kmem_cache_create(struct kmem_cache *s, slab_flags_t flags);
int __kmem_cache_shutdown(struct kmem_cache *s);
int __kmem_cache_shrink(struct kmem_cache *s);
void __kmem_cache_release(struct kmem_cache *s);
void get_slabinfo(struct kmem_cache *s, unsigned long *active_objs,
		  unsigned long *num_objs, unsigned long *num_slabs);
#define SLAB_DEBUG_FLAGS	(SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE | \
				 SLAB_POISON | SLAB_STORE_USER)
#define __OBJECT_POISON		((slab_flags_t)0x80000000U)
#define POISON_INUSE		0x5a	/* not yet handed out */
#define POISON_FREE		0x6b	/* freed */
#define POISON_END		0xa5	/* the last byte of a freed object */
#define SLUB_RED_INACTIVE	0xbb	/* red zone of a free object */
#define SLUB_RED_ACTIVE		0xcc	/* red zone of an object in use */

static inline bool kmem_cache_debug(const struct kmem_cache *s)
{
	return s->flags & SLAB_DEBUG_FLAGS;
}

void setup_slub_debug(void);
slab_flags_t kmem_cache_flags(slab_flags_t flags, const char *name);
void *get_freepointer(struct kmem_cache *s, void *object);
void set_freepointer(struct kmem_cache *s, void *object, void *fp);
unsigned long count_partial_free(struct kmem_cache_node *n);
void setup_object_debug(struct kmem_cache *s, void *object);
void setup_slab_debug(struct kmem_cache *s, struct slab *slab, void *addr);
void check_slab_on_free(struct kmem_cache *s, struct slab *slab);
bool alloc_debug_processing(struct kmem_cache *s, struct slab *slab,
			    void *object, unsigned long addr);
bool free_debug_processing(struct kmem_cache *s, struct slab *slab,
			   void *object, unsigned long addr);
struct kmem_cache *cache_from_obj(struct kmem_cache *s, void *x);
void list_slab_objects(struct kmem_cache *s, struct slab *slab,
		       const char *text);

struct track {
	unsigned long addr;	/* the caller */
	int cpu;
	int pid;
	unsigned long when;
};

enum track_item { TRACK_ALLOC, TRACK_FREE };

struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags);
struct kmem_cache *create_kmalloc_cache(const char *name,
					unsigned int size,
					slab_flags_t flags);

void *__kmem_cache_alloc_node(struct kmem_cache *s, gfp_t gfpflags,
			      int node, unsigned long caller);
void __kmem_cache_free(struct kmem_cache *s, struct slab *slab, void *x,
		       unsigned long caller);

static inline size_t slab_ksize(const struct kmem_cache *s)
{
	if (s->flags & (SLAB_RED_ZONE | SLAB_POISON))
		return s->object_size;
	if (s->flags & SLAB_STORE_USER)
		return s->inuse;
	return s->size;
}
#endif
