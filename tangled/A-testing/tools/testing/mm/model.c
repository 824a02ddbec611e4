/* tools/testing/mm/model.c: the reference model and its operations. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asm/host.h>
#include <asm/host_acpi.h>
#include <asm/host_mmu.h>
#include <linux/cpumask.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/mempolicy.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/numa_memblks.h>
#include <linux/sched.h>
#include <linux/sysctl.h>
#include <linux/xorshift.h>
#include "model.h"
#include "model_parts.h"

/* The machine: node 1 begins at a pfn that is not a multiple of 1024;
 * each zone keeps ARENA_BLOCKS blocks of order 10 free for the tests. */
#define SHAPE_NUMA_SPLIT	0x7ffff000UL
#define ARENA_BLOCKS		16
#define NR_PFNS			(HOST_RAM_END >> PAGE_SHIFT)
#define LONG_BITS		(8 * sizeof(long))
#define BLOCK_PAGES		(1UL << (MAX_ORDER - 1))

struct block {
	unsigned long pfn;
	unsigned int order;
	unsigned long serial;
};

static unsigned long used[NR_PFNS / LONG_BITS + 1];
static struct block *live;
static unsigned long nr_live, capacity, check_every, step_no, serial;
static unsigned long nr_allocs, nr_failures;
static long held[MAX_NUMNODES][MAX_NR_ZONES];
static long before[MAX_NUMNODES][MAX_NR_ZONES];
static long free_now[MAX_NUMNODES][MAX_NR_ZONES];
static struct mempolicy policy;
static char op_text[192], error_text[512];
static char saved_min_free[32], saved_scale[32];
static bool sysctl_changed;
static struct mmcheck_slab_counts slab_counts, slab_before;

static int fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(error_text, sizeof(error_text), fmt, ap);
	va_end(ap);
	return MODEL_FAILED;
}

static bool page_used(unsigned long pfn)
{
	return (used[pfn / LONG_BITS] >> (pfn % LONG_BITS)) & 1;
}

static void mark_block(unsigned long pfn, unsigned int order, bool on)
{
	unsigned long i;

	for (i = pfn; i < pfn + (1UL << order); i++)
		if (on)
			used[i / LONG_BITS] |= 1UL << (i % LONG_BITS);
		else
			used[i / LONG_BITS] &= ~(1UL << (i % LONG_BITS));
}

static uint64_t pattern(unsigned long pfn, unsigned long serial)
{
	return (pfn * 0x9e3779b97f4a7c15ULL) ^ (serial << 24) ^ 0x5aa5;
}

static uint64_t *page_words(unsigned long pfn)
{
	return page_address(pfn_to_page(pfn));
}

static void fill_block(const struct block *b)
{
	unsigned long pfn;

	for (pfn = b->pfn; pfn < b->pfn + (1UL << b->order); pfn++) {
		uint64_t *w = page_words(pfn);

		w[0] = pattern(pfn, b->serial);
		w[PAGE_SIZE / 8 - 1] = ~w[0];
	}
}

static int check_block_pattern(const struct block *b)
{
	unsigned long pfn;

	for (pfn = b->pfn; pfn < b->pfn + (1UL << b->order); pfn++) {
		const uint64_t *w = page_words(pfn);
		uint64_t want = pattern(pfn, b->serial);

		if (w[0] != want || w[PAGE_SIZE / 8 - 1] != ~want)
			return fail("pfn %#lx: pattern %#llx, %#llx; written "
				    "%#llx, %#llx", pfn,
				    (unsigned long long)w[0],
				    (unsigned long long)w[PAGE_SIZE / 8 - 1],
				    (unsigned long long)want,
				    (unsigned long long)~want);
	}
	return MODEL_OK;
}

static long zone_free_and_pcp(const struct zone *z)
{
	long n = zone_free_pages(z);
	int cpu;

	for_each_possible_cpu(cpu)
		n += z->per_cpu_pageset[cpu].count;
	return n;
}

static void count_free(void)
{
	struct zone *z;

	for_each_populated_zone(z)
		free_now[z->node][zone_idx(z)] = zone_free_and_pcp(z);
}

/* The free pages of the zone at (nid, zi) moved by delta, and no other
 * zone's moved; every zone's NR_FREE_PAGES agrees with its free lists. */
