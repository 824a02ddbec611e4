/* mm/slub.c: SLUB, the slab allocator of Linux 6.1. */
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/mempolicy.h>
#include <linux/minmax.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>
#include "slab.h"

static void *___slab_alloc(struct kmem_cache *s, gfp_t gfpflags, int node,
			   unsigned long addr, struct kmem_cache_cpu *c);
static void *get_partial(struct kmem_cache *s, int node,
			 struct slab **ret);
static void slab_out_of_memory(struct kmem_cache *s, gfp_t gfpflags,
			       int nid);
static void __slab_free(struct kmem_cache *s, struct slab *slab,
			void *object, unsigned long addr);
static struct kmem_cache_node *early_kmem_cache_node_alloc(int node);
static void init_kmem_cache_node(struct kmem_cache_node *n);
static void *alloc_debug(struct kmem_cache *s, gfp_t gfpflags, int node,
			 unsigned long addr);
static void free_debug(struct kmem_cache *s, struct kmem_cache_node *n,
		       struct slab *slab, void *object, unsigned long addr);

static int calculate_sizes(struct kmem_cache *s)
{
	slab_flags_t flags = s->flags;
	unsigned int size = ALIGN(s->object_size, sizeof(void *));
	int order;

	if ((flags & SLAB_POISON) && !s->ctor)
		s->flags |= __OBJECT_POISON;
	else
		s->flags &= ~__OBJECT_POISON;
	if ((flags & SLAB_RED_ZONE) && size == s->object_size)
		size += sizeof(void *);
	s->inuse = size;
	if ((flags & SLAB_POISON) || s->ctor ||
	    ((flags & SLAB_RED_ZONE) && s->object_size < sizeof(void *))) {
		s->offset = size;	/* after the object */
		size += sizeof(void *);
	} else {
		s->offset = ALIGN_DOWN(s->object_size / 2, sizeof(void *));
	}
	if (flags & SLAB_STORE_USER)
		size += 2 * sizeof(struct track);
	if (flags & SLAB_RED_ZONE) {
		size += sizeof(void *);
		s->red_left_pad = ALIGN(sizeof(void *), s->align);
		size += s->red_left_pad;
	}
	s->size = size = ALIGN(size, s->align);
	order = calculate_order(size);
	if (order < 0)
		return 0;
	s->allocflags = order ? __GFP_COMP : 0;
	if (s->flags & SLAB_CACHE_DMA)
		s->allocflags |= GFP_DMA;
	if (s->flags & SLAB_RECLAIM_ACCOUNT)
		s->allocflags |= __GFP_RECLAIMABLE;
	s->oo = oo_make(order, size);
	s->min = oo_make(get_order(size), size);
	return !!oo_objects(s->oo);
}

static unsigned int order_objects(unsigned int order, unsigned int size)
{
	return ((unsigned int)PAGE_SIZE << order) / size;
}

static unsigned int calc_slab_order(unsigned int size,
				    unsigned int min_objects,
				    unsigned int max_order,
				    unsigned int fract_leftover)
{
	unsigned int order;

	if (order_objects(slub_min_order, size) > MAX_OBJS_PER_PAGE)
		return get_order(size * MAX_OBJS_PER_PAGE) - 1;
	for (order = max(slub_min_order,
			 (unsigned int)get_order(min_objects * size));
	     order <= max_order; order++) {
		unsigned int slab_size = (unsigned int)PAGE_SIZE << order;

		if (slab_size % size <= slab_size / fract_leftover)
			break;
	}
	return order;
}

