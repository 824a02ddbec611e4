/* tools/testing/mm/model_slab.c: the slab operations of the model. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asm/host.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/slab.h>
#include "model.h"
#include "model_parts.h"
#include "../../../mm/slab.h"

#define MODEL_CACHES	8
#define CTOR_BYTE	0xc7
#define MAX_OBJECT	4096

static void ctor_192(void *p)
{
	memset(p, CTOR_BYTE, 192);
}

static void ctor_40(void *p)
{
	memset(p, CTOR_BYTE, 40);
}

static const struct cache_spec {
	const char *name;
	unsigned int size, align;
	slab_flags_t flags;
	void (*ctor)(void *);
} specs[MODEL_CACHES] = {
	{ "model-8", 8, 0, 0, NULL },
	{ "model-100-hw", 100, 0, SLAB_HWCACHE_ALIGN, NULL },
	{ "model-192-ctor", 192, 0, SLAB_RECLAIM_ACCOUNT, ctor_192 },
	{ "model-1000-a256", 1000, 256, 0, NULL },
	{ "model-64-poison", 64, 0,
	  SLAB_POISON | SLAB_RED_ZONE | SLAB_CONSISTENCY_CHECKS, NULL },
	{ "model-3000-user", 3000, 0,
	  SLAB_STORE_USER | SLAB_POISON | SLAB_CONSISTENCY_CHECKS, NULL },
	{ "model-40-dma", 40, 0, SLAB_CACHE_DMA | SLAB_HWCACHE_ALIGN,
	  ctor_40 },
	{ "model-512-rcl", 512, 0,
	  SLAB_RECLAIM_ACCOUNT | SLAB_HWCACHE_ALIGN | SLAB_RED_ZONE, NULL },
};

struct object {
	void *addr;
	unsigned long serial;
	unsigned int cache;
};

static struct kmem_cache *caches[MODEL_CACHES];
static long cache_live[MODEL_CACHES];
static struct object *objects;
static unsigned long nr_objects, hash_size, slab_capacity;
static void **live_addrs;	/* open addressing, hash_size slots */
static unsigned long addr_slot(const void *p)
{
	return ((uintptr_t)p >> 3) * 0x9e3779b97f4a7c15ULL >> 20 &
	       (hash_size - 1);
}

bool addr_live(const void *p)
{
	unsigned long i;

	for (i = addr_slot(p); live_addrs[i]; i = (i + 1) & (hash_size - 1))
		if (live_addrs[i] == p)
			return true;
	return false;
}

void addr_add(void *p)
{
	unsigned long i = addr_slot(p);

	while (live_addrs[i])
		i = (i + 1) & (hash_size - 1);
	live_addrs[i] = p;
}

void addr_remove(const void *p)
{
	unsigned long i = addr_slot(p), j, home;

	while (live_addrs[i] != p)
		i = (i + 1) & (hash_size - 1);
	live_addrs[i] = NULL;
	for (j = (i + 1) & (hash_size - 1); live_addrs[j];
	     j = (j + 1) & (hash_size - 1)) {
		home = addr_slot(live_addrs[j]);
		if (((j - home) & (hash_size - 1)) >=
		    ((j - i) & (hash_size - 1))) {
			live_addrs[i] = live_addrs[j];
			live_addrs[j] = NULL;
			i = j;
		}
	}
}
static unsigned char reference[MAX_OBJECT];

static bool object_is(const void *p, unsigned char byte, size_t n)
{
	memset(reference, byte, n);
	return !memcmp(p, reference, n);
}

static unsigned char object_byte(const struct object *o)
{
	return 0x11 + o->serial % 0xdd;
}

static void fill_object(const struct object *o)
{
	unsigned int size = specs[o->cache].size;
	uint64_t w = model_pattern((uintptr_t)o->addr, o->serial), v = ~w;

	memset(o->addr, object_byte(o), size);
	memcpy(o->addr, &w, 8);
	if (size >= 16)
		memcpy((char *)o->addr + size - 8, &v, 8);
}

