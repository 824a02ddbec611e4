/* mm/mmcheck_slab.c: walk every slab of every cache; count what disagrees. */
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/mmcheck.h>
#include <linux/numa_memblks.h>
#include <linux/string.h>
#include "slab.h"

#define MMCHECK_TALLIES		256	/* caches x nodes per walk of the map */
#define MMCHECK_BROKEN		(~0UL)	/* a list that could not be walked */
#define MMCHECK_OBJ_LONGS	(MAX_OBJS_PER_PAGE / (8 * sizeof(long)) + 1)

/* One cache on one node, as its lists and as the memory map see it. */
struct slab_tally {
	unsigned long partial, full, cpu;	/* slabs on the lists */
	unsigned long slabs, objects;		/* slabs in the map */
	unsigned long with_free, frozen, off_full;
};

struct slab_check {
	struct kmem_cache *s;		/* NULL: no cache yet */
	bool verbose;
	unsigned long problems;
	unsigned long free;		/* objects found on free lists */
	struct slab_tally *tally;	/* MAX_NUMNODES of them */
	struct kmem_cache **first;	/* the group whose walk counts */
};

static struct slab_tally mmcheck_tally[MMCHECK_TALLIES];
static struct kmem_cache *mmcheck_group[MMCHECK_TALLIES];
static unsigned long mmcheck_free_objs[MMCHECK_OBJ_LONGS];

static __printf(2, 3) void slab_problem(struct slab_check *c,
					const char *fmt, ...)
{
	char line[160];
	va_list args;

	c->problems++;
	if (!c->verbose)
		return;
	va_start(args, fmt);
	vsnprintf(line, sizeof(line), fmt, args);
	va_end(args);
	if (c->s)
		pr_err("mmcheck: cache %s: %s\n", c->s->name, line);
	else
		pr_err("mmcheck: %s\n", line);
}

static bool check_slab(struct slab_check *c, struct slab *slab, int node,
		       const char *where)
{
	struct kmem_cache *s = c->s;
	struct page *page = slab_page(slab);
	unsigned int order;
	unsigned long pfn;

	if (!mmcheck_page_pfn(page, &pfn) || !PageSlab(page) ||
	    compound_head(page) != page) {
		slab_problem(c, "%s holds a slab that is not a slab page",
			     where);
		return false;
	}
	if (slab->slab_cache != s) {
		slab_problem(c, "slab pfn 0x%lx on %s belongs to another "
			     "cache", pfn, where);
		return false;
	}
	if (slab_nid(slab) != node)
		slab_problem(c, "slab pfn 0x%lx on %s is on node %d", pfn,
			     where, slab_nid(slab));
	order = slab_order(slab);
	if ((order != oo_order(s->oo) || slab->objects != oo_objects(s->oo)) &&
	    (order != oo_order(s->min) ||
	     slab->objects != oo_objects(s->min))) {
		slab_problem(c, "slab pfn 0x%lx has order %u and %u objects, "
			     "the cache's are %u and %u", pfn, order,
			     slab->objects, oo_order(s->oo),
			     oo_objects(s->oo));
		return false;
	}
	return true;
}

static long walk_free_objects(struct slab_check *c, struct slab *slab,
			      void *head, const char *which)
{
	struct kmem_cache *s = c->s;
	unsigned long base = (unsigned long)fixup_red_left(s,
						slab_address(slab));
	unsigned long end = base + (unsigned long)slab->objects * s->size;
	unsigned long pfn = page_to_pfn(slab_page(slab)), i;
	long n = 0;
	void *p;

	for (p = head; p; p = get_freepointer(s, p), n++) {
		const char *why = NULL;

		i = ((unsigned long)p - base) / s->size;
		if ((unsigned long)p < base || (unsigned long)p >= end)
			why = "leaves the slab";
		else if (((unsigned long)p - base) % s->size)
			why = "points between two objects";
		else if (mmcheck_free_objs[i / (8 * sizeof(long))] &
			 (1UL << (i % (8 * sizeof(long)))))
			why = "comes back to an object";
		if (why) {
			slab_problem(c, "slab pfn 0x%lx: the %s free list %s "
				     "after %ld objects", pfn, which, why, n);
			return -1;
		}
		mmcheck_free_objs[i / (8 * sizeof(long))] |=
			1UL << (i % (8 * sizeof(long)));
	}
	c->free += n;
	return n;
}

/* A slab no processor holds: its free list is what inuse leaves. */
static void check_slab_objects(struct slab_check *c, struct slab *slab)
{
	long n;

	memset(mmcheck_free_objs, 0, sizeof(mmcheck_free_objs));
	n = walk_free_objects(c, slab, slab->freelist, "slab's");
	if (n >= 0 && (unsigned long)n + slab->inuse != slab->objects)
		slab_problem(c, "slab pfn 0x%lx: %ld objects on its free "
			     "list but %u of %u in use",
			     page_to_pfn(slab_page(slab)), n, slab->inuse,
			     slab->objects);
}