static int check_counts(int nid, int zi, long delta)
{
	struct zone *z;

	for_each_populated_zone(z) {
		int n = z->node, j = zone_idx(z);
		long want = free_now[n][j] + (n == nid && j == zi ? delta : 0);
		long got = zone_free_and_pcp(z);

		if (got != want)
			return fail("node %d zone %s: %ld pages free or on "
				    "per-cpu lists, expected %ld", n, z->name,
				    got, want);
		if (zone_page_state(z, NR_FREE_PAGES) != zone_free_pages(z))
			return fail("node %d zone %s: NR_FREE_PAGES is %lu, "
				    "the free lists hold %lu", n, z->name,
				    zone_page_state(z, NR_FREE_PAGES),
				    zone_free_pages(z));
		free_now[n][j] = got;
	}
	return MODEL_OK;
}

static int run_mmcheck(void)
{
	static long tables[MAX_NUMNODES][MAX_NR_ZONES];
	int rc = slab_model_check(&slab_counts);
	struct zone *z;

	if (!rc)
		rc = kmalloc_model_check();
	if (!rc)
		rc = vmalloc_model_check(tables);
	for_each_populated_zone(z) {
		int n = z->node, j = zone_idx(z);
		long allocated = held[n][j] + before[n][j] + tables[n][j] +
				 (long)slab_counts.pages[n][j];
		unsigned long bad = mmcheck_zone(z, allocated, false);

		if (bad && !rc) {
			host_console_reset();
			mmcheck_zone(z, allocated, true);
			return fail("mmcheck: node %d zone %s: %lu "
				    "problems:\n%s", n, z->name, bad,
				    host_console_output());
		}
	}
	return rc;
}

/* The nodes an allocation may come from: its own node under
 * __GFP_THISNODE, the policy's under MPOL_BIND from policy_zone up. */
static void allowed_nodes(const struct op *op, nodemask_t *m)
{
	int nid;

	nodes_clear(*m);
	if (op->gfp & __GFP_THISNODE) {
		node_set(op->kind == OP_ALLOC_NODE ? op->nid : numa_node_id(),
			 *m);
		return;
	}
	if (op->kind == OP_ALLOC && policy.mode == MPOL_BIND &&
	    (int)gfp_zone(op->gfp) >= policy_zone) {
		*m = policy.nodes;
		return;
	}
	for (nid = 0; nid < nr_online_nodes; nid++)
		node_set(nid, *m);
}

/* Could this zone have served the request? Only if it is above its high
 * watermark and holds a free block that is large enough. */
static bool zone_could_serve(struct zone *z, unsigned int order,
			     int highest)
{
	long free = zone_page_state(z, NR_FREE_PAGES) -
		    z->nr_reserved_highatomic - ((1L << order) - 1);
	unsigned int o;
	int mt;

	if (free <= (long)(wmark_pages(z, WMARK_HIGH) +
			   z->lowmem_reserve[highest]))
		return false;
	for (o = order; o < MAX_ORDER; o++)
		for (mt = 0; mt < MIGRATE_PCPTYPES; mt++)
			if (!list_empty(&z->free_area[o].free_list[mt]))
				return true;
	return false;
}

static int check_failure(const struct op *op, const nodemask_t *nodes)
{
	int highest = gfp_zone(op->gfp);
	struct zone *z;

	for_each_populated_zone(z)
		if (node_isset(z->node, *nodes) && zone_idx(z) <= highest &&
		    zone_could_serve(z, op->order, highest))
			return fail("failed, but node %d zone %s has %lu free "
				    "pages (high watermark %lu) and a block "
				    "of order %u or more", z->node, z->name,
				    zone_page_state(z, NR_FREE_PAGES),
				    wmark_pages(z, WMARK_HIGH), op->order);
	return check_counts(-1, -1, 0);
}

static bool block_is_zero(unsigned long pfn, unsigned int order)
{
	static const char zero[PAGE_SIZE];
	unsigned long i;

	for (i = pfn; i < pfn + (1UL << order); i++)
		if (memcmp(page_words(i), zero, PAGE_SIZE))
			return false;
	return true;
}