static int check_object_pattern(const struct object *o)
{
	unsigned int size = specs[o->cache].size;
	uint64_t w = model_pattern((uintptr_t)o->addr, o->serial), v = ~w;
	const char *p = o->addr;

	if (memcmp(p, &w, 8) || (size >= 16 && memcmp(p + size - 8, &v, 8)) ||
	    (size > 16 && !object_is(p + 8, object_byte(o), size - 16)))
		return model_fail("object %p of %s: its pattern was "
				  "overwritten", o->addr,
				  specs[o->cache].name);
	return MODEL_OK;
}
static int check_new_object(unsigned int i, void *p, gfp_t gfp)
{
	const struct cache_spec *spec = &specs[i];
	struct kmem_cache *s = caches[i];
	struct slab *slab = virt_to_slab(p);
	unsigned long base, off;

	if (!slab || slab->slab_cache != s)
		return model_fail("object %p is not in a slab of %s", p,
				  spec->name);
	base = (unsigned long)fixup_red_left(s, slab_address(slab));
	off = (unsigned long)p - base;
	if ((unsigned long)p < base || off % s->size ||
	    off / s->size >= slab->objects)
		return model_fail("object %p is not an object of its slab", p);
	if ((spec->align && (uintptr_t)p % spec->align) ||
	    ((spec->flags & SLAB_HWCACHE_ALIGN) && spec->size > 32 &&
	     (uintptr_t)p % 64))
		return model_fail("object %p of %s is not aligned", p,
				  spec->name);
	if (addr_live(p))
		return model_fail("object %p is live already", p);
	if (model_page_held(page_to_pfn(virt_to_page(p))))
		return model_fail("object %p is on a page the test holds", p);
	if ((gfp & __GFP_ZERO) && !object_is(p, 0, spec->size))
		return model_fail("object %p: __GFP_ZERO, but not zero", p);
	if (spec->ctor && !object_is(p, CTOR_BYTE, spec->size))
		return model_fail("object %p: not as its constructor left "
				  "it", p);
	return MODEL_OK;
}
static int slab_failure(struct kmem_cache *s, gfp_t gfp)
{
	return model_slab_failed(oo_order(s->min), gfp | s->allocflags);
}

static int do_kmem_create(unsigned int i)
{
	const struct cache_spec *spec = &specs[i];

	if (caches[i])
		return MODEL_OK;
	caches[i] = kmem_cache_create(spec->name, spec->size, spec->align,
				      spec->flags, spec->ctor);
	if (!caches[i])
		return slab_failure(kmem_cache, GFP_KERNEL);
	cache_live[i] = 0;
	return MODEL_OK;
}

static int free_object(unsigned long k);

static int do_kmem_alloc(const struct op *op)
{
	unsigned int i = op->pick % MODEL_CACHES;
	gfp_t gfp = (op->gfp & __GFP_ATOMIC ? GFP_ATOMIC : GFP_KERNEL) |
		    (op->gfp & __GFP_NOWARN);
	struct object *o;
	void *p;
	int rc;

	if (nr_objects == slab_capacity)
		return free_object(op->pick % nr_objects);
	rc = do_kmem_create(i);
	if (rc || !caches[i])
		return rc;
	if ((op->gfp & __GFP_ZERO) && !specs[i].ctor)
		gfp |= __GFP_ZERO;
	p = kmem_cache_alloc(caches[i], gfp);
	model_count_alloc();
	if (!p)
		return slab_failure(caches[i], gfp);
	rc = check_new_object(i, p, gfp);
	if (rc)
		return rc;
	o = &objects[nr_objects++];
	o->addr = p;
	o->serial = model_new_serial();
	o->cache = i;
	addr_add(p);
	cache_live[i]++;
	fill_object(o);
	return MODEL_OK;
}
static int check_in_slab(const struct object *o)
{
	struct slab *slab = virt_to_slab(o->addr);

	if (!slab || slab->slab_cache != caches[o->cache])
		return model_fail("live object %p of %s is not in a slab "
				  "of its cache", o->addr,
				  specs[o->cache].name);
	return MODEL_OK;
}

static int free_object(unsigned long k)
{
	struct object o = objects[k];
	const struct cache_spec *spec = &specs[o.cache];
	struct kmem_cache *s = caches[o.cache];
	struct slab *slab;
	int rc;

	model_describe("kmem_cache_free(%s, %p)", spec->name, o.addr);
	rc = check_in_slab(&o);
	if (!rc)
		rc = check_object_pattern(&o);
	if (rc)
		return rc;
	if (spec->ctor)
		spec->ctor(o.addr);
	objects[k] = objects[--nr_objects];
	addr_remove(o.addr);
	cache_live[o.cache]--;
	kmem_cache_free(s, o.addr);
	slab = virt_to_slab(o.addr);
	if ((spec->flags & SLAB_POISON) && !spec->ctor && slab &&
	    slab->slab_cache == s &&
	    (!object_is(o.addr, POISON_FREE, spec->size - 1) ||
	     ((unsigned char *)o.addr)[spec->size - 1] != POISON_END))
		return model_fail("object %p of %s: not poisoned after the "
				  "free", o.addr, spec->name);
	return MODEL_OK;
}

