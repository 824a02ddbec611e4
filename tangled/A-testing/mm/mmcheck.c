/* mm/mmcheck.c: walk the free and per-cpu lists; count what disagrees. */
#include <linux/cpumask.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mmcheck.h>
#include <linux/string.h>

struct mmcheck {
	struct zone *zone;
	bool verbose;
	bool first_pass;	/* check each entry, count, report */
	bool broken;		/* a walk stopped short: counts are off */
	unsigned long problems;
	unsigned long base;	/* first pfn of the window being marked */
	unsigned long bound;	/* a list longer than this loops */
};

static __printf(2, 3) void problem(struct mmcheck *c, const char *fmt,
				   ...)
{
	char line[160];
	va_list args;

	c->problems++;
	if (!c->verbose)
		return;
	va_start(args, fmt);
	vsnprintf(line, sizeof(line), fmt, args);
	va_end(args);
	pr_err("mmcheck: Node %d, zone %s: %s\n", c->zone->node,
	       c->zone->name, line);
}

bool mmcheck_page_pfn(const struct page *page, unsigned long *pfn)
{
	const struct mem_section *ms =
		__nr_to_section(page_to_section(page));

	if (!valid_section(ms))
		return false;
	*pfn = page - __section_mem_map_addr(ms);
	return pfn_valid(*pfn) && pfn_to_page(*pfn) == page;
}

static bool pfn_in_zone(const struct zone *zone, unsigned long pfn)
{
	return pfn >= zone->zone_start_pfn && pfn < zone_end_pfn(zone);
}

#define MMCHECK_WINDOW		(1UL << 18)
#define MMCHECK_LONG_BITS	(8 * sizeof(long))

static unsigned long mmcheck_seen[MMCHECK_WINDOW / MMCHECK_LONG_BITS];

static bool mark_block(struct mmcheck *c, unsigned long pfn,
		       unsigned int order)
{
	unsigned long i = max(pfn, c->base);
	unsigned long end = min(pfn + (1UL << order),
				c->base + MMCHECK_WINDOW);
	bool seen = false;

	for (; i < end; i++) {
		unsigned long bit = i - c->base;
		unsigned long *word = &mmcheck_seen[bit / MMCHECK_LONG_BITS];
		unsigned long mask = 1UL << (bit % MMCHECK_LONG_BITS);

		if (*word & mask)
			seen = true;
		*word |= mask;
	}
	return seen;
}

static void mark_and_report(struct mmcheck *c, unsigned long pfn,
			    unsigned int order)
{
	if (mark_block(c, pfn, order))
		problem(c, "pfn 0x%lx order %u overlaps a block listed "
			"before it", pfn, order);
}

typedef void (*mmcheck_visit)(struct mmcheck *c, struct page *page,
			      unsigned long pfn, unsigned int order,
			      int type);

static unsigned long walk_list(struct mmcheck *c, struct list_head *head,
			       const char *what, unsigned int order,
			       int type, mmcheck_visit visit)
{
	struct list_head *prev = head, *pos;
	unsigned long n = 0, pfn;

	for (pos = head->next; pos != head; prev = pos, pos = pos->next) {
		const char *why = NULL;

		if (!pos)
			why = "ends in a null link";
		else if (pos->prev != prev)
			why = "has an entry whose prev link is wrong";
		else if (n == c->bound)
			why = "has more entries than the zone has pages";
		else if (!mmcheck_page_pfn(list_entry(pos, struct page, lru),
					   &pfn))
			why = "holds an entry that is not a page";
		if (why) {
			c->broken = true;
			if (c->first_pass)
				problem(c, "the %s list of order %u, type %d "
					"%s after %lu entries", what, order,
					type, why, n);
			break;
		}
		visit(c, list_entry(pos, struct page, lru), pfn, order, type);
		n++;
	}
	return n;
}

static bool block_in_zone(struct mmcheck *c, struct page *page,
			  unsigned long pfn, unsigned int order,
			  const char *where)
{
	struct zone *zone = c->zone;
	unsigned int zid = page_zonenum(page);

	if (page_to_nid(page) != zone->node ||
	    zid != (unsigned int)zone_idx(zone) || !pfn_in_zone(zone, pfn)) {
		problem(c, "pfn 0x%lx order %u is on %s but belongs to "
			"Node %d, zone %s", pfn, order, where,
			page_to_nid(page),
			zid < MAX_NR_ZONES ? zone_names[zid] : "?");
		return false;
	}
	if (pfn & ((1UL << order) - 1)) {
		problem(c, "pfn 0x%lx order %u is not aligned to its order",
			pfn, order);
		return false;
	}
	if (pfn + (1UL << order) > zone_end_pfn(zone))
		problem(c, "pfn 0x%lx order %u runs past the zone's end",
			pfn, order);
	return true;
}

