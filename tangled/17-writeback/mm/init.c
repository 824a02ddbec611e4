/* mm/init.c: the kernel's page tables: the direct map, and their cost. */
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <linux/string.h>

pgd_t *swapper_pg_dir;
bool direct_gbpages;
unsigned long max_pfn_mapped;
unsigned long direct_pages_count[PG_LEVEL_NUM];

static void map_direct_range(phys_addr_t start, phys_addr_t end)
{
	unsigned int shift = direct_gbpages ? PUD_SHIFT : PMD_SHIFT;
	int err;

	pr_info("init_memory_mapping: [mem 0x%08llx-0x%08llx]\n",
		(unsigned long long)start, (unsigned long long)end - 1);
	err = vmap_range(swapper_pg_dir, PAGE_OFFSET + start,
			 PAGE_OFFSET + end, start, PAGE_KERNEL, shift);
	if (err)
		panic("init_memory_mapping: error %d mapping %#llx-%#llx",
		      err, (unsigned long long)start, (unsigned long long)end);
	if (end >> PAGE_SHIFT > max_pfn_mapped)
		max_pfn_mapped = end >> PAGE_SHIFT;
}

struct pgtable_census {
	unsigned long tables[4];	/* pgd, pud, pmd, pte tables */
	unsigned long leaves[PG_LEVEL_NUM];	/* in the direct map */
};

static void census_table(const unsigned long *table, unsigned int depth,
			 unsigned long base, struct pgtable_census *c)
{
	static const unsigned int shift[] = { 39, 30, 21, 12 };
	unsigned int i;

	c->tables[depth]++;
	for (i = 0; i < PTRS_PER_PTE; i++) {
		unsigned long e = table[i];
		unsigned long addr = base + ((unsigned long)i << shift[depth]);

		if (depth == 0 && i >= PTRS_PER_PGD / 2)
			addr |= ~0UL << (__VIRTUAL_MASK_SHIFT + 1);
		if (!(e & _PAGE_PRESENT))
			continue;
		if (depth < 3 && (depth == 0 || !(e & _PAGE_PSE))) {
			census_table(__va(e & PTE_PFN_MASK), depth + 1, addr, c);
			continue;
		}
		if (addr >= PAGE_OFFSET && addr - PAGE_OFFSET < DIRECT_MAP_SIZE)
			c->leaves[PG_LEVEL_4K + 3 - depth]++;
	}
}

static void take_census(struct pgtable_census *c)
{
	memset(c, 0, sizeof(*c));
	census_table((const unsigned long *)swapper_pg_dir, 0, 0, c);
}

static void count_direct_pages(void)
{
	struct pgtable_census c;

	take_census(&c);
	memcpy(direct_pages_count, c.leaves, sizeof(c.leaves));
}

void init_mem_mapping(void)
{
	const struct e820_table *t = &boot_info.e820_table;
	u32 i;

	swapper_pg_dir = alloc_low_page();
	max_pfn_mapped = 0;
	map_direct_range(0, ISA_END_ADDRESS);
	for (i = 0; i < t->nr_entries; i++) {
		const struct e820_entry *e = &t->entries[i];
		phys_addr_t start = PAGE_ALIGN(e->addr);
		phys_addr_t end = (e->addr + e->size) & PAGE_MASK;

		if (start < ISA_END_ADDRESS)
			start = ISA_END_ADDRESS;
		if (end > DIRECT_MAP_SIZE)
			end = DIRECT_MAP_SIZE;
		if (e->type == E820_TYPE_RAM && start < end)
			map_direct_range(start, end);
	}
	count_direct_pages();
}

static void vm_size(char *buf, size_t len, unsigned long size)
{
	static const char *const unit = "kMGT";
	int u;

	if (size > (1UL << 62)) {
		scnprintf(buf, len, "~16M TB");
		return;
	}
	for (u = 3; u > 0; u--) {
		unsigned long one = 1UL << (10 * (u + 1));

		if (size % one == 0 ||
		    (u == 3 && size * 2 % one == 0 && size * 2 >= one))
			break;
	}
	{
		unsigned long one = 1UL << (10 * (u + 1));

		if (size % one)
			scnprintf(buf, len, "%lu.5 %cB", size / one, unit[u]);
		else
			scnprintf(buf, len, "%lu %cB", size / one, unit[u]);
	}
}

static const struct vm_area_line {
	unsigned long start, end;
	const char *what;
} vm_layout[] = {
	{ 0, 0x00007fffffffffff, "user-space virtual memory" },
	{ 0x0000800000000000, 0xffff7fffffffffff, "non-canonical hole" },
	{ 0xffff800000000000, 0xffff887fffffffff,
	  "guard hole, LDT remap (unused)" },
	{ PAGE_OFFSET, PAGE_OFFSET + DIRECT_MAP_SIZE - 1,
	  "direct mapping of all physical memory" },
	{ 0xffffc88000000000, VMALLOC_START - 1, "unused hole" },
	{ VMALLOC_START, VMALLOC_END, "vmalloc/ioremap space" },
	{ VMALLOC_END + 1, VMEMMAP_START - 1, "unused hole" },
	{ VMEMMAP_START, VMEMMAP_START + (1UL << 40) - 1,
	  "virtual memory map (vmemmap)" },
	{ VMEMMAP_START + (1UL << 40), 0xfffffeffffffffff,
	  "unused (KASAN, cpu_entry_area)" },
	{ 0xffffff0000000000, __START_KERNEL_map - 1, "unused (ESPfix, EFI)" },
	{ __START_KERNEL_map, MODULES_VADDR - 1, "kernel text, mapped to phys 0" },
	{ MODULES_VADDR, MODULES_END - 1, "module mapping space" },
	{ MODULES_END, ~0UL, "unused (fixmap, vsyscall)" },
};

static void print_vm_areas(void)
{
	char size[16];
	size_t i;

	pr_info("Virtual memory map, 4-level page tables:\n");
	pr_info("Start addr       End addr            Size  "
		"VM area description\n");
	for (i = 0; i < ARRAY_SIZE(vm_layout); i++) {
		vm_size(size, sizeof(size),
			vm_layout[i].end - vm_layout[i].start + 1);
		pr_info("%016lx-%016lx %7s  %s\n", vm_layout[i].start,
			vm_layout[i].end, size, vm_layout[i].what);
	}
}

void print_vm_layout(void)
{
	struct pgtable_census c;
	unsigned long pages;

	print_vm_areas();
	take_census(&c);
	pr_info("DirectMap4k:    %8lu kB\n", c.leaves[PG_LEVEL_4K] << 2);
	pr_info("DirectMap2M:    %8lu kB\n", c.leaves[PG_LEVEL_2M] << 11);
	if (direct_gbpages)
		pr_info("DirectMap1G:    %8lu kB\n",
			c.leaves[PG_LEVEL_1G] << 20);
	pages = c.tables[0] + c.tables[1] + c.tables[2] + c.tables[3];
	pr_info("Kernel page tables: %lu pages, %lu KiB (pgd %lu, pud %lu, "
		"pmd %lu, pte %lu)\n", pages, pages * 4, c.tables[0],
		c.tables[1], c.tables[2], c.tables[3]);
	pages = 1UL << (48 - PAGE_SHIFT);
	pr_info("A flat table for the 48-bit address space: %lu GiB\n",
		pages * sizeof(pte_t) / (1UL << 30));
}