int calculate_order(unsigned int size)
{
	unsigned int order, min_objects, max_objects, fraction;

	min_objects = slub_min_objects;
	if (!min_objects)
		min_objects = 4 * (fls(nr_cpu_ids) + 1);
	max_objects = order_objects(slub_max_order, size);
	min_objects = min(min_objects, max_objects);

	while (min_objects > 1) {
		for (fraction = 16; fraction >= 4; fraction /= 2) {
			order = calc_slab_order(size, min_objects,
						slub_max_order, fraction);
			if (order <= slub_max_order)
				return order;
		}
		min_objects--;
	}
	order = calc_slab_order(size, 1, slub_max_order, 1);
	if (order <= slub_max_order)
		return order;
	order = calc_slab_order(size, 1, MAX_ORDER, 1);
	if (order < MAX_ORDER)
		return order;
	return -EINVAL;		/* Linux: -ENOSYS */
}

unsigned int slub_min_order;
unsigned int slub_max_order = PAGE_ALLOC_COSTLY_ORDER;
unsigned int slub_min_objects;

void *get_freepointer(struct kmem_cache *s, void *object)
{
	return *(void **)((char *)object + s->offset);
}

void set_freepointer(struct kmem_cache *s, void *object, void *fp)
{
	*(void **)((char *)object + s->offset) = fp;
}

enum { DEACTIVATE_TO_HEAD, DEACTIVATE_TO_TAIL };

static void add_partial(struct kmem_cache_node *n, struct slab *slab,
			int tail)
{
	n->nr_partial++;
	if (tail == DEACTIVATE_TO_TAIL)
		list_add_tail(&slab->slab_list, &n->partial);
	else
		list_add(&slab->slab_list, &n->partial);
}

static void remove_partial(struct kmem_cache_node *n, struct slab *slab)
{
	list_del(&slab->slab_list);
	n->nr_partial--;
}

static void add_full(struct kmem_cache *s, struct kmem_cache_node *n,
		     struct slab *slab)
{
	if (s->flags & SLAB_STORE_USER)
		list_add(&slab->slab_list, &n->full);
}

static void remove_full(struct kmem_cache *s, struct slab *slab)
{
	if (s->flags & SLAB_STORE_USER)
		list_del(&slab->slab_list);
}

static void *setup_object(struct kmem_cache *s, void *object)
{
	setup_object_debug(s, object);
	if (s->ctor)
		s->ctor(object);
	return object;
}

static struct slab *allocate_slab(struct kmem_cache *s, gfp_t flags,
				  int node)
{
	struct kmem_cache_order_objects oo = s->oo;
	struct page *page;
	struct slab *slab;
	char *start, *p, *next;
	unsigned int i;

	flags |= s->allocflags;
	page = alloc_pages_node(node, flags | __GFP_NOWARN | __GFP_NORETRY,
				oo_order(oo));
	if (!page && oo_order(oo) > oo_order(s->min)) {
		oo = s->min;
		page = alloc_pages_node(node, flags, oo_order(oo));
	}
	if (!page)
		return NULL;
	slab = page_slab(page);
	slab->objects = oo_objects(oo);
	slab->inuse = 0;
	slab->frozen = 0;
	slab->slab_cache = s;
	SetPageSlab(page);
	start = slab_address(slab);
	setup_slab_debug(s, slab, start);
	p = setup_object(s, fixup_red_left(s, start));
	slab->freelist = p;
	for (i = 1; i < slab->objects; i++, p = next) {
		next = setup_object(s, p + s->size);
		set_freepointer(s, p, next);
	}
	set_freepointer(s, p, NULL);
	return slab;
}

static struct slab *new_slab(struct kmem_cache *s, gfp_t flags, int node)
{
	struct slab *slab = allocate_slab(s, flags, node);
	struct kmem_cache_node *n;

	if (!slab)
		return NULL;
	n = get_node(s, slab_nid(slab));
	if (n) {	/* kmem_cache_node's first slab counts itself */
		n->nr_slabs++;
		n->total_objects += slab->objects;
	}
	return slab;
}

static void discard_slab(struct kmem_cache *s, struct slab *slab)
{
	struct kmem_cache_node *n = get_node(s, slab_nid(slab));
	struct page *page = slab_page(slab);

	n->nr_slabs--;
	n->total_objects -= slab->objects;
	check_slab_on_free(s, slab);
	ClearPageSlab(page);
	slab->slab_cache = NULL;
	__free_pages(page, compound_order(page));
}

