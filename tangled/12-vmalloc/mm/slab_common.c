/* mm/slab_common.c: creating, destroying and listing the caches. */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/panic.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include "slab.h"

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
	int err;

	s->name = name;
	s->size = s->object_size = size;
	s->align = calculate_alignment(flags, ARCH_KMALLOC_MINALIGN, size);
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
