/* kernel/demo.c: show what the kernel has built so far. */
#include <asm/sections.h>
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/start_kernel.h>
#include <asm/desc.h>
#include <linux/fault.h>
#include <linux/pgtable.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/sprintf.h>

static void demo_boot_info(void)
{
	const struct e820_table *map = &boot_info.e820_table;
	u64 ram = 0;
	u32 i;

	for (i = 0; i < map->nr_entries; i++)
		if (map->entries[i].type == E820_TYPE_RAM)
			ram += map->entries[i].size;
	pr_info("demo: boot information flags %#x\n", boot_info.flags);
	pr_info("demo: memory map: %u entries, %llu KiB usable RAM\n",
		map->nr_entries, (unsigned long long)ram / 1024);
	pr_info("demo: %u boot modules\n", boot_info.nr_modules);
	for (i = 0; i < boot_info.nr_modules; i++)
		pr_info("demo:   module %u: %#llx-%#llx %s\n", i,
			(unsigned long long)boot_info.modules[i].start,
			(unsigned long long)boot_info.modules[i].end,
			boot_info.modules[i].cmdline);
}

static void demo_kernel_image(void)
{
	pr_info("demo: kernel code %px-%px\n", _text, _etext);
	pr_info("demo: kernel data %px-%px\n", _etext, _edata);
	pr_info("demo: kernel bss  %px-%px\n", _edata, _end);
	pr_info("demo: kernel image %lu KiB\n",
		(unsigned long)(_end - _text) / 1024);
}

static void demo_printk_formats(void)
{
	pr_info("demo: %-8s [%d] [%5d] [%-5d] [%05d]\n", "%d", -42, 42, 42,
		-42);
	pr_info("demo: %-8s [%x] [%#x] [%X] [%08x]\n", "%x", 48879u,
		48879u, 48879u, 48879u);
	pr_info("demo: %-8s [%llu] [%lld]\n", "%ll", 18446744073709551615ULL,
		-9223372036854775807LL - 1);
	pr_info("demo: %-8s [%s] [%8s] [%-8s] [%.3s]\n", "%s", "page",
		"page", "page", "page");
	pr_info("demo: %-8s [%p] [%c%c]\n", "%p %c", (void *)demo_run,
		'o', 'k');
}


static void demo_walk(const char *what, unsigned long address)
{
	static const char *const size[] = { "-", "4K", "2M", "1G", "512G" };
	unsigned int level;
	pte_t *pte = lookup_address(address, &level);

	if (pte && pte_present(*pte))
		pr_info("demo: %s %016lx: a %s page\n", what, address,
			size[level]);
	else
		pr_info("demo: %s %016lx: not mapped\n", what, address);
	dump_pagetable(address);
}

static void demo_paging(void)
{
	demo_walk("direct map", PAGE_OFFSET + ISA_END_ADDRESS + 0x234);
	demo_walk("kernel code", (unsigned long)demo_run);
	demo_walk("vmalloc area", VMALLOC_START);
}

static void demo_memblock(void)
{
	static const phys_addr_t req[][2] = {
		{ PAGE_SIZE, PAGE_SIZE },
		{ 3 * PAGE_SIZE, PAGE_SIZE },
		{ PAGE_SIZE, 0x10000 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(req); i++) {
		phys_addr_t p = memblock_phys_alloc(req[i][0], req[i][1]);

		pr_info("demo: memblock_phys_alloc(%#lx, %#lx) = %#lx\n",
			req[i][0], req[i][1], p);
	}
	__memblock_dump_all();
}

static void demo_page_frames(void)
{
	phys_addr_t free = memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE);

	dump_page(pfn_to_page(0), "page 0");
	dump_page(virt_to_page(pfn_to_page(0)), "the memory map");
	memblock_phys_free(free, PAGE_SIZE);
	dump_page(pfn_to_page(PFN_DOWN(free)), "a free page");
}

static void demo_show_free(const char *when)
{
	char line[128];
	int j, o, n;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		const struct zone *z = &NODE_DATA(0)->node_zones[j];

		if (!populated_zone(z))
			continue;
		n = 0;
		for (o = 0; o < MAX_ORDER; o++)
			n += scnprintf(line + n, sizeof(line) - n, " %lu",
				       z->free_area[o].nr_free);
		pr_info("demo: %-10s %-5s%s\n", when, z->name, line);
	}
}

static void demo_buddy(void)
{
	struct list_head taken;
	struct page *page, *next;
	unsigned long n = 0;
	gfp_t gfp = __GFP_MEMALLOC;

	drain_all_pages(NULL);
	INIT_LIST_HEAD(&taken);
	demo_show_free("before");
	while ((page = alloc_pages(gfp, 0)) != NULL) {
		list_add_tail(&page->lru, &taken);
		n++;
	}
	pr_info("demo: took %lu pages; giving back every other one\n", n);
	page = list_entry(taken.next, struct page, lru);
	for (n = 0; &page->lru != &taken; n++, page = next) {
		next = list_entry(page->lru.next, struct page, lru);
		if (n % 2 == 0) {
			list_del(&page->lru);
			__free_pages(page, 0);
		}
	}
	pr_info("demo: %lu pages free\n", nr_free_pages());
	demo_show_free("fragmented");
	page = alloc_pages(0, 1);
	if (page)
		__free_pages(page, 1);
	else
		pr_info("demo: no order-1 block\n");
	while (!list_empty(&taken)) {
		page = list_entry(taken.next, struct page, lru);
		list_del(&page->lru);
		__free_pages(page, 0);
	}
	drain_all_pages(NULL);
	demo_show_free("after");
}

void demo_run(void)
{
	demo_boot_info();
	demo_kernel_image();
	demo_printk_formats();
	demo_exceptions();
	demo_paging();
	demo_memblock();
	demo_page_frames();
	demo_buddy();
}
