/* mm/stress.c: random allocations and frees at the watermarks' edge. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mmcheck.h>
#include <linux/mmzone.h>
#include <linux/string.h>
#include <linux/xorshift.h>

static u64 stress_state;

static unsigned long stress_random(void)
{
	return xorshift64_star(&stress_state) >> 32;
}

static unsigned long pattern(unsigned long pfn, unsigned long i)
{
	return pfn * 0x9e3779b97f4a7c15UL ^ i;
}

static void fill_block(struct page *page, unsigned long words)
{
	unsigned long *p = page_address(page), pfn = page_to_pfn(page), i;

	for (i = 0; i < words; i++)
		p[i] = pattern(pfn, i);
}

static bool block_intact(struct page *page, unsigned long words)
{
	unsigned long *p = page_address(page), pfn = page_to_pfn(page), i;

	for (i = 0; i < words; i++)
		if (p[i] != pattern(pfn, i)) {
			pr_err("stress: pfn 0x%lx word %lu is 0x%lx, not "
			       "0x%lx\n", pfn, i, p[i], pattern(pfn, i));
			return false;
		}
	return true;
}

static unsigned long block_words(unsigned int order)
{
	return (PAGE_SIZE << order) / sizeof(unsigned long);
}

#define STRESS_BALLAST_MIN_ORDER	(PAGE_ALLOC_COSTLY_ORDER + 1)
#define STRESS_ABOVE_LOW		32

static gfp_t zone_gfp(int zt)
{
	static const gfp_t gfp[MAX_NR_ZONES] = {
		[ZONE_DMA] = __GFP_DMA, [ZONE_DMA32] = __GFP_DMA32,
		[ZONE_NORMAL] = 0,
		[ZONE_MOVABLE] = __GFP_HIGHMEM | __GFP_MOVABLE,
	};

	return GFP_KERNEL | __GFP_NOWARN | gfp[zt];
}

static void take_ballast(struct zone *zone, struct list_head *ballast)
{
	unsigned long target = low_wmark_pages(zone) + STRESS_ABOVE_LOW;
	unsigned int top = MAX_ORDER - 1, order;
	struct page *page;

	for (;;) {
		unsigned long free = zone_page_state(zone, NR_FREE_PAGES);

		if (free < target + (1UL << STRESS_BALLAST_MIN_ORDER))
			return;
		order = min(top, (unsigned int)(63 - __builtin_clzl(free -
								 target)));
		if (order < STRESS_BALLAST_MIN_ORDER)
			return;
		page = alloc_pages(zone_gfp(zone_idx(zone)), order);
		if (!page) {
			top = order - 1;
			continue;
		}
		page->private = order;
		fill_block(page, 1);
		list_add(&page->lru, ballast);
		if (page_zone(page) != zone)
			return;
	}
}

#define STRESS_SLOTS		1024
#define STRESS_MAX_ORDER	5

static struct {
	struct page *page;
	unsigned int order;
} held[STRESS_SLOTS];
static unsigned long nr_held;

static const gfp_t stress_gfp[8] = {
	GFP_KERNEL, GFP_KERNEL, GFP_KERNEL, GFP_KERNEL,
	GFP_ATOMIC, GFP_ATOMIC, GFP_KERNEL | __GFP_DMA,
	GFP_KERNEL | __GFP_DMA32,
};

static void stress_free(unsigned long slot, struct mm_stress *r)
{
	struct page *page = held[slot].page;
	unsigned int order = held[slot].order;

	if (!block_intact(page, block_words(order)))
		r->bad_patterns++;
	held[slot] = held[--nr_held];
	__free_pages(page, order);
	r->frees++;
}

static void stress_alloc(struct mm_stress *r)
{
	unsigned long bits = stress_random();
	unsigned int order = __builtin_ctzl(bits | 1UL << STRESS_MAX_ORDER);
	gfp_t gfp = stress_gfp[(bits >> 8) % 8] | __GFP_NOWARN;
	struct page *page = alloc_pages(gfp, order);
	struct zone *zone;

	if (!page) {
		r->failures++;
		return;
	}
	r->allocs++;
	fill_block(page, block_words(order));
	held[nr_held].page = page;
	held[nr_held++].order = order;
	zone = page_zone(page);
	if (!(gfp & __GFP_ATOMIC))
		return;
	if (zone_page_state(zone, NR_FREE_PAGES) < low_wmark_pages(zone))
		r->atomic_below_low++;
	if (zone_page_state(zone, NR_FREE_PAGES) < min_wmark_pages(zone))
		r->atomic_below_min++;
}

static void stress_step(struct mm_stress *r)
{
	unsigned long bits = stress_random();

	if (nr_held && (nr_held == STRESS_SLOTS || bits % 2))
		stress_free((bits >> 1) % nr_held, r);
	else
		stress_alloc(r);
	r->ops++;
}

unsigned long mm_stress_sample_every;

static void stress_sample(struct zone *zone, unsigned long step)
{
	pr_info("stress: step %lu free %lu min %lu low %lu high %lu\n", step,
		zone_page_state(zone, NR_FREE_PAGES), min_wmark_pages(zone),
		low_wmark_pages(zone), high_wmark_pages(zone));
}

#define STRESS_CHECK_EVERY	1000

static struct zone *stress_top_zone(void)
{
	struct zonelist *zl = node_zonelist(numa_node_id(), GFP_KERNEL);

	return first_zones_zonelist(zl, gfp_zone(GFP_KERNEL), NULL)->zone;
}

void mm_stress(unsigned long ops, unsigned long seed, struct mm_stress *r)
{
	struct zone *top = stress_top_zone(), *zone;
	struct list_head ballast;
	unsigned long start;

	memset(r, 0, sizeof(*r));
	stress_state = seed | 1;
	drain_all_pages(NULL);
	start = nr_free_pages();
	r->lowest = zone_page_state(top, NR_FREE_PAGES);
	r->lowest_min = min_wmark_pages(top);
	INIT_LIST_HEAD(&ballast);
	for_each_populated_zone(zone)
		take_ballast(zone, &ballast);
	while (r->ops < ops) {
		stress_step(r);
		r->lowest = min(r->lowest,
				zone_page_state(top, NR_FREE_PAGES));
		if (r->ops % STRESS_CHECK_EVERY == 0)
			r->problems += mmcheck(true);
		if (mm_stress_sample_every && r->ops % mm_stress_sample_every == 0)
			stress_sample(top, r->ops);
	}
	while (nr_held)
		stress_free(nr_held - 1, r);
	while (!list_empty(&ballast)) {
		struct page *page = list_entry(ballast.next, struct page, lru);
		unsigned int order = page->private;

		list_del(&page->lru);
		if (!block_intact(page, 1))
			r->bad_patterns++;
		page->private = 0;
		__free_pages(page, order);
	}
	drain_all_pages(NULL);
	r->problems += mmcheck(true);
	r->lost = (long)(start - nr_free_pages());
}

void mm_stress_print(const struct mm_stress *r)
{
	pr_info("stress: %lu ops, %lu allocations, %lu failures, %lu atomic "
		"below low (%lu below min), %lu frees, lowest %lu pages free "
		"(min %lu), %lu bad patterns, %lu mmcheck problems, %ld pages "
		"lost\n", r->ops, r->allocs, r->failures, r->atomic_below_low,
		r->atomic_below_min, r->frees, r->lowest, r->lowest_min,
		r->bad_patterns, r->problems, r->lost);
}