/* Everything a block just allocated must be, before the model takes it. */
static int check_new_block(const struct op *op, struct page *page,
			   const nodemask_t *nodes)
{
	unsigned long pfn = page_to_pfn(page), n = 1UL << op->order, i;
	struct zone *z = page_zone(page);
	struct page *last = pfn_to_page(pfn + n - 1);

	if (pfn & (n - 1))
		return fail("pfn %#lx is not aligned to its order", pfn);
	if (zone_idx(z) > (int)gfp_zone(op->gfp))
		return fail("pfn %#lx is in zone %s, above what the mask "
			    "allows", pfn, z->name);
	if (!node_isset(z->node, *nodes))
		return fail("pfn %#lx is on node %d, which is not allowed",
			    pfn, z->node);
	if (pfn < z->zone_start_pfn || pfn + n > zone_end_pfn(z) ||
	    page_zone(last) != z)
		return fail("pfns %#lx-%#lx cross the bounds of node %d zone "
			    "%s", pfn, pfn + n - 1, z->node, z->name);
	for (i = pfn; i < pfn + n; i++)
		if (page_used(i))
			return fail("pfn %#lx is already allocated", i);
	if (atomic_read(&page->_refcount) != 1)
		return fail("pfn %#lx has refcount %d", pfn,
			    atomic_read(&page->_refcount));
	if ((op->gfp & __GFP_ZERO) && !block_is_zero(pfn, op->order))
		return fail("pfns %#lx-%#lx: __GFP_ZERO, but not zero", pfn,
			    pfn + n - 1);
	return MODEL_OK;
}

static int do_free(const struct op *op);

static int do_alloc(const struct op *op)
{
	struct page *page;
	struct block *b;
	nodemask_t nodes;
	struct zone *z;
	int rc;

	if (nr_live == capacity)
		return do_free(op);
	allowed_nodes(op, &nodes);
	if (op->kind == OP_ALLOC)
		page = alloc_pages(op->gfp, op->order);
	else
		page = alloc_pages_node(op->nid, op->gfp, op->order);
	nr_allocs++;
	if (!page) {
		nr_failures++;
		return check_failure(op, &nodes);
	}
	rc = check_new_block(op, page, &nodes);
	if (rc)
		return rc;
	z = page_zone(page);
	b = &live[nr_live++];
	b->pfn = page_to_pfn(page);
	b->order = op->order;
	b->serial = ++serial;
	mark_block(b->pfn, b->order, true);
	fill_block(b);
	held[z->node][zone_idx(z)] += 1L << b->order;
	return check_counts(z->node, zone_idx(z), -(1L << b->order));
}

static int do_free(const struct op *op)
{
	struct block b;
	struct zone *z;
	unsigned long i;
	int rc;

	if (!nr_live) {
		snprintf(op_text, sizeof(op_text), "free: nothing to free");
		return MODEL_OK;
	}
	i = op->pick % nr_live;
	b = live[i];
	snprintf(op_text, sizeof(op_text), "free pfn %#lx order %u",
		 b.pfn, b.order);
	rc = check_block_pattern(&b);
	if (rc)
		return rc;
	z = page_zone(pfn_to_page(b.pfn));
	live[i] = live[--nr_live];
	mark_block(b.pfn, b.order, false);
	held[z->node][zone_idx(z)] -= 1L << b.order;
	__free_pages(pfn_to_page(b.pfn), b.order);
	return check_counts(z->node, zone_idx(z), 1L << b.order);
}

static int do_drain(void)
{
	struct zone *z;
	int cpu;

	drain_all_pages(NULL);
	for_each_populated_zone(z)
		for_each_possible_cpu(cpu)
			if (z->per_cpu_pageset[cpu].count)
				return fail("node %d zone %s: cpu %d keeps %d "
					    "pages after the drain", z->node,
					    z->name, cpu,
					    z->per_cpu_pageset[cpu].count);
	return check_counts(-1, -1, 0);
}

static const unsigned short policy_modes_used[4] = {
	MPOL_DEFAULT, MPOL_PREFERRED, MPOL_BIND, MPOL_INTERLEAVE
};

