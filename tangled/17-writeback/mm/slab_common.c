/* mm/slab_common.c: creating, destroying and listing the caches. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/panic.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include "slab.h"
#include <linux/log2.h>
#include <linux/mempolicy.h>

LIST_HEAD_DEFINE(slab_caches);

static unsigned int calculate_alignment(slab_flags_t flags,
					unsigned int align, unsigned int size)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = L1_CACHE_BYTES;

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	align = max(align, (unsigned int)ARCH_SLAB_MINALIGN);
	return ALIGN(align, sizeof(void *));
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, slab_flags_t flags,
				     void (*ctor)(void *))
{
	struct kmem_cache *s = NULL;
	int err = -EINVAL;

	if (name && size >= sizeof(void *) && size <= INT_MAX &&
	    slab_state >= UP) {
		err = -ENOMEM;
		s = kmem_cache_alloc(kmem_cache, GFP_KERNEL | __GFP_ZERO);
	}
	if (s) {
		s->name = name;
		s->size = s->object_size = size;
		s->align = calculate_alignment(flags, align, size);
		s->ctor = ctor;
		err = __kmem_cache_create(s, flags);
		if (err) {
			kmem_cache_free(kmem_cache, s);
			s = NULL;
		}
	}
	if (!s) {
		if (flags & SLAB_PANIC)
			panic("%s: Failed to create slab '%s'. Error %d\n",
			      __func__, name, err);
		pr_warn("%s(%s) failed with error %d\n", __func__, name, err);
		return NULL;
	}
	s->refcount = 1;
	list_add(&s->list, &slab_caches);
	return s;
}

void create_boot_cache(struct kmem_cache *s, const char *name,
		       unsigned int size, slab_flags_t flags)
{
	unsigned int align = ARCH_KMALLOC_MINALIGN;
	int err;

	s->name = name;
	s->size = s->object_size = size;
	if (!(size & (size - 1)))	/* a power of two: aligned to it */
		align = max(align, size);
	s->align = calculate_alignment(flags, align, size);
	err = __kmem_cache_create(s, flags);
	if (err)
		panic("Creation of kmalloc slab %s size=%u failed. Reason %d\n",
		      name, size, err);
	s->refcount = -1;	/* never merged, never destroyed */
}

void kmem_cache_destroy(struct kmem_cache *s)
{
	unsigned long addr = (unsigned long)__builtin_return_address(0);

	if (!s || --s->refcount)
		return;
	if (WARN(__kmem_cache_shutdown(s), "%s %s: Slab cache still has "
		 "objects when called from 0x%lx\n", __func__, s->name,
		 addr)) {
		s->refcount++;
		return;
	}
	list_del(&s->list);
	__kmem_cache_release(s);
	kmem_cache_free(kmem_cache, s);
}

int kmem_cache_shrink(struct kmem_cache *s)
{
	return __kmem_cache_shrink(s);
}

static void print_slabinfo_header(struct seq_file *m)
{
	seq_puts(m, "slabinfo - version: 2.1\n");
	seq_puts(m, "# name            <active_objs> <num_objs> <objsize> "
		 "<objperslab> <pagesperslab>");
	seq_puts(m, " : tunables <limit> <batchcount> <sharedfactor>");
	seq_puts(m, " : slabdata <active_slabs> <num_slabs> <sharedavail>");
	seq_putc(m, '\n');
}

static void cache_show(struct kmem_cache *s, struct seq_file *m)
{
	unsigned long active_objs, num_objs, num_slabs;

	get_slabinfo(s, &active_objs, &num_objs, &num_slabs);
	seq_printf(m, "%-17s %6lu %6lu %6u %4u %4d", s->name, active_objs,
		   num_objs, s->size, oo_objects(s->oo), 1 << oo_order(s->oo));
	seq_printf(m, " : tunables %4u %4u %4u", 0, 0, 0);
	seq_printf(m, " : slabdata %6lu %6lu %6lu", num_slabs, num_slabs, 0UL);
	seq_putc(m, '\n');
}