static void *slab_alloc_node(struct kmem_cache *s, gfp_t gfpflags,
			     int node, unsigned long addr)
{
	struct kmem_cache_cpu *c = &s->cpu_slab[smp_processor_id()];
	void *object = c->freelist;

	if (!object || !c->slab) {
		object = ___slab_alloc(s, gfpflags, node, addr, c);
	} else {
		c->freelist = get_freepointer(s, object);
		c->tid++;
	}
	if (object && (gfpflags & __GFP_ZERO))
		memset(object, 0, s->object_size);
	return object;
}

void *kmem_cache_alloc(struct kmem_cache *s, gfp_t gfpflags)
{
	return slab_alloc_node(s, gfpflags, NUMA_NO_NODE,
			       (unsigned long)__builtin_return_address(0));
}

static void *get_freelist(struct kmem_cache *s, struct slab *slab)
{
	void *freelist = slab->freelist;

	slab->freelist = NULL;
	slab->inuse = slab->objects;
	slab->frozen = freelist != NULL;
	return freelist;
}

static void *___slab_alloc(struct kmem_cache *s, gfp_t gfpflags, int node,
			   unsigned long addr, struct kmem_cache_cpu *c)
{
	struct slab *slab = c->slab;
	void *freelist;

	if (kmem_cache_debug(s))
		return alloc_debug(s, gfpflags, node, addr);
	if (slab) {
		freelist = get_freelist(s, slab);
		if (freelist)
			goto load_freelist;
		c->slab = NULL;		/* full: it leaves the processor */
	}
	freelist = get_partial(s, node, &slab);
	if (!freelist) {
		slab = new_slab(s, gfpflags, node == NUMA_NO_NODE ?
				numa_node_id() : node);
		if (!slab) {
			slab_out_of_memory(s, gfpflags, node);
			return NULL;
		}
		freelist = get_freelist(s, slab);
	}
	c->slab = slab;
load_freelist:
	c->freelist = get_freepointer(s, freelist);
	c->tid++;
	return freelist;
}

static void *get_partial_node(struct kmem_cache *s,
			      struct kmem_cache_node *n,
			      struct slab **ret)
{
	struct slab *slab;

	if (!n || !n->nr_partial)
		return NULL;
	slab = list_entry(n->partial.next, struct slab, slab_list);
	remove_partial(n, slab);
	*ret = slab;
	return get_freelist(s, slab);
}

static void *get_partial(struct kmem_cache *s, int node, struct slab **ret)
{
	int searchnode = node == NUMA_NO_NODE ? numa_node_id() : node;
	void *object = get_partial_node(s, get_node(s, searchnode), ret);

	for (node = 0; !object && node < nr_online_nodes; node++)
		object = get_partial_node(s, get_node(s, node), ret);
	return object;
}

static void *alloc_debug(struct kmem_cache *s, gfp_t gfpflags, int node,
			 unsigned long addr)
{
	struct kmem_cache_node *n;
	struct slab *slab = NULL;
	void *object;
	int nid;

	for (nid = 0; nid < nr_online_nodes && !slab; nid++) {
		n = get_node(s, nid);
		if (n->nr_partial)
			slab = list_entry(n->partial.next, struct slab,
					  slab_list);
	}
	if (!slab) {
		slab = new_slab(s, gfpflags, node == NUMA_NO_NODE ?
				numa_node_id() : node);
		if (!slab) {
			slab_out_of_memory(s, gfpflags, node);
			return NULL;
		}
		add_partial(get_node(s, slab_nid(slab)), slab,
			    DEACTIVATE_TO_HEAD);
	}
	n = get_node(s, slab_nid(slab));
	object = slab->freelist;
	slab->freelist = get_freepointer(s, object);
	slab->inuse++;
	if (!alloc_debug_processing(s, slab, object, addr)) {
		remove_partial(n, slab);	/* kept out for good */
		return alloc_debug(s, gfpflags, node, addr);
	}
	if (slab->inuse == slab->objects) {
		remove_partial(n, slab);
		add_full(s, n, slab);
	}
	return object;
}

