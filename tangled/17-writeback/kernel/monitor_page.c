/* kernel/monitor_page.c: struct page, and the memory sections. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/kstrtox.h>
#include <linux/memblock.h>
#include <linux/mm.h>

static void cmd_page(int argc, char **argv)
{
	unsigned long pfn;

	if (argc != 2 || kstrtoul(argv[1], 0, &pfn)) {
		monitor_printf("usage: page PFN\n");
		return;
	}
	if (!pfn_valid(pfn)) {
		monitor_printf("pfn %#lx has no struct page\n", pfn);
		return;
	}
	dump_page(pfn_to_page(pfn), NULL);
}

static void cmd_sections(int argc, char **argv)
{
	unsigned long nr;

	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		unsigned long pfn = section_nr_to_pfn(nr);

		if (!valid_section(ms))
			continue;
		monitor_printf("section %3lu: pfn 0x%06lx-0x%06lx node %d "
			       "mem_map %px\n", nr, pfn,
			       pfn + PAGES_PER_SECTION - 1, memmap_nid(nr),
			       (void *)pfn_to_page(pfn));
	}
}

const struct monitor_command monitor_page_commands[] = {
	{ "page", "page PFN          dump the struct page of a page frame",
	  cmd_page },
	{ "sections", "sections          list the memory sections and their maps",
	  cmd_sections },
	{ }
};