void slabinfo_show(struct seq_file *m)
{
	struct list_head *p;

	print_slabinfo_header(m);
	for (p = slab_caches.next; p != &slab_caches; p = p->next)
		cache_show(list_entry(p, struct kmem_cache, list), m);
}

unsigned long nr_slab_pages(void)
{
	unsigned long active, objs, slabs, pages = 0;
	struct list_head *p;

	for (p = slab_caches.next; p != &slab_caches; p = p->next) {
		struct kmem_cache *s = list_entry(p, struct kmem_cache, list);

		get_slabinfo(s, &active, &objs, &slabs);
		pages += slabs << oo_order(s->oo);
	}
	return pages;
}

static u8 size_index[24] = {
	3,	/* 8 */
	4,	/* 16 */
	5, 5,	/* 24, 32 */
	6, 6, 6, 6,	/* 40 .. 64 */
	1, 1, 1, 1,	/* 72 .. 96 */
	7, 7, 7, 7,	/* 104 .. 128 */
	2, 2, 2, 2, 2, 2, 2, 2	/* 136 .. 192 */
};

static inline unsigned int size_index_elem(unsigned int bytes)
{
	return (bytes - 1) / 8;
}

struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags)
{
	unsigned int index;

	if (size <= 192) {
		if (!size)
			return ZERO_SIZE_PTR;
		index = size_index[size_index_elem(size)];
	} else {
		if (WARN(size > KMALLOC_MAX_CACHE_SIZE,
			 "kmalloc_slab: %zu bytes\n", size))
			return NULL;
		index = fls(size - 1);
	}
	return kmalloc_caches[kmalloc_type(flags)][index];
}

#define INIT_KMALLOC_INFO(__size, __short_size)			\
{									\
	.name[KMALLOC_NORMAL] = "kmalloc-" #__short_size,		\
	.name[KMALLOC_RECLAIM] = "kmalloc-rcl-" #__short_size,		\
	.name[KMALLOC_DMA] = "dma-kmalloc-" #__short_size,		\
	.size = __size,							\
}

static const struct kmalloc_info_struct {
	const char *name[NR_KMALLOC_TYPES];
	unsigned int size;
} kmalloc_info[KMALLOC_SHIFT_HIGH + 1] = {
	INIT_KMALLOC_INFO(0, 0),
	INIT_KMALLOC_INFO(96, 96),
	INIT_KMALLOC_INFO(192, 192),
	INIT_KMALLOC_INFO(8, 8),
	INIT_KMALLOC_INFO(16, 16),
	INIT_KMALLOC_INFO(32, 32),
	INIT_KMALLOC_INFO(64, 64),
	INIT_KMALLOC_INFO(128, 128),
	INIT_KMALLOC_INFO(256, 256),
	INIT_KMALLOC_INFO(512, 512),
	INIT_KMALLOC_INFO(1024, 1k),
	INIT_KMALLOC_INFO(2048, 2k),
	INIT_KMALLOC_INFO(4096, 4k),
	INIT_KMALLOC_INFO(8192, 8k),
};

struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1];

struct kmem_cache *create_kmalloc_cache(const char *name,
					unsigned int size,
					slab_flags_t flags)
{
	struct kmem_cache *s = kmem_cache_alloc(kmem_cache,
						GFP_NOWAIT | __GFP_ZERO);

	if (!s)
		panic("Out of memory when creating slab %s\n", name);
	create_boot_cache(s, name, size, flags | SLAB_KMALLOC);
	list_add(&s->list, &slab_caches);
	s->refcount = 1;
	return s;
}

static void new_kmalloc_cache(int idx, enum kmalloc_cache_type type,
			      slab_flags_t flags)
{
	if (type == KMALLOC_RECLAIM)
		flags |= SLAB_RECLAIM_ACCOUNT;
	else if (type == KMALLOC_DMA)
		flags |= SLAB_CACHE_DMA;
	kmalloc_caches[type][idx] = create_kmalloc_cache(
		kmalloc_info[idx].name[type], kmalloc_info[idx].size, flags);
}