static void slab_out_of_memory(struct kmem_cache *s, gfp_t gfpflags,
			       int nid)
{
	struct kmem_cache_node *n;
	int node;

	if (gfpflags & __GFP_NOWARN)
		return;
	pr_warn("SLUB: Unable to allocate memory on node %d, gfp=%#x(%pGg)\n",
		nid, gfpflags, &gfpflags);
	pr_warn("  cache: %s, object size: %u, buffer size: %u, "
		"default order: %u, min order: %u\n", s->name,
		s->object_size, s->size, oo_order(s->oo),
		oo_order(s->min));
	for_each_kmem_cache_node(s, node, n)
		pr_warn("  node %d: slabs: %ld, objs: %ld, free: %ld\n",
			node, n->nr_slabs, n->total_objects,
			count_partial_free(n));
}

void *__kmem_cache_alloc_node(struct kmem_cache *s, gfp_t gfpflags,
			      int node, unsigned long caller)
{
	return slab_alloc_node(s, gfpflags, node, caller);
}

static void do_slab_free(struct kmem_cache *s, struct slab *slab,
			 void *object, unsigned long addr)
{
	struct kmem_cache_cpu *c = &s->cpu_slab[smp_processor_id()];

	if (slab == c->slab && !kmem_cache_debug(s)) {
		set_freepointer(s, object, c->freelist);
		c->freelist = object;
		c->tid++;
	} else {
		__slab_free(s, slab, object, addr);
	}
}

void kmem_cache_free(struct kmem_cache *s, void *x)
{
	unsigned long addr = (unsigned long)__builtin_return_address(0);

	s = cache_from_obj(s, x);
	if (!s)
		return;
	do_slab_free(s, virt_to_slab(x), x, addr);
}

static void __slab_free(struct kmem_cache *s, struct slab *slab,
			void *object, unsigned long addr)
{
	struct kmem_cache_node *n = get_node(s, slab_nid(slab));
	void *prior;

	if (kmem_cache_debug(s)) {
		free_debug(s, n, slab, object, addr);
		return;
	}
	prior = slab->freelist;
	set_freepointer(s, object, prior);
	slab->freelist = object;
	slab->inuse--;
	if (slab->frozen)
		return;
	if (!slab->inuse && n->nr_partial >= s->min_partial) {
		if (prior)
			remove_partial(n, slab);
		discard_slab(s, slab);
	} else if (!prior) {
		add_partial(n, slab, DEACTIVATE_TO_TAIL);
	}
}

static void free_debug(struct kmem_cache *s, struct kmem_cache_node *n,
		       struct slab *slab, void *object, unsigned long addr)
{
	void *prior = slab->freelist;

	if (!free_debug_processing(s, slab, object, addr))
		return;
	set_freepointer(s, object, prior);
	slab->freelist = object;
	slab->inuse--;
	if (!prior) {
		remove_full(s, slab);
		add_partial(n, slab, DEACTIVATE_TO_TAIL);
	}
	if (!slab->inuse && n->nr_partial > s->min_partial) {
		remove_partial(n, slab);
		discard_slab(s, slab);
	}
}

void __kmem_cache_free(struct kmem_cache *s, struct slab *slab, void *x,
		       unsigned long caller)
{
	do_slab_free(s, slab, x, caller);
}

static void deactivate_slab(struct kmem_cache *s, struct slab *slab,
			    void *freelist)
{
	struct kmem_cache_node *n = get_node(s, slab_nid(slab));
	void *tail = freelist;
	int counted = 0;

	while (tail && get_freepointer(s, tail)) {
		tail = get_freepointer(s, tail);
		counted++;
	}
	if (tail) {
		set_freepointer(s, tail, slab->freelist);
		slab->freelist = freelist;
		slab->inuse -= counted + 1;
	}
	slab->frozen = 0;
	if (!slab->inuse && n->nr_partial >= s->min_partial)
		discard_slab(s, slab);
	else if (slab->freelist)
		add_partial(n, slab, tail ? DEACTIVATE_TO_TAIL
					  : DEACTIVATE_TO_HEAD);
}

