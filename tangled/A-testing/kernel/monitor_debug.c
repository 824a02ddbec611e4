/* kernel/monitor_debug.c: the page allocator's checks, on demand. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/mm.h>
#include <linux/monitor.h>
#include <linux/string.h>
#include <linux/mmcheck.h>
#include <linux/mmdebug.h>
#include <linux/poison.h>

static void cmd_mmcheck(int argc, char **argv)
{
	struct mmcheck_slab_counts slabs;
	unsigned long problems = 0, n;
	struct mmcheck_counts counts;
	struct zone *zone;

	(void)argc;
	(void)argv;
	for_each_populated_zone(zone) {
		n = mmcheck_zone_counts(zone, MMCHECK_ALLOCATED_UNKNOWN, true,
					&counts);
		monitor_printf("Node %d, zone %8s: free %7lu pcp %5lu "
			       "blocks %6lu problems %lu\n", zone->node,
			       zone->name, counts.free, counts.pcp,
			       counts.blocks, n);
		problems += n;
	}
	n = mmcheck_slab(true, &slabs);
	monitor_printf("slab: caches %lu slabs %lu objects %lu in use %lu "
		       "problems %lu\n", slabs.caches, slabs.slabs,
		       slabs.objects, slabs.inuse, n);
	monitor_printf("mmcheck: %lu problems\n", problems + n);
}

#ifdef CONFIG_DEBUG_VM
#define BADFREE_DEBUG_VM	true
#else
#define BADFREE_DEBUG_VM	false
#endif

static struct page *badfree_take(unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL, order);

	if (!page)
		monitor_printf("badfree: no block of order %u\n", order);
	return page;
}

static void badfree_double(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages(page, 0);
		__free_pages(page, 0);
	}
}

static void badfree_smaller(void)
{
	struct page *page = badfree_take(2);

	if (page)
		__free_pages(page, 0);
}

static void badfree_larger(void)
{
	struct page *page = badfree_take(0);

	if (page)
		__free_pages(page, 1);
}

static void badfree_refcount(void)
{
	struct page *page = badfree_take(1);

	if (page) {
		atomic_set(&page[1]._refcount, 1);
		__free_pages(page, 1);
	}
}

static void badfree_mapping(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		page->mapping = (struct address_space *)page;
		__free_pages(page, 0);
	}
}

static void badfree_mapcount(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		atomic_set(&page->_mapcount, 0);
		__free_pages(page, 0);
	}
}

static void badfree_flags(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		SetPageLRU(page);
		__free_pages(page, 0);
	}
}

static void badfree_virt(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages((struct page *)page_address(page), 0);
		__free_pages(page, 0);
	}
}

static void badfree_misaligned(void)
{
	struct page *page = badfree_take(0);

	if (page) {
		__free_pages((struct page *)((char *)page + 8), 0);
		__free_pages(page, 0);
	}
}

static void badfree_write_after_free(bool one_bit)
{
	struct page *page = badfree_take(0), *again;
	unsigned char *mem;

	if (!page)
		return;
	mem = page_address(page);
	__free_pages(page, 0);
	if (one_bit)
		mem[0x40] ^= 0x08;
	else
		memcpy(mem + 0x40, "stale", 5);
	again = alloc_pages(GFP_KERNEL, 0);
	monitor_printf("badfree: pfn %lx written after its free, handed out "
		       "again as pfn %lx\n", page_to_pfn(page),
		       again ? page_to_pfn(again) : 0);
	if (again)
		__free_pages(again, 0);
}

static void badfree_poison(void)
{
	badfree_write_after_free(false);
}

static void badfree_bitflip(void)
{
	badfree_write_after_free(true);
}

static const struct {
	const char *name;
	bool debug_vm;		/* made only under CONFIG_DEBUG_VM */
	bool poison;		/* made only with page_poison=1 */
	void (*make)(void);
} badfree_kinds[] = {
	{ "double", true, false, badfree_double },
	{ "smaller", true, false, badfree_smaller },
	{ "larger", true, false, badfree_larger },
	{ "refcount", false, false, badfree_refcount },
	{ "mapping", false, false, badfree_mapping },
	{ "mapcount", false, false, badfree_mapcount },
	{ "flags", false, false, badfree_flags },
	{ "virt", true, false, badfree_virt },
	{ "misaligned", true, false, badfree_misaligned },
	{ "poison", false, true, badfree_poison },
	{ "bitflip", false, true, badfree_bitflip },
};

static void cmd_badfree(int argc, char **argv)
{
	unsigned long before = nr_bad_page_reports();
	size_t i;

	for (i = 0; argc == 2 && i < ARRAY_SIZE(badfree_kinds); i++)
		if (!strcmp(argv[1], badfree_kinds[i].name))
			break;
	if (argc != 2 || i == ARRAY_SIZE(badfree_kinds)) {
		monitor_printf("usage: badfree KIND, one of:");
		for (i = 0; i < ARRAY_SIZE(badfree_kinds); i++)
			monitor_printf(" %s", badfree_kinds[i].name);
		monitor_printf("\n");
	} else if (badfree_kinds[i].debug_vm && !BADFREE_DEBUG_VM) {
		monitor_printf("badfree: %s is caught only with "
			       "CONFIG_DEBUG_VM\n", argv[1]);
	} else if (badfree_kinds[i].poison && !page_poisoning_enabled()) {
		monitor_printf("badfree: %s is caught only with "
			       "page_poison=1\n", argv[1]);
	} else {
		badfree_kinds[i].make();
		monitor_printf("badfree %s: %lu report(s)\n", argv[1],
			       nr_bad_page_reports() - before);
	}
}

static void cmd_stress(int argc, char **argv)
{
	unsigned long ops = 2000, seed = 1, every = 0;
	struct mm_stress r;

	if (argc > 4 || (argc > 1 && kstrtoul(argv[1], 0, &ops)) ||
	    (argc > 2 && kstrtoul(argv[2], 0, &seed)) ||
	    (argc > 3 && kstrtoul(argv[3], 0, &every))) {
		monitor_printf("usage: stress [OPS [SEED [EVERY]]]\n");
		return;
	}
	mm_stress_sample_every = every;
	mm_stress(ops, seed, &r);
	mm_stress_sample_every = 0;
	mm_stress_print(&r);
}

const struct monitor_command monitor_debug_commands[] = {
	{ "mmcheck", "mmcheck           check the page allocator's invariants",
	  cmd_mmcheck },
	{ "badfree", "badfree KIND      free a page wrongly, on purpose",
	  cmd_badfree },
	{ "stress",
	  "stress [OPS [SEED [EVERY]]] random requests at the watermarks' edge",
	  cmd_stress },
	{ }
};
