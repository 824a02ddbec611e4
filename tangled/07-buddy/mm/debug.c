/* mm/debug.c: printing a struct page the way Linux's dump_page does. */
#include <linux/kernel.h>
#include <linux/mm.h>


void dump_page(const struct page *page, const char *reason)
{
	pr_info("page:%px refcount:%d mapcount:%d mapping:%px index:0x%lx "
		"pfn:0x%lx\n", (void *)page, atomic_read(&page->_refcount),
		atomic_read(&page->_mapcount) + 1, (void *)page->mapping,
		page->index, page_to_pfn(page));
	pr_info("flags: 0x%lx(section=%lu|node=%d|zone=%u)\n", page->flags,
		page_to_section(page), page_to_nid(page), page_zonenum(page));
	if (reason)
		pr_info("page dumped because: %s\n", reason);
}
