/* kernel/monitor_kmalloc.c: kmalloc's sizes and kfree's mistakes. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../mm/slab.h"

static void show_block(const char *what, const void *p)
{
	struct page *page;
	char from[24];

	if (ZERO_OR_NULL_PTR(p)) {
		monitor_printf("%-24s %s\n", what,
			       p ? "ZERO_SIZE_PTR" : "NULL");
		return;
	}
	page = compound_head(virt_to_page(p));
	if (PageSlab(page))
		scnprintf(from, sizeof(from), "%s",
			  virt_to_slab(p)->slab_cache->name);
	else
		scnprintf(from, sizeof(from), "pages, order %u",
			  compound_order(page));
	monitor_printf("%-24s %-16s ksize %6zu  %s\n", what, from, ksize(p),
		       zone_names[page_zonenum(page)]);
}

static void cmd_kmalloc(int argc, char **argv)
{
	static const size_t sizes[] = {
		0, 1, 8, 9, 24, 33, 65, 96, 97, 129, 192, 193, 700, 1024,
		1025, 4096, 8192, 8193, 20000, 100000,
	};
	char what[32], *p, *q;
	unsigned int i;

	(void)argc;
	(void)argv;
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		scnprintf(what, sizeof(what), "kmalloc(%zu)", sizes[i]);
		p = kmalloc(sizes[i], GFP_KERNEL);
		show_block(what, p);
		kfree(p);
	}
	p = kmalloc(64, GFP_KERNEL | __GFP_RECLAIMABLE);
	show_block("__GFP_RECLAIMABLE, 64", p);
	kfree(p);
	p = kmalloc(64, GFP_KERNEL | GFP_DMA);
	show_block("GFP_DMA, 64", p);
	kfree(p);
	p = kmalloc(20000, GFP_KERNEL | GFP_DMA);
	show_block("GFP_DMA, 20000", p);
	kfree(p);
	show_block("kcalloc(2^62, 4)", kcalloc(1UL << 62, 4, GFP_KERNEL));
	p = kmalloc(70, GFP_KERNEL);
	show_block("kmalloc(70)", p);
	q = krealloc(p, 96, GFP_KERNEL);
	monitor_printf("krealloc to 96:  %s\n", q == p ? "same block" : "moved");
	p = krealloc(q, 97, GFP_KERNEL);
	monitor_printf("krealloc to 97:  %s\n", q == p ? "same block" : "moved");
	show_block("krealloc(97)", p);
	kfree(p);
	p = kstrdup("kstrdup copies strings", GFP_KERNEL);
	show_block(p, p);
	kfree(p);
}

static int kfreebug_global;

static void cmd_kfreebug(int argc, char **argv)
{
	int local = 0;
	char *a, *b;

	if (argc != 2) {
		monitor_printf("usage: kfreebug KIND\n");
		return;
	}
	a = kmalloc(64, GFP_KERNEL);
	if (strcmp(argv[1], "middle") == 0) {
		kfree(a + 8);
	} else if (strcmp(argv[1], "double") == 0) {
		kfree(a);
		kfree(a);
	} else if (strcmp(argv[1], "wrong") == 0) {
		kmem_cache_free(kmalloc_caches[KMALLOC_NORMAL][6],
				kmalloc(128, GFP_KERNEL));
	} else if (strcmp(argv[1], "global") == 0) {
		kfree(&kfreebug_global);
	} else if (strcmp(argv[1], "stack") == 0) {
		kfree(&local);
	} else if (strcmp(argv[1], "large") == 0) {
		b = kmalloc(20000, GFP_KERNEL);
		kfree(b + 4096);
		kfree(b);
		kfree(b);
	} else {
		monitor_printf("kfreebug: unknown kind %s\n", argv[1]);
	}
	monitor_printf("after the report, two allocations: %s\n",
		       (a = kmalloc(64, GFP_KERNEL)) !=
		       (b = kmalloc(64, GFP_KERNEL)) ?
		       "different objects" : "THE SAME OBJECT");
}

const struct monitor_command monitor_kmalloc_commands[] = {
	{ "kmalloc", "kmalloc           sizes, caches, ksize, krealloc",
	  cmd_kmalloc },
	{ "kfreebug", "kfreebug KIND     a bad kfree: middle double wrong "
	  "global stack large", cmd_kfreebug },
	{ }
};