static unsigned long walk_slab_list(struct slab_check *c,
				    struct list_head *head, int node,
				    bool partial)
{
	const char *what = partial ? "partial" : "full";
	struct list_head *prev = head, *pos;
	unsigned long n = 0;
	char where[40];

	snprintf(where, sizeof(where), "the %s list of node %d", what, node);
	for (pos = head->next; pos != head; prev = pos, pos = pos->next) {
		struct slab *slab = list_entry(pos, struct slab, slab_list);
		const char *why = NULL;

		if (!pos)
			why = "ends in a null link";
		else if (pos->prev != prev)
			why = "has an entry whose prev link is wrong";
		else if (n == NODE_DATA(node)->node_spanned_pages)
			why = "has more entries than the node has pages";
		if (why) {
			slab_problem(c, "%s %s after %lu slabs", where, why, n);
			return MMCHECK_BROKEN;
		}
		n++;
		if (!check_slab(c, slab, node, where))
			continue;
		check_slab_objects(c, slab);
		if (slab->frozen)
			slab_problem(c, "slab pfn 0x%lx on %s is frozen",
				     page_to_pfn(slab_page(slab)), where);
		if (partial == (slab->inuse == slab->objects))
			slab_problem(c, "slab pfn 0x%lx on %s has %u of %u "
				     "objects in use",
				     page_to_pfn(slab_page(slab)), where,
				     slab->inuse, slab->objects);
	}
	return n;
}

static void check_node_lists(struct slab_check *c, int node,
			     struct kmem_cache_node *n)
{
	struct slab_tally *t = &c->tally[node];

	t->partial = walk_slab_list(c, &n->partial, node, true);
	if (t->partial != MMCHECK_BROKEN && t->partial != n->nr_partial)
		slab_problem(c, "node %d: nr_partial %lu but the partial list "
			     "holds %lu slabs", node, n->nr_partial,
			     t->partial);
	if (c->s->flags & SLAB_STORE_USER)
		t->full = walk_slab_list(c, &n->full, node, false);
}

static void check_cpu_slabs(struct slab_check *c)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct kmem_cache_cpu *cc = &c->s->cpu_slab[cpu];
		struct slab *slab = cc->slab;
		unsigned long pfn;
		char where[16];
		long mine, its;

		snprintf(where, sizeof(where), "cpu %d", cpu);
		if (!slab) {
			if (cc->freelist)
				slab_problem(c, "cpu %d has a free list but no "
					     "slab", cpu);
			continue;
		}
		if (!check_slab(c, slab, slab_nid(slab), where))
			continue;
		pfn = page_to_pfn(slab_page(slab));
		c->tally[slab_nid(slab)].cpu++;
		if (!slab->frozen || kmem_cache_debug(c->s))
			slab_problem(c, "slab pfn 0x%lx of cpu %d is %s", pfn,
				     cpu, slab->frozen ? "in a debug cache" :
				     "not frozen");
		memset(mmcheck_free_objs, 0, sizeof(mmcheck_free_objs));
		mine = walk_free_objects(c, slab, cc->freelist, "cpu's");
		its = mine < 0 ? -1 :
		      walk_free_objects(c, slab, slab->freelist, "slab's");
		if (its >= 0 && ((unsigned long)its + slab->inuse !=
				 slab->objects || mine > (long)slab->inuse))
			slab_problem(c, "slab pfn 0x%lx: %ld objects on cpu "
				     "%d's free list and %ld on its own but "
				     "%u of %u in use", pfn, mine, cpu, its,
				     slab->inuse, slab->objects);
	}
}

static void check_cache_lists(struct slab_check *c, long allocated)
{
	struct kmem_cache_node *n;
	unsigned long objects = 0;
	int node;

	for_each_kmem_cache_node(c->s, node, n) {
		check_node_lists(c, node, n);
		objects += n->total_objects;
	}
	check_cpu_slabs(c);
	if (allocated != MMCHECK_ALLOCATED_UNKNOWN &&
	    objects - c->free != (unsigned long)allocated)
		slab_problem(c, "%lu objects in use but the caller holds %ld",
			     objects - c->free, allocated);
}

unsigned long mmcheck_cache(struct kmem_cache *s, long allocated,
			    bool verbose)
{
	struct slab_check c = {
		.s = s, .verbose = verbose, .tally = mmcheck_tally,
	};

	memset(mmcheck_tally, 0, sizeof(mmcheck_tally));
	check_cache_lists(&c, allocated);
	return c.problems;
}

static bool cache_listed(struct kmem_cache *s)
{
	struct list_head *p;

	for (p = slab_caches.next; p != &slab_caches; p = p->next)
		if (list_entry(p, struct kmem_cache, list) == s)
			return true;
	return false;
}

