/* mm/pcp.c: the per-cpu pagesets: their sizes, refilling and draining. */
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/mm_internal.h>


static unsigned long rounddown_pow_of_two(unsigned long n)
{
	return 1UL << (63 - __builtin_clzl(n));
}

int zone_batchsize(const struct zone *zone)
{
	int batch = min(zone->managed_pages >> 10, 1024UL * 1024 / PAGE_SIZE);

	batch /= 4;
	if (batch < 1)
		batch = 1;
	return rounddown_pow_of_two(batch + batch / 2) - 1;
}

int zone_highsize(const struct zone *zone, int batch, int cpu_online)
{
	unsigned long total_pages = low_wmark_pages(zone);
	int nr_split_cpus = nr_cpus_node(zone->node) + cpu_online;
	int high;

	if (!nr_split_cpus)
		nr_split_cpus = nr_cpu_ids;
	high = total_pages / nr_split_cpus;
	return max(high, batch << 2);
}

static void zone_set_pageset_high_and_batch(struct zone *zone,
					    int cpu_online)
{
	int new_batch = max(1, zone_batchsize(zone));
	int new_high = zone_highsize(zone, new_batch, cpu_online);
	int cpu;

	zone->pageset_high = new_high;
	zone->pageset_batch = new_batch;
	for_each_possible_cpu(cpu) {
		zone->per_cpu_pageset[cpu].high = new_high;
		zone->per_cpu_pageset[cpu].batch = new_batch;
	}
}

void zone_pcp_update(struct zone *zone, int cpu_online)
{
	zone_set_pageset_high_and_batch(zone, cpu_online);
}

static void zone_pcp_init(struct zone *zone)
{
	int cpu, i;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

		pcp->count = 0;
		pcp->high = 0;
		pcp->batch = 1;
		pcp->free_factor = 0;
		for (i = 0; i < NR_PCP_LISTS; i++)
			INIT_LIST_HEAD(&pcp->lists[i]);
	}
	zone->pageset_high = 0;
	zone->pageset_batch = 1;
}

void setup_per_cpu_pageset(void)
{
	struct zone *zone;

	for_each_zone(zone)
		zone_set_pageset_high_and_batch(zone, 0);
}

void zones_init_pagesets(void)
{
	struct zone *zone;

	for_each_zone(zone)
		zone_pcp_init(zone);
}

static int rmqueue_bulk(struct zone *zone, unsigned int order,
			unsigned long count, struct list_head *list,
			int migratetype)
{
	unsigned long i;

	for (i = 0; i < count; i++) {
		struct page *page = __rmqueue(zone, order, migratetype);

		if (!page)
			break;
		set_pcppage_migratetype(page, migratetype);
		list_add_tail(&page->lru, list);
	}
	__mod_zone_page_state(zone, NR_FREE_PAGES, -(long)(i << order));
	return i;
}

struct page *__rmqueue_pcplist(struct zone *zone, unsigned int order,
			       int migratetype, struct per_cpu_pages *pcp)
{
	struct list_head *list = &pcp->lists[order_to_pindex(migratetype,
							     order)];
	struct page *page;

	if (list_empty(list)) {
		int batch = pcp->batch;

		if (batch > 1)
			batch = max(batch >> order, 2);
		pcp->count += rmqueue_bulk(zone, order, batch, list,
					   migratetype) << order;
		if (list_empty(list))
			return NULL;
	}
	page = list_entry(list->next, struct page, lru);
	list_del(&page->lru);
	pcp->count -= 1 << order;
	pcp->free_factor >>= 1;
	return page;
}

static void free_pcppages_bulk(struct zone *zone, int count,
			       struct per_cpu_pages *pcp, int pindex)
{
	count = min(pcp->count, count);
	pindex = pindex - 1;
	while (count > 0) {
		struct list_head *list;
		int order;

		do {
			if (++pindex >= NR_PCP_LISTS)
				pindex = 0;
			list = &pcp->lists[pindex];
		} while (list_empty(list));
		order = pindex_to_order(pindex);
		do {
			struct page *page = list_entry(list->prev,
						       struct page, lru);

			list_del(&page->lru);
			count -= 1 << order;
			pcp->count -= 1 << order;
			__free_one_page(page, page_to_pfn(page), zone, order,
					get_pcppage_migratetype(page));
		} while (count > 0 && !list_empty(list));
	}
}

static int nr_pcp_free(struct per_cpu_pages *pcp, int high, int batch)
{
	int min_nr_free, max_nr_free;

	if (high < batch)
		return 1;
	min_nr_free = batch;
	max_nr_free = high - batch;
	batch <<= pcp->free_factor;
	if (batch < max_nr_free && pcp->free_factor < PCP_BATCH_SCALE_MAX)
		pcp->free_factor++;
	return min(max(batch, min_nr_free), max_nr_free);
}

static void free_unref_page_commit(struct zone *zone,
				   struct per_cpu_pages *pcp,
				   struct page *page, int migratetype,
				   unsigned int order)
{
	int pindex = order_to_pindex(migratetype, order);

	list_add(&page->lru, &pcp->lists[pindex]);
	pcp->count += 1 << order;
	if (pcp->count >= pcp->high)
		free_pcppages_bulk(zone, nr_pcp_free(pcp, pcp->high,
						     pcp->batch), pcp, pindex);
}

void free_unref_page(struct page *page, unsigned int order)
{
	struct zone *zone = page_zone(page);
	int migratetype = get_pageblock_migratetype(page);

	set_pcppage_migratetype(page, migratetype);
	if (migratetype == MIGRATE_ISOLATE) {
		__free_one_page(page, page_to_pfn(page), zone, order,
				migratetype);
		return;
	}
	if (migratetype >= MIGRATE_PCPTYPES)
		migratetype = MIGRATE_MOVABLE;
	free_unref_page_commit(zone,
			       &zone->per_cpu_pageset[smp_processor_id()],
			       page, migratetype, order);
}

static void drain_pages_zone(unsigned int cpu, struct zone *zone)
{
	struct per_cpu_pages *pcp = &zone->per_cpu_pageset[cpu];

	if (pcp->count)
		free_pcppages_bulk(zone, pcp->count, pcp, 0);
}

void drain_all_pages(struct zone *zone)
{
	struct zone *z;
	int cpu;

	for_each_possible_cpu(cpu) {
		if (zone)
			drain_pages_zone(cpu, zone);
		else
			for_each_zone(z)
				drain_pages_zone(cpu, z);
	}
}
