/* mm/sparse.c: the memory map, one array of struct page per section. */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <linux/string.h>

struct mem_section *mem_section[NR_SECTION_ROOTS];
unsigned long nr_present_sections;

static void sparse_index_init(unsigned long nr, int nid)
{
	unsigned long root = nr / SECTIONS_PER_ROOT;

	if (mem_section[root])
		return;
	mem_section[root] = memblock_alloc_try_nid(PAGE_SIZE, PAGE_SIZE, 0,
						   MEMBLOCK_ALLOC_ACCESSIBLE,
						   nid);
	if (!mem_section[root])
		panic("sparse: no memory for the sections of root %lu", root);
}

static void memory_present(int nid, unsigned long start, unsigned long end)
{
	unsigned long pfn;

	for (pfn = start & PAGE_SECTION_MASK; pfn < end;
	     pfn += PAGES_PER_SECTION) {
		unsigned long nr = pfn_to_section_nr(pfn);
		struct mem_section *ms;

		sparse_index_init(nr, nid);
		ms = __nr_to_section(nr);
		if (present_section(ms))
			continue;
		ms->section_mem_map = (unsigned long)nid << SECTION_NID_SHIFT;
		ms->section_mem_map |= SECTION_MARKED_PRESENT;
		nr_present_sections++;
	}
}

int early_region_nid(const struct memblock_region *r)
{
	return r->nid == MAX_NUMNODES ? 0 : r->nid;
}

static void memblocks_present(void)
{
	unsigned long i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		memory_present(early_region_nid(r), PFN_DOWN(r->base),
			       PFN_DOWN(r->base + r->size));
	}
}

static unsigned long sparse_encode_mem_map(struct page *map,
					   unsigned long nr)
{
	return (unsigned long)(map - section_nr_to_pfn(nr));
}

static void sparse_init_section(unsigned long nr)
{
	struct mem_section *ms = __nr_to_section(nr);
	int nid = ms->section_mem_map >> SECTION_NID_SHIFT;
	phys_addr_t size = PAGES_PER_SECTION * sizeof(struct page);
	phys_addr_t phys = memblock_alloc_range_nid(size, PAGE_SIZE, 0,
						    memblock.current_limit,
						    nid);

	if (!phys)
		panic("sparse: no memory for the map of section %lu", nr);
	ms->section_mem_map = sparse_encode_mem_map(__va(phys), nr) |
			      SECTION_MARKED_PRESENT | SECTION_HAS_MEM_MAP;
}

void sparse_init(void)
{
	unsigned long nr;

	memset(mem_section, 0, sizeof(mem_section));	/* see below */
	nr_present_sections = 0;
	memblocks_present();
	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++)
		if (present_section(__nr_to_section(nr)))
			sparse_init_section(nr);
	pr_info("sparse: %lu sections of %lu MiB present, memory map %lu "
		"KiB\n", nr_present_sections,
		PAGES_PER_SECTION >> (20 - PAGE_SHIFT),
		nr_present_sections * PAGES_PER_SECTION *
		sizeof(struct page) >> 10);
}
