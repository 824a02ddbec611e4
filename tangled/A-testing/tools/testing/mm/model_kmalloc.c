/* tools/testing/mm/model_kmalloc.c: the kmalloc operations of the model. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asm/host.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include "model.h"
#include "model_parts.h"
#include "../../../mm/slab.h"

#define KM_MAX_SIZE	32768

struct kmalloc_object {
	void *addr;
	size_t size;			/* as asked for */
	unsigned long serial;
	struct kmem_cache *cache;	/* NULL: a large kmalloc */
};

static struct kmalloc_object *kobjects;
static unsigned long nr_kobjects, kcapacity;
static unsigned char expected[KM_MAX_SIZE];
static const unsigned char zeroes[KM_MAX_SIZE];
static size_t kmalloc_size(const struct op *op)
{
	unsigned int r = op->pick, hi, lo;

	if (op->arg >= 224)
		return KMALLOC_MAX_CACHE_SIZE + 1 +
		       r % (KM_MAX_SIZE - KMALLOC_MAX_CACHE_SIZE);
	hi = 4U << op->arg % 12;
	lo = hi == 4 ? 0 : hi / 2;
	return (r & 7) == 0 ? hi : lo + 1 + r % (hi - lo);
}

static gfp_t kmalloc_gfp(gfp_t gfp)
{
	return (gfp & __GFP_ATOMIC ? GFP_ATOMIC : GFP_KERNEL) |
	       (gfp & (__GFP_DMA | __GFP_RECLAIMABLE | __GFP_ZERO |
		       __GFP_NOWARN));
}
static unsigned int cache_size_for(size_t size)
{
	unsigned int c = 8;

	if (size > 64 && size <= 96)
		return 96;
	if (size > 128 && size <= 192)
		return 192;
	while (c < size)
		c *= 2;
	return c;
}

static void cache_name_for(char *name, size_t len, size_t size, gfp_t gfp)
{
	unsigned int c = cache_size_for(size);
	const char *type = gfp & __GFP_DMA ? "dma-kmalloc-" :
			   gfp & __GFP_RECLAIMABLE ? "kmalloc-rcl-" :
			   "kmalloc-";

	if (c >= 1024)
		snprintf(name, len, "%s%uk", type, c / 1024);
	else
		snprintf(name, len, "%s%u", type, c);
}
static void make_pattern(unsigned char *p, size_t size,
			 unsigned long serial)
{
	uint64_t w = model_pattern(size, serial), v = ~w;

	memset(p, 0x11 + serial % 0xdd, size);
	memcpy(p, &w, size < 8 ? size : 8);
	if (size >= 16)
		memcpy(p + size - 8, &v, 8);
}

static int check_kpattern(const struct kmalloc_object *o, const void *p,
			  size_t upto, const char *when)
{
	make_pattern(expected, o->size, o->serial);
	if (memcmp(p, expected, upto))
		return model_fail("kmalloc object %p (%zu bytes): its pattern "
				  "was overwritten (%s)", p, o->size, when);
	return MODEL_OK;
}
static int check_slab_object(void *p, size_t size, gfp_t gfp)
{
	struct kmem_cache *s = kmalloc_slab(size, gfp);
	struct slab *slab = virt_to_slab(p);
	char want[32];
	unsigned long off;

	cache_name_for(want, sizeof(want), size, gfp);
	if (!s || strcmp(s->name, want) ||
	    s->object_size != cache_size_for(size))
		return model_fail("kmalloc_slab(%zu, %#x) is %s, not %s",
				  size, gfp, s ? s->name : "NULL", want);
	if (!slab || slab->slab_cache != s)
		return model_fail("kmalloc object %p (%zu bytes) is not in a "
				  "slab of %s", p, size, want);
	off = (unsigned long)p -
	      (unsigned long)fixup_red_left(s, slab_address(slab));
	if (off % s->size || off / s->size >= slab->objects)
		return model_fail("kmalloc object %p is not an object of its "
				  "slab", p);
	if (model_page_held(page_to_pfn(virt_to_page(p))))
		return model_fail("kmalloc object %p is on a page the test "
				  "holds", p);
	return MODEL_OK;
}