static int do_policy(const struct op *op)
{
	unsigned short mode = policy_modes_used[op->arg % 4];
	nodemask_t nodes;
	int nid;

	nodes_clear(nodes);
	for (nid = 0; nid < nr_online_nodes && nid < 8; nid++)
		if ((op->pick % 3 + 1) & (1u << nid))
			node_set(nid, nodes);
	if (nodes.bits[0] == 0)
		node_set(0, nodes);
	if (do_set_mempolicy(mode, &nodes))
		return fail("set_mempolicy(%s) refused", policy_modes[mode]);
	policy.mode = mode;
	policy.nodes = nodes;
	return check_counts(-1, -1, 0);
}

static int do_sysctl(const struct op *op)
{
	char value[16];
	const char *key;

	if (op->pick & 1) {
		key = "vm.watermark_scale_factor";
		snprintf(value, sizeof(value), "%u", 1 + op->arg * 100 / 255);
	} else {
		key = "vm.min_free_kbytes";
		snprintf(value, sizeof(value), "%u", 128 + op->arg * 64);
	}
	snprintf(op_text, sizeof(op_text), "sysctl %s=%s", key, value);
	sysctl_changed = true;
	if (sysctl_vm_write(key, value))
		return fail("the write was refused");
	return check_counts(-1, -1, 0);
}

int model_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(error_text, sizeof(error_text), fmt, ap);
	va_end(ap);
	return MODEL_FAILED;
}

void model_describe(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(op_text, sizeof(op_text), fmt, ap);
	va_end(ap);
}

bool model_page_held(unsigned long pfn)
{
	return page_used(pfn);
}

uint64_t model_pattern(unsigned long where, unsigned long serial)
{
	return pattern(where, serial);
}

unsigned long model_new_serial(void)
{
	return ++serial;
}

void model_count_alloc(void)
{
	nr_allocs++;
}

void model_count_failure(void)
{
	nr_failures++;
}

/* A failed slab allocation: a failed page request of its order. */
int model_slab_failed(unsigned int order, gfp_t gfp)
{
	struct op op = { .kind = OP_KMEM_ALLOC, .order = order, .gfp = gfp };
	nodemask_t nodes;

	nr_failures++;
	count_free();
	allowed_nodes(&op, &nodes);
	return check_failure(&op, &nodes);
}

/* After an operation that moved pages between the zones' free lists and
 * slabs: NR_FREE_PAGES still agrees, and the counts start again. */
int model_recount(int rc)
{
	count_free();
	return rc ? rc : check_counts(-1, -1, 0);
}

/* A block another part took from the allocator (a large kmalloc, a page
 * of a vmalloc area): held by no one before, held by the test from now. */
int model_hold_block(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page), i;
	struct zone *z = page_zone(page);

	for (i = pfn; i < pfn + (1UL << order); i++)
		if (page_used(i))
			return fail("pfn %#lx is already allocated", i);
	mark_block(pfn, order, true);
	held[z->node][zone_idx(z)] += 1L << order;
	return MODEL_OK;
}

void model_release_block(struct page *page, unsigned int order)
{
	struct zone *z = page_zone(page);

	mark_block(page_to_pfn(page), order, false);
	held[z->node][zone_idx(z)] -= 1L << order;
}

/* The free pages of page's zone moved by delta since the last count. */
int model_block_counts(struct page *page, long delta)
{
	struct zone *z = page_zone(page);

	return check_counts(z->node, zone_idx(z), delta);
}

/* xorshift64*: four bytes per operation from one 64-bit number. */
void op_source_seed(struct op_source *src, uint64_t seed)
{
	src->data = NULL;
	src->state = seed ? seed : 0x853c49e6748fea9bULL;
}

void op_source_bytes(struct op_source *src, const uint8_t *data, size_t len)
{
	src->data = data;
	src->len = len;
	src->pos = 0;
}

static bool next_bytes(struct op_source *src, uint8_t b[4])
{
	uint64_t x;

	if (src->data) {
		if (src->len - src->pos < 4)
			return false;
		memcpy(b, src->data + src->pos, 4);
		src->pos += 4;
		return true;
	}
	x = xorshift64_star(&src->state);
	b[0] = x >> 32;
	b[1] = x >> 40;
	b[2] = x >> 48;
	b[3] = x >> 56;
	return true;
}

/* Half the requests are order 0; orders 4 to 10 share one in sixteen. */
static unsigned int decode_order(uint8_t b)
{
	if (b < 128)
		return 0;
	if (b < 192)
		return 1;
	if (b < 224)
		return 2;
	if (b < 240)
		return 3;
	return 4 + (b - 240) * 7 / 16;
}