/* Free every live object of cache i; then slabinfo's count is 0. */
static int free_cache_objects(unsigned int i)
{
	unsigned long k = nr_objects;
	int rc;

	while (k--)
		if (objects[k].cache == i && (rc = free_object(k)))
			return rc;
	return MODEL_OK;
}
static int check_active(unsigned int i)
{
	unsigned long active, objs, slabs;

	get_slabinfo(caches[i], &active, &objs, &slabs);
	if ((long)active != cache_live[i])
		return model_fail("%s: slabinfo says %lu active objects, the "
				  "test holds %ld", specs[i].name, active,
				  cache_live[i]);
	return MODEL_OK;
}

static int do_kmem_shrink(unsigned int i)
{
	if (!caches[i])
		return MODEL_OK;
	kmem_cache_shrink(caches[i]);
	return check_active(i);
}

static int do_kmem_destroy(unsigned int i)
{
	struct list_head *p;
	int rc;

	if (!caches[i])
		return MODEL_OK;
	rc = free_cache_objects(i);
	if (!rc)
		rc = do_kmem_shrink(i);
	if (rc)
		return rc;
	kmem_cache_destroy(caches[i]);
	for (p = slab_caches.next; p != &slab_caches; p = p->next)
		if (list_entry(p, struct kmem_cache, list) == caches[i])
			return model_fail("%s is still on slab_caches",
					  specs[i].name);
	caches[i] = NULL;
	return MODEL_OK;
}

int slab_model_step(const struct op *op)
{
	static const char *const name[] = {
		[OP_KMEM_ALLOC] = "kmem_cache_alloc",
		[OP_KMEM_FREE] = "kmem_cache_free",
		[OP_KMEM_CREATE] = "kmem_cache_create",
		[OP_KMEM_DESTROY] = "kmem_cache_destroy",
		[OP_KMEM_SHRINK] = "kmem_cache_shrink",
	};
	unsigned int i = op->pick % MODEL_CACHES;
	const char *report;
	int rc = MODEL_OK;

	model_describe("%s(%s)", name[op->kind], specs[i].name);
	switch (op->kind) {
	case OP_KMEM_ALLOC:
		rc = do_kmem_alloc(op);
		break;
	case OP_KMEM_FREE:
		if (nr_objects)
			rc = free_object(op->pick % nr_objects);
		break;
	case OP_KMEM_CREATE:
		rc = do_kmem_create(i);
		break;
	case OP_KMEM_DESTROY:
		rc = do_kmem_destroy(i);
		break;
	default:
		rc = do_kmem_shrink(i);
	}
	report = strstr(host_console_output(), "BUG ");
	if (!rc && report)
		rc = model_fail("slub_debug reported: %.200s", report);
	host_console_reset();
	return model_recount(rc);
}
int slab_model_check(struct mmcheck_slab_counts *counts)
{
	unsigned long bad = mmcheck_slab(false, counts), k;
	unsigned int i;
	int rc;

	for (k = 0; k < nr_objects; k++)
		if ((rc = check_in_slab(&objects[k])))
			return rc;
	for (i = 0; i < MODEL_CACHES && !bad; i++)
		if (caches[i])
			bad = mmcheck_cache(caches[i], cache_live[i], false);
	if (!bad)
		return MODEL_OK;
	host_console_reset();
	mmcheck_slab(true, NULL);
	for (i = 0; i < MODEL_CACHES; i++)
		if (caches[i])
			mmcheck_cache(caches[i], cache_live[i], true);
	return model_fail("mmcheck: %lu slab problems:\n%s", bad,
			  host_console_output());
}
void slab_model_begin(unsigned long cap)
{
	if (cap != slab_capacity) {
		free(objects);
		free(live_addrs);
		for (hash_size = 1; hash_size < 4 * cap; hash_size *= 2)
			;
		objects = calloc(cap, sizeof(*objects));
		live_addrs = calloc(hash_size, sizeof(*live_addrs));
		if (!objects || !live_addrs) {
			perror("model: the table of live objects");
			exit(2);
		}
		slab_capacity = cap;
	}
	nr_objects = 0;
}

int slab_model_end(void)
{
	unsigned int i;
	int rc;

	for (i = 0; i < MODEL_CACHES; i++) {
		model_describe("the end: %s destroyed", specs[i].name);
		rc = do_kmem_destroy(i);
		if (rc)
			return rc;
	}
	return model_recount(MODEL_OK);
}

unsigned long model_live_objects(void)
{
	return nr_objects;
}