void create_kmalloc_caches(slab_flags_t flags)
{
	enum kmalloc_cache_type type;
	int i;

	for (type = KMALLOC_NORMAL; type < NR_KMALLOC_TYPES; type++) {
		for (i = KMALLOC_SHIFT_LOW; i <= KMALLOC_SHIFT_HIGH; i++) {
			if (!kmalloc_caches[type][i])
				new_kmalloc_cache(i, type, flags);
			if (i == 6 && !kmalloc_caches[type][1])
				new_kmalloc_cache(1, type, flags);
			if (i == 7 && !kmalloc_caches[type][2])
				new_kmalloc_cache(2, type, flags);
		}
	}
}

static void *__kmalloc_large_node(size_t size, gfp_t flags, int node);

static inline void *__do_kmalloc_node(size_t size, gfp_t flags, int node,
				      unsigned long caller)
{
	struct kmem_cache *s;

	if (size > KMALLOC_MAX_CACHE_SIZE)
		return __kmalloc_large_node(size, flags, node);
	s = kmalloc_slab(size, flags);
	if (ZERO_OR_NULL_PTR(s))
		return s;
	return __kmem_cache_alloc_node(s, flags, node, caller);
}

void *__kmalloc(size_t size, gfp_t flags)
{
	return __do_kmalloc_node(size, flags, NUMA_NO_NODE, _RET_IP_);
}

void *__kmalloc_node_track_caller(size_t size, gfp_t flags, int node,
				  unsigned long caller)
{
	return __do_kmalloc_node(size, flags, node, caller);
}

static void *__kmalloc_large_node(size_t size, gfp_t flags, int node)
{
	struct page *page;

	page = alloc_pages_node(node, flags | __GFP_COMP, get_order(size));
	return page ? page_address(page) : NULL;
}

void *__kmalloc_node(size_t size, gfp_t flags, int node)
{
	return __do_kmalloc_node(size, flags, node, _RET_IP_);
}

static void free_large_kmalloc(struct page *page, void *object);

void kfree(const void *object)
{
	struct page *page;
	struct slab *slab;

	if (ZERO_OR_NULL_PTR(object))
		return;
	if (WARN(!virt_addr_valid(object), "virt_to_phys used for "
		 "non-linear address: 0x%px\n", object))
		return;
	page = compound_head(virt_to_page(object));
	if (!PageSlab(page)) {
		free_large_kmalloc(page, (void *)object);
		return;
	}
	slab = page_slab(page);
	__kmem_cache_free(slab->slab_cache, slab, (void *)object, _RET_IP_);
}

static bool large_kmalloc_block(struct page *page, const void *object)
{
	return PageHead(page) && object == page_address(page) &&
	       PAGE_SIZE << compound_order(page) > KMALLOC_MAX_CACHE_SIZE &&
	       atomic_read(&page->_refcount) > 0;
}

static void free_large_kmalloc(struct page *page, void *object)
{
	if (WARN(!large_kmalloc_block(page, object),
		 "free_large_kmalloc: object pointer: 0x%px\n", object))
		return;
	__free_pages(page, compound_order(page));
}

size_t ksize(const void *object)
{
	struct page *page;

	if (ZERO_OR_NULL_PTR(object) || !virt_addr_valid(object))
		return 0;
	page = compound_head(virt_to_page(object));
	if (PageSlab(page))
		return slab_ksize(page_slab(page)->slab_cache);
	if (WARN(!large_kmalloc_block(page, object),
		 "ksize: object pointer: 0x%px\n", object))
		return 0;
	return PAGE_SIZE << compound_order(page);
}

void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	size_t ks = ksize(p);
	void *ret;

	if (!new_size) {
		kfree(p);
		return ZERO_SIZE_PTR;
	}
	if (ks >= new_size) {
		if (flags & __GFP_ZERO)
			memset((char *)p + new_size, 0, ks - new_size);
		return (void *)p;
	}
	ret = __kmalloc_node_track_caller(new_size, flags, NUMA_NO_NODE,
					  _RET_IP_);
	if (ret && ks)
		memcpy(ret, p, ks);
	if (ret)
		kfree(p);
	return ret;
}