static gfp_t decode_gfp(uint8_t b)
{
	static const gfp_t zone[4] = { 0, 0, __GFP_DMA32, __GFP_DMA };
	static const gfp_t mobility[4] = { 0, __GFP_MOVABLE,
					   __GFP_RECLAIMABLE, __GFP_MOVABLE };
	gfp_t gfp = (b & 1) ? GFP_ATOMIC : GFP_KERNEL;

	gfp |= zone[(b >> 1) & 3] | mobility[(b >> 3) & 3];
	if (b & 0x20)
		gfp |= __GFP_THISNODE;
	if (b & 0x40)
		gfp |= __GFP_ZERO;
	if (b & 0x80)
		gfp |= __GFP_NOWARN;
	return gfp;
}

static void decode(const uint8_t b[4], struct op *op)
{
	unsigned int k = b[0] % 32;

	op->kind = k < 12 ? OP_ALLOC : k < 16 ? OP_ALLOC_NODE :
		   k < 28 ? OP_FREE : k == 28 ? OP_DRAIN :
		   k < 31 ? OP_POLICY : OP_SYSCTL;
	if (b[0] >= 224)	/* a slab operation; destroy is rare */
		op->kind = k < 18 ? OP_KMEM_ALLOC : k < 26 ? OP_KMEM_FREE :
			   k == 26 ? OP_KMEM_CREATE :
			   k == 31 && b[1] < 16 ? OP_KMEM_DESTROY :
			   OP_KMEM_SHRINK;
	else if (b[0] >= 220)	/* vmalloc ... vfree, by byte 2 */
		op->kind = b[2] < 96 ? OP_VMALLOC : b[2] < 128 ? OP_VZALLOC :
			   b[2] < 160 ? OP_VMALLOC_NODE :
			   b[2] < 192 ? OP_VMAP : OP_VFREE;
	else if (b[0] >= 192)	/* kmalloc, kzalloc, ..., krealloc, kfree */
		op->kind = k < 10 ? OP_KMALLOC : k < 12 ? OP_KZALLOC :
			   k < 14 ? OP_KMALLOC_NODE : k < 18 ? OP_KREALLOC :
			   OP_KFREE;
	op->order = decode_order(b[1]);
	op->gfp = decode_gfp(b[2]);
	op->nid = b[3] % nr_online_nodes;
	op->pick = b[3] | b[1] << 8;
	op->arg = b[1];
}

static void describe(const struct op *op)
{
	static const char *const name[] = {
		[OP_ALLOC] = "alloc_pages",
		[OP_ALLOC_NODE] = "alloc_pages_node",
		[OP_DRAIN] = "drain_all_pages", [OP_POLICY] = "set_mempolicy",
	};
	if (op->kind == OP_ALLOC)
		snprintf(op_text, sizeof(op_text), "%s(gfp %#x, order %u) "
			 "under policy %s", name[op->kind], op->gfp,
			 op->order, policy_modes[policy.mode]);
	else if (op->kind == OP_ALLOC_NODE)
		snprintf(op_text, sizeof(op_text), "%s(node %d, gfp %#x, "
			 "order %u)", name[op->kind], op->nid, op->gfp,
			 op->order);
	else if (op->kind == OP_POLICY)
		snprintf(op_text, sizeof(op_text), "%s(%s, node mask %u)",
			 name[op->kind],
			 policy_modes[policy_modes_used[op->arg % 4]],
			 op->pick % 3 + 1);
	else if (op->kind == OP_DRAIN)
		snprintf(op_text, sizeof(op_text), "%s", name[op->kind]);
}

int model_step(struct op_source *src)
{
	uint8_t b[4];
	struct op op;
	int rc = MODEL_OK;

	if (!next_bytes(src, b))
		return MODEL_NO_INPUT;
	decode(b, &op);
	step_no++;
	describe(&op);
	switch (op.kind) {
	case OP_ALLOC:
	case OP_ALLOC_NODE:
		rc = do_alloc(&op);
		break;
	case OP_FREE:
		rc = do_free(&op);
		break;
	case OP_DRAIN:
		rc = do_drain();
		break;
	case OP_POLICY:
		rc = do_policy(&op);
		break;
	case OP_SYSCTL:
		rc = do_sysctl(&op);
		break;
	default:
		rc = op.kind >= OP_VMALLOC ? vmalloc_model_step(&op) :
		     op.kind >= OP_KMALLOC ? kmalloc_model_step(&op) :
		     slab_model_step(&op);
	}
	if (rc == MODEL_OK && check_every && step_no % check_every == 0)
		rc = run_mmcheck();
	return rc;
}