static void check_free_block(struct mmcheck *c, struct page *page,
			     unsigned long pfn, unsigned int order, int type)
{
	mark_and_report(c, pfn, order);
	if (!c->first_pass ||
	    !block_in_zone(c, page, pfn, order, "the free list"))
		return;
	if (!PageBuddy(page))
		problem(c, "pfn 0x%lx order %u is on the free list but not "
			"PageBuddy", pfn, order);
	else if (buddy_order(page) != order)
		problem(c, "pfn 0x%lx order %u is on the free list but its "
			"buddy_order is %u", pfn, order, buddy_order(page));
	if (type >= MIGRATE_PCPTYPES &&
	    get_pageblock_migratetype(page) != type)
		problem(c, "pfn 0x%lx order %u is on the %s list but its "
			"pageblock is %s", pfn, order, migratetype_names[type],
			migratetype_names[get_pageblock_migratetype(page)]);
	if (order < MAX_ORDER - 1) {
		unsigned long buddy_pfn = __find_buddy_pfn(pfn, order);
		struct page *buddy;

		if (buddy_pfn < pfn || !pfn_valid(buddy_pfn) ||
		    !pfn_in_zone(c->zone, buddy_pfn))
			return;
		buddy = pfn_to_page(buddy_pfn);
		if (PageBuddy(buddy) && buddy_order(buddy) == order &&
		    page_to_nid(buddy) == page_to_nid(page) &&
		    page_zonenum(buddy) == page_zonenum(page) &&
		    get_pageblock_migratetype(page) != MIGRATE_ISOLATE &&
		    get_pageblock_migratetype(buddy) != MIGRATE_ISOLATE)
			problem(c, "pfn 0x%lx order %u and its buddy 0x%lx are "
				"both free", pfn, order, buddy_pfn);
	}
}

static void check_pcp_block(struct mmcheck *c, struct page *page,
			    unsigned long pfn, unsigned int order, int type)
{
	(void)type;
	mark_and_report(c, pfn, order);
	if (!c->first_pass ||
	    !block_in_zone(c, page, pfn, order, "a pcp list"))
		return;
	if (PageBuddy(page))
		problem(c, "pfn 0x%lx order %u is on a pcp list but "
			"PageBuddy", pfn, order);
}

static void walk_free_lists(struct mmcheck *c, unsigned long *nr)
{
	unsigned int o;
	int t;

	for (o = 0; o < MAX_ORDER; o++)
		for (nr[o] = 0, t = 0; t < MIGRATE_TYPES; t++)
			nr[o] += walk_list(c,
				&c->zone->free_area[o].free_list[t], "free",
				o, t, check_free_block);
}

static void walk_pcp_lists(struct mmcheck *c, unsigned long *pages)
{
	int cpu, i;

	for_each_possible_cpu(cpu) {
		struct per_cpu_pages *pcp = &c->zone->per_cpu_pageset[cpu];

		for (pages[cpu] = 0, i = 0; i < NR_PCP_LISTS; i++)
			pages[cpu] += walk_list(c, &pcp->lists[i], "pcp",
						pindex_to_order(i),
						i % MIGRATE_PCPTYPES,
						check_pcp_block)
				      << pindex_to_order(i);
	}
}

static void check_counters(struct mmcheck *c, const unsigned long *nr,
			   const unsigned long *pcp_pages, long allocated,
			   struct mmcheck_counts *counts)
{
	struct zone *zone = c->zone;
	unsigned int o;
	int cpu;

	for (o = 0; o < MAX_ORDER; o++) {
		counts->blocks += nr[o];
		counts->free += nr[o] << o;
	}
	for_each_possible_cpu(cpu)
		counts->pcp += pcp_pages[cpu];
	if (c->broken)
		return;
	for (o = 0; o < MAX_ORDER; o++)
		if (nr[o] != zone->free_area[o].nr_free)
			problem(c, "order %u: %lu blocks on the lists but "
				"nr_free %lu", o, nr[o],
				zone->free_area[o].nr_free);
	if (zone->vm_stat[NR_FREE_PAGES] != (long)counts->free)
		problem(c, "NR_FREE_PAGES is %ld but the lists hold %lu pages",
			zone->vm_stat[NR_FREE_PAGES], counts->free);
	for_each_possible_cpu(cpu)
		if ((unsigned long)zone->per_cpu_pageset[cpu].count !=
		    pcp_pages[cpu])
			problem(c, "cpu %d: pcp count %d but its lists hold "
				"%lu pages", cpu,
				zone->per_cpu_pageset[cpu].count,
				pcp_pages[cpu]);
	if (allocated != MMCHECK_ALLOCATED_UNKNOWN &&
	    zone->managed_pages != counts->free + counts->pcp + allocated)
		problem(c, "managed %lu but free %lu + pcp %lu + allocated "
			"%ld is %lu", zone->managed_pages, counts->free,
			counts->pcp, allocated,
			counts->free + counts->pcp + allocated);
}

unsigned long mmcheck_zone_counts(struct zone *zone, long allocated,
				  bool verbose, struct mmcheck_counts *counts)
{
	struct mmcheck c = {
		.zone = zone, .verbose = verbose, .first_pass = true,
		.base = round_down(zone->zone_start_pfn, MMCHECK_WINDOW),
		.bound = zone->managed_pages,
	};
	unsigned long nr[MAX_ORDER], pcp_pages[NR_CPUS];
	struct mmcheck_counts own;

	if (!counts)
		counts = &own;
	memset(counts, 0, sizeof(*counts));
	do {
		memset(mmcheck_seen, 0, sizeof(mmcheck_seen));
		walk_free_lists(&c, nr);
		walk_pcp_lists(&c, pcp_pages);
		c.first_pass = false;
		c.base += MMCHECK_WINDOW;
	} while (c.base < zone_end_pfn(zone));
	check_counters(&c, nr, pcp_pages, allocated, counts);
	return c.problems;
}

unsigned long mmcheck_zone(struct zone *zone, long allocated, bool verbose)
{
	return mmcheck_zone_counts(zone, allocated, verbose, NULL);
}

unsigned long mmcheck(bool verbose)
{
	unsigned long problems = 0;
	struct zone *zone;

	for_each_populated_zone(zone)
		problems += mmcheck_zone(zone, MMCHECK_ALLOCATED_UNKNOWN,
					 verbose);
	return problems + mmcheck_slab(verbose, NULL) +
	       mmcheck_vmalloc(verbose);
}