static int check_large_object(void *p, size_t size)
{
	struct page *page = virt_to_page(p);

	if (PageSlab(page) || !PageHead(page) || page_address(page) != p ||
	    compound_order(page) != (unsigned int)get_order(size))
		return model_fail("large kmalloc %p (%zu bytes) is not a "
				  "compound block of order %d", p, size,
				  get_order(size));
	return model_hold_block(page, get_order(size));
}
static int take_object(void *p, size_t size, gfp_t gfp)
{
	struct kmalloc_object *o;
	int rc;

	if (addr_live(p))
		return model_fail("kmalloc object %p is live already", p);
	if (ksize(p) < size)
		return model_fail("kmalloc object %p: ksize %zu, %zu asked "
				  "for", p, ksize(p), size);
	if ((gfp & __GFP_DMA) &&
	    zone_idx(page_zone(virt_to_page(p))) != ZONE_DMA)
		return model_fail("dma kmalloc object %p is not in ZONE_DMA",
				  p);
	rc = size > KMALLOC_MAX_CACHE_SIZE ? check_large_object(p, size) :
	     check_slab_object(p, size, gfp);
	if (rc)
		return rc;
	if ((gfp & __GFP_ZERO) && memcmp(p, zeroes, size))
		return model_fail("kmalloc object %p: __GFP_ZERO, but not "
				  "zero", p);
	o = &kobjects[nr_kobjects++];
	o->addr = p;
	o->size = size;
	o->serial = model_new_serial();
	o->cache = size > KMALLOC_MAX_CACHE_SIZE ? NULL :
		   virt_to_slab(p)->slab_cache;
	addr_add(p);
	make_pattern(p, size, o->serial);
	return MODEL_OK;
}
static int kmalloc_failed(size_t size, gfp_t gfp)
{
	struct kmem_cache *s;

	if (size > KMALLOC_MAX_CACHE_SIZE)
		return model_slab_failed(get_order(size), gfp | __GFP_COMP);
	s = kmalloc_slab(size, gfp);
	return model_slab_failed(oo_order(s->min), gfp | s->allocflags);
}
static int check_kplace(const struct kmalloc_object *o, const char *when)
{
	struct slab *slab = virt_to_slab(o->addr);
	bool in_place = o->cache ? slab && slab->slab_cache == o->cache :
			!slab && PageHead(virt_to_page(o->addr));

	if (!in_place)
		return model_fail("kmalloc object %p is no longer where it "
				  "was put (%s)", o->addr, when);
	return MODEL_OK;
}

static int check_kobject(const struct kmalloc_object *o, const char *when)
{
	int rc = check_kplace(o, when);

	return rc ? rc : check_kpattern(o, o->addr, o->size, when);
}