/* Hold all but ARENA_BLOCKS blocks of order 10 in every zone, so that
 * the tests run near the watermarks of a small machine.  The blocks of
 * lower order, next to the unaligned node boundary, stay free. */
static void take_ballast(void)
{
	static unsigned long pfns[NR_PFNS / BLOCK_PAGES];
	static int given[MAX_NUMNODES][MAX_NR_ZONES];
	gfp_t gfp = GFP_KERNEL | __GFP_THISNODE | __GFP_NOWARN;
	unsigned long n = 0, i;
	struct page *page;
	int nid;

	for (nid = 0; nid < nr_online_nodes; nid++)
		while (n < ARRAY_SIZE(pfns) &&
		       (page = alloc_pages_node(nid, gfp, MAX_ORDER - 1)))
			pfns[n++] = page_to_pfn(page);
	for (i = 0; i < n; i++) {
		struct zone *z = page_zone(pfn_to_page(pfns[i]));
		int *g = &given[z->node][zone_idx(z)];

		if (*g < ARENA_BLOCKS) {
			(*g)++;
			__free_pages(pfn_to_page(pfns[i]), MAX_ORDER - 1);
		} else {
			mark_block(pfns[i], MAX_ORDER - 1, true);
		}
	}
}

void model_boot(void)
{
	host_firmware.numa_split = SHAPE_NUMA_SPLIT;
	host_boot("");
	host_console_reset();
	sysctl_vm_read("vm.min_free_kbytes", saved_min_free,
		       sizeof(saved_min_free));
	sysctl_vm_read("vm.watermark_scale_factor", saved_scale,
		       sizeof(saved_scale));
	take_ballast();
}

/* A fresh start for the model; the allocator keeps what it has. */
void model_begin(unsigned long cap, unsigned long every)
{
	struct zone *z;

	if (cap != capacity) {
		free(live);
		live = calloc(cap, sizeof(*live));
		if (!live) {
			perror("model: the table of live blocks");
			exit(2);
		}
		capacity = cap;
	}
	check_every = every;
	nr_live = 0;
	slab_model_begin(cap);
	kmalloc_model_begin(cap);
	vmalloc_model_begin(cap);
	step_no = 0;
	do_set_mempolicy(MPOL_DEFAULT, NULL);
	policy.mode = MPOL_DEFAULT;
	if (sysctl_changed) {
		sysctl_vm_write("vm.min_free_kbytes", saved_min_free);
		sysctl_vm_write("vm.watermark_scale_factor", saved_scale);
		sysctl_changed = false;
	}
	host_console_reset();
	count_free();
	mmcheck_slab(false, &slab_before);
	for_each_populated_zone(z) {
		int n = z->node, j = zone_idx(z);

		held[n][j] = 0;
		before[n][j] = z->managed_pages - free_now[n][j] -
			       (long)slab_before.pages[n][j];
	}
}

/* Give everything back; then nothing may be missing. */
int model_end(void)
{
	struct op op = { .kind = OP_FREE };
	int rc = slab_model_end();

	if (!rc)
		rc = kmalloc_model_end();
	if (!rc)
		rc = vmalloc_model_end();
	if (rc)
		return rc;
	while (nr_live) {
		op.pick = nr_live - 1;
		rc = do_free(&op);
		if (rc)
			return rc;
	}
	snprintf(op_text, sizeof(op_text), "the end: all freed");
	rc = do_drain();
	return rc ? rc : run_mmcheck();
}

unsigned long model_live_blocks(void)
{
	return nr_live;
}

void model_counts(unsigned long *allocs, unsigned long *failures)
{
	*allocs = nr_allocs;
	*failures = nr_failures;
}

unsigned long model_steps(void)
{
	return step_no;
}

const char *model_last_op(void)
{
	return op_text;
}

const char *model_error(void)
{
	return error_text;
}