static void flush_cpu_slab(struct kmem_cache *s, int cpu)
{
	struct kmem_cache_cpu *c = &s->cpu_slab[cpu];

	if (c->slab)
		deactivate_slab(s, c->slab, c->freelist);
	c->slab = NULL;
	c->freelist = NULL;
	c->tid++;
}

static void flush_all(struct kmem_cache *s)
{
	int cpu;

	for_each_possible_cpu(cpu)
		flush_cpu_slab(s, cpu);
}

int __kmem_cache_shrink(struct kmem_cache *s)
{
	struct kmem_cache_node *n;
	struct list_head *p, *next;
	int node, ret = 0;

	flush_all(s);
	for_each_kmem_cache_node(s, node, n) {
		for (p = n->partial.next; p != &n->partial; p = next) {
			struct slab *slab = list_entry(p, struct slab, slab_list);

			next = p->next;
			if (!slab->inuse) {
				remove_partial(n, slab);
				discard_slab(s, slab);
			}
		}
		if (n->nr_slabs)
			ret = 1;
	}
	return ret;
}

static const char remaining[] =
	"Objects remaining in %s on __kmem_cache_shutdown()";

int __kmem_cache_shutdown(struct kmem_cache *s)
{
	struct kmem_cache_node *n;
	struct list_head *p;
	int node;

	__kmem_cache_shrink(s);
	for_each_kmem_cache_node(s, node, n) {
		for (p = n->partial.next; p != &n->partial; p = p->next)
			list_slab_objects(s, list_entry(p, struct slab,
							slab_list), remaining);
		for (p = n->full.next; p != &n->full; p = p->next)
			list_slab_objects(s, list_entry(p, struct slab,
							slab_list), remaining);
		if (n->nr_slabs)
			return 1;
	}
	return 0;
}

unsigned long count_partial_free(struct kmem_cache_node *n)
{
	unsigned long x = 0;
	struct list_head *p;

	for (p = n->partial.next; p != &n->partial; p = p->next) {
		struct slab *slab = list_entry(p, struct slab, slab_list);

		x += slab->objects - slab->inuse;
	}
	return x;
}

void get_slabinfo(struct kmem_cache *s, unsigned long *active_objs,
		  unsigned long *num_objs, unsigned long *num_slabs)
{
	struct kmem_cache_node *n;
	unsigned long nr_free = 0;
	int node;

	*num_objs = *num_slabs = 0;
	for_each_kmem_cache_node(s, node, n) {
		*num_slabs += n->nr_slabs;
		*num_objs += n->total_objects;
		nr_free += count_partial_free(n);
	}
	*active_objs = *num_objs - nr_free;
}

#define MIN_PARTIAL	5UL
#define MAX_PARTIAL	10UL

static void set_min_partial(struct kmem_cache *s)
{
	s->min_partial = min(MAX_PARTIAL, max(MIN_PARTIAL,
			(unsigned long)ilog2(s->size) / 2));
}

static int init_kmem_cache_nodes(struct kmem_cache *s)
{
	struct kmem_cache_node *n;
	int node;

	for (node = 0; node < nr_online_nodes; node++) {
		if (slab_state == DOWN) {
			early_kmem_cache_node_alloc(node);
			continue;
		}
		n = kmem_cache_alloc(kmem_cache_node, GFP_KERNEL);
		if (!n)
			return 0;
		init_kmem_cache_node(n);
		s->node[node] = n;
	}
	return 1;
}