static int free_kobject(unsigned long k)
{
	struct kmalloc_object o = kobjects[k];
	struct page *page = virt_to_page(o.addr);
	unsigned int order = compound_order(page);
	int rc;

	model_describe("kfree(%p), %zu bytes", o.addr, o.size);
	rc = check_kobject(&o, "kfree");
	if (rc)
		return rc;
	kobjects[k] = kobjects[--nr_kobjects];
	addr_remove(o.addr);
	if (!o.cache)
		model_release_block(page, order);
	kfree(o.addr);
	return o.cache ? MODEL_OK : model_block_counts(page, 1L << order);
}
static int do_kmalloc(const struct op *op)
{
	const char *name = op->kind == OP_KZALLOC ? "kzalloc" :
			   op->kind == OP_KMALLOC_NODE ? "kmalloc_node" :
			   "kmalloc";
	size_t size = kmalloc_size(op);
	gfp_t gfp = kmalloc_gfp(op->gfp);
	void *p;
	int rc;

	model_describe("%s(%zu, gfp %#x)", name, size, gfp);
	if (nr_kobjects == kcapacity)
		return free_kobject(op->pick % nr_kobjects);
	if (op->kind == OP_KZALLOC)
		p = kzalloc(size, gfp);
	else if (op->kind == OP_KMALLOC_NODE)
		p = kmalloc_node(size, gfp, op->nid);
	else
		p = kmalloc(size, gfp);
	if (op->kind == OP_KZALLOC)
		gfp |= __GFP_ZERO;
	model_count_alloc();
	if (!p)
		return kmalloc_failed(size, gfp);
	rc = take_object(p, size, gfp);
	if (rc || size <= KMALLOC_MAX_CACHE_SIZE)
		return rc;
	return model_block_counts(virt_to_page(p), -(1L << get_order(size)));
}
static int do_krealloc(const struct op *op)
{
	size_t size = kmalloc_size(op), keep;
	gfp_t gfp = kmalloc_gfp(op->gfp);
	struct kmalloc_object o;
	unsigned long k;
	void *p;
	int rc;

	if (!nr_kobjects)
		return do_kmalloc(op);
	k = op->pick % nr_kobjects;
	o = kobjects[k];
	model_describe("krealloc(%p, %zu bytes to %zu, gfp %#x)", o.addr,
		       o.size, size, gfp);
	rc = check_kobject(&o, "before krealloc");
	if (rc)
		return rc;
	p = krealloc(o.addr, size, gfp);
	model_count_alloc();
	if (!p) {
		rc = check_kpattern(&o, o.addr, o.size, "failed krealloc");
		return rc ? rc : kmalloc_failed(size, gfp);
	}
	keep = size < o.size ? size : o.size;
	if (check_kpattern(&o, p, keep, "after krealloc"))
		return MODEL_FAILED;
	if (p == o.addr) {
		if (ksize(p) < size)
			return model_fail("krealloc in place: ksize %zu, %zu asked "
					  "for", ksize(p), size);
		kobjects[k].size = size;
		kobjects[k].serial = model_new_serial();
		make_pattern(p, size, kobjects[k].serial);
		return MODEL_OK;
	}
	kobjects[k] = kobjects[--nr_kobjects];
	addr_remove(o.addr);
	if (!o.cache)
		model_release_block(virt_to_page(o.addr),
				    compound_order(virt_to_page(o.addr)));
	return take_object(p, size, gfp & ~__GFP_ZERO);
}
int kmalloc_model_step(const struct op *op)
{
	const char *out;
	int rc = MODEL_OK;

	if (op->kind == OP_KFREE) {
		model_describe("kfree: nothing to free");
		if (nr_kobjects)
			rc = free_kobject(op->pick % nr_kobjects);
	} else if (op->kind == OP_KREALLOC) {
		rc = do_krealloc(op);
	} else {
		rc = do_kmalloc(op);
	}
	out = host_console_output();
	if (!rc && (strstr(out, "BUG ") || strstr(out, "WARNING:")))
		rc = model_fail("the kernel reported: %.200s", out);
	host_console_reset();
	return model_recount(rc);
}

int kmalloc_model_check(void)
{
	unsigned long k;
	int rc;

	for (k = 0; k < nr_kobjects; k++)
		if ((rc = check_kplace(&kobjects[k], "mmcheck")))
			return rc;
	return MODEL_OK;
}
void kmalloc_model_begin(unsigned long cap)
{
	if (cap != kcapacity) {
		free(kobjects);
		kobjects = calloc(cap, sizeof(*kobjects));
		if (!kobjects) {
			perror("model: the table of kmalloc objects");
			exit(2);
		}
		kcapacity = cap;
	}
	nr_kobjects = 0;
}

int kmalloc_model_end(void)
{
	int rc = MODEL_OK;

	while (nr_kobjects && !rc)
		rc = model_recount(free_kobject(nr_kobjects - 1));
	return rc;
}
