/* mm/mm_init.c: from memblock to initialised page frames. */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>


unsigned long totalreserve_bootmem, nr_memmap_pages;

void __init_single_page(struct page *page, unsigned long pfn,
			unsigned int zone, int nid)
{
	memset(page, 0, sizeof(*page));
	set_page_links(page, zone, nid, pfn);
	atomic_set(&page->_refcount, 1);
	atomic_set(&page->_mapcount, -1);
	INIT_LIST_HEAD(&page->lru);
}

void memmap_init(void)
{
	unsigned long nr, pfn;

	nr_memmap_pages = 0;
	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		unsigned long start = section_nr_to_pfn(nr);

		if (!valid_section(ms))
			continue;
		for (pfn = start; pfn < start + PAGES_PER_SECTION; pfn++) {
			struct page *page = pfn_to_page(pfn);

			__init_single_page(page, pfn, 0, memmap_nid(nr));
			if (!memblock_is_memory(PFN_PHYS(pfn)))
				SetPageReserved(page);
		}
		nr_memmap_pages += PAGES_PER_SECTION;
	}
}

int memmap_nid(unsigned long nr)
{
	phys_addr_t start = PFN_PHYS(section_nr_to_pfn(nr));
	phys_addr_t end = start + (PAGES_PER_SECTION << PAGE_SHIFT);
	unsigned long i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		if (r->base < end && r->base + r->size > start)
			return early_region_nid(r);
	}
	return 0;
}

void reserve_bootmem_region(phys_addr_t start, phys_addr_t end)
{
	unsigned long pfn;

	for (pfn = PFN_DOWN(start); pfn < PFN_UP(end); pfn++) {
		if (!pfn_valid(pfn) || !memblock_is_memory(PFN_PHYS(pfn)))
			continue;
		SetPageReserved(pfn_to_page(pfn));
		totalreserve_bootmem++;
	}
}

void memmap_init_reserved_pages(void)
{
	unsigned long i;

	totalreserve_bootmem = 0;
	for (i = 0; i < memblock.reserved.cnt; i++) {
		const struct memblock_region *r = &memblock.reserved.regions[i];

		reserve_bootmem_region(r->base, r->base + r->size);
	}
}

void paging_init(void)
{

	sparse_init();

	memmap_init();
	memmap_init_reserved_pages();

	pr_info("mem_map: %lu page frames, %lu reserved\n", nr_memmap_pages,
		totalreserve_bootmem);
}