static void tally_slab(struct slab_check *c, struct kmem_cache **group,
		       int nr, struct slab *slab, unsigned long pfn)
{
	struct slab_tally *t;
	int i;

	for (i = 0; i < nr && group[i] != slab->slab_cache; i++)
		;
	if (i == nr) {
		if (group == c->first && !cache_listed(slab->slab_cache))
			slab_problem(c, "slab pfn 0x%lx belongs to no cache "
				     "on slab_caches", pfn);
		return;
	}
	t = &mmcheck_tally[i * nr_online_nodes + slab_nid(slab)];
	t->slabs++;
	t->objects += slab->objects;
	if (slab->frozen)
		t->frozen++;
	else if (slab->inuse < slab->objects || slab->freelist)
		t->with_free++;
	else
		t->off_full++;
}

static void walk_map(struct slab_check *c, struct kmem_cache **group,
		     int nr, struct mmcheck_slab_counts *counts)
{
	unsigned long pfn, next, end;
	struct zone *zone;

	for_each_populated_zone(zone) {
		end = zone_end_pfn(zone);
		for (pfn = zone->zone_start_pfn; pfn < end; pfn = next) {
			struct page *page;
			unsigned int order;

			next = min(end, (pfn & PAGE_SECTION_MASK) +
					PAGES_PER_SECTION);
			if (!pfn_valid(pfn))
				continue;
			for (page = pfn_to_page(pfn); pfn < next;
			     pfn++, page++) {
				if (!PageSlab(page) ||
				    compound_head(page) != page)
					continue;
				order = min(compound_order(page),
					    MAX_ORDER - 1U);
				tally_slab(c, group, nr, page_slab(page), pfn);
				if (counts)
					counts->pages[zone->node]
						     [zone_idx(zone)] +=
						1UL << order;
				pfn += (1UL << order) - 1;
				page += (1UL << order) - 1;
			}
		}
	}
}

static void compare_tallies(struct slab_check *c)
{
	struct kmem_cache_node *n;
	unsigned long cpu = 0, frozen = 0;
	int node;

	for_each_kmem_cache_node(c->s, node, n) {
		struct slab_tally *t = &c->tally[node];

		cpu += t->cpu;
		frozen += t->frozen;
		if (n->nr_slabs != t->slabs)
			slab_problem(c, "node %d: nr_slabs %lu but the memory "
				     "map holds %lu", node, n->nr_slabs,
				     t->slabs);
		if (n->total_objects != t->objects)
			slab_problem(c, "node %d: total_objects %lu but its "
				     "slabs hold %lu", node, n->total_objects,
				     t->objects);
		if (t->partial != MMCHECK_BROKEN && t->with_free != t->partial)
			slab_problem(c, "node %d: %lu slabs have free objects "
				     "and no cpu but %lu are on the partial "
				     "list", node, t->with_free, t->partial);
		if ((c->s->flags & SLAB_STORE_USER) &&
		    t->full != MMCHECK_BROKEN && t->off_full != t->full)
			slab_problem(c, "node %d: %lu slabs are full but %lu "
				     "are on the full list", node, t->off_full,
				     t->full);
	}
	if (frozen != cpu)
		slab_problem(c, "%lu slabs are frozen but cpus hold %lu",
			     frozen, cpu);
}

static void count_cache(struct kmem_cache *s, struct slab_check *c,
			struct mmcheck_slab_counts *counts)
{
	struct kmem_cache_node *n;
	int node;

	counts->caches++;
	counts->inuse -= c->free;
	for_each_kmem_cache_node(s, node, n) {
		counts->slabs += n->nr_slabs;
		counts->objects += n->total_objects;
		counts->inuse += n->total_objects;
	}
}

unsigned long mmcheck_slab(bool verbose, struct mmcheck_slab_counts *counts)
{
	struct slab_check c = { .verbose = verbose };
	struct kmem_cache **group = mmcheck_group;
	struct list_head *pos = slab_caches.next;
	int nr, i, room = MMCHECK_TALLIES / nr_online_nodes;

	if (counts)
		memset(counts, 0, sizeof(*counts));
	c.first = group;
	memset(mmcheck_tally, 0, sizeof(mmcheck_tally));
	while (pos != &slab_caches) {
		for (nr = 0; pos != &slab_caches && nr < room;
		     pos = pos->next, nr++) {
			group[nr] = list_entry(pos, struct kmem_cache, list);
			c.s = group[nr];
			c.tally = &mmcheck_tally[nr * nr_online_nodes];
			c.free = 0;
			check_cache_lists(&c, MMCHECK_ALLOCATED_UNKNOWN);
			if (counts)
				count_cache(group[nr], &c, counts);
		}
		c.s = NULL;
		walk_map(&c, group, nr, c.first ? counts : NULL);
		c.first = NULL;
		for (i = 0; i < nr; i++) {
			c.s = group[i];
			c.tally = &mmcheck_tally[i * nr_online_nodes];
			compare_tallies(&c);
		}
		memset(mmcheck_tally, 0, sizeof(mmcheck_tally));
	}
	return c.problems;
}