int __kmem_cache_create(struct kmem_cache *s, slab_flags_t flags)
{
	s->flags = kmem_cache_flags(flags, s->name);
	if (!calculate_sizes(s))
		return -EINVAL;
	set_min_partial(s);
	memset(s->cpu_slab, 0, sizeof(s->cpu_slab));
	if (!init_kmem_cache_nodes(s)) {
		__kmem_cache_release(s);
		return -ENOMEM;
	}
	return 0;
}

static void init_kmem_cache_node(struct kmem_cache_node *n)
{
	n->nr_partial = 0;
	INIT_LIST_HEAD(&n->partial);
	n->nr_slabs = 0;
	n->total_objects = 0;
	INIT_LIST_HEAD(&n->full);
}

void __kmem_cache_release(struct kmem_cache *s)
{
	int node;

	for (node = 0; node < nr_online_nodes; node++) {
		if (s->node[node])
			kmem_cache_free(kmem_cache_node, s->node[node]);
		s->node[node] = NULL;
	}
}

enum slab_state slab_state;
struct kmem_cache *kmem_cache;
struct kmem_cache *kmem_cache_node;

static struct kmem_cache_node *early_kmem_cache_node_alloc(int node)
{
	struct slab *slab = new_slab(kmem_cache_node, GFP_NOWAIT, node);
	struct kmem_cache_node *n;

	if (!slab)
		panic("SLUB: Unable to allocate memory from node %d\n", node);
	n = slab->freelist;
	slab->freelist = get_freepointer(kmem_cache_node, n);
	slab->inuse = 1;
	kmem_cache_node->node[node] = n;
	init_kmem_cache_node(n);
	n->nr_slabs = 1;
	n->total_objects = slab->objects;
	add_partial(n, slab, DEACTIVATE_TO_HEAD);
	return n;
}

static struct kmem_cache *bootstrap(struct kmem_cache *static_cache)
{
	struct kmem_cache *s = kmem_cache_alloc(kmem_cache, GFP_NOWAIT);
	struct kmem_cache_node *n;
	struct list_head *p;
	int node;

	memcpy(s, static_cache, kmem_cache->object_size);
	flush_cpu_slab(s, smp_processor_id());
	for_each_kmem_cache_node(s, node, n) {
		for (p = n->partial.next; p != &n->partial; p = p->next)
			list_entry(p, struct slab, slab_list)->slab_cache = s;
		for (p = n->full.next; p != &n->full; p = p->next)
			list_entry(p, struct slab, slab_list)->slab_cache = s;
	}
	list_add(&s->list, &slab_caches);
	return s;
}

void kmem_cache_init(void)
{
	static struct kmem_cache boot_kmem_cache, boot_kmem_cache_node;

	memset(&boot_kmem_cache, 0, sizeof(boot_kmem_cache));
	memset(&boot_kmem_cache_node, 0, sizeof(boot_kmem_cache_node));
	INIT_LIST_HEAD(&slab_caches);
	slab_state = DOWN;
	setup_slub_debug();
	kmem_cache_node = &boot_kmem_cache_node;
	kmem_cache = &boot_kmem_cache;
	create_boot_cache(kmem_cache_node, "kmem_cache_node",
			  sizeof(struct kmem_cache_node), SLAB_HWCACHE_ALIGN);
	slab_state = PARTIAL;
	create_boot_cache(kmem_cache, "kmem_cache",
			  offsetof(struct kmem_cache, node) +
			  nr_online_nodes * sizeof(struct kmem_cache_node *),
			  SLAB_HWCACHE_ALIGN);
	kmem_cache = bootstrap(&boot_kmem_cache);
	kmem_cache_node = bootstrap(&boot_kmem_cache_node);
	memset(kmalloc_caches, 0, sizeof(kmalloc_caches));
	create_kmalloc_caches(0);
	slab_state = UP;
	pr_info("SLUB: HWalign=%d, Order=%u-%u, MinObjects=%u, CPUs=%u, "
		"Nodes=%d\n", L1_CACHE_BYTES, slub_min_order,
		slub_max_order, slub_min_objects, nr_cpu_ids,
		nr_online_nodes);
}
