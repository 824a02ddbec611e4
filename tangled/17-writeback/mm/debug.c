/* mm/debug.c: printing a struct page the way Linux's dump_page does. */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/mm_internal.h>

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

/* Chapter 8: the GFP flags by name, for %pGg. */
#define gfpflag_string(flag)	{ (unsigned long)(flag), #flag }

const struct trace_print_flags gfpflag_names[] = {
	gfpflag_string(GFP_TRANSHUGE),
	gfpflag_string(GFP_TRANSHUGE_LIGHT),
	gfpflag_string(GFP_HIGHUSER_MOVABLE),
	gfpflag_string(GFP_HIGHUSER),
	gfpflag_string(GFP_USER),
	gfpflag_string(GFP_KERNEL_ACCOUNT),
	gfpflag_string(GFP_KERNEL),
	gfpflag_string(GFP_NOFS),
	gfpflag_string(GFP_ATOMIC),
	gfpflag_string(GFP_NOIO),
	gfpflag_string(GFP_NOWAIT),
	gfpflag_string(GFP_DMA),
	gfpflag_string(__GFP_HIGHMEM),
	gfpflag_string(GFP_DMA32),
	gfpflag_string(__GFP_HIGH),
	gfpflag_string(__GFP_ATOMIC),
	gfpflag_string(__GFP_IO),
	gfpflag_string(__GFP_FS),
	gfpflag_string(__GFP_NOWARN),
	gfpflag_string(__GFP_RETRY_MAYFAIL),
	gfpflag_string(__GFP_NOFAIL),
	gfpflag_string(__GFP_NORETRY),
	gfpflag_string(__GFP_COMP),
	gfpflag_string(__GFP_ZERO),
	gfpflag_string(__GFP_NOMEMALLOC),
	gfpflag_string(__GFP_MEMALLOC),
	gfpflag_string(__GFP_HARDWALL),
	gfpflag_string(__GFP_THISNODE),
	gfpflag_string(__GFP_RECLAIMABLE),
	gfpflag_string(__GFP_MOVABLE),
	gfpflag_string(__GFP_ACCOUNT),
	gfpflag_string(__GFP_WRITE),
	gfpflag_string(__GFP_RECLAIM),
	gfpflag_string(__GFP_DIRECT_RECLAIM),
	gfpflag_string(__GFP_KSWAPD_RECLAIM),
	gfpflag_string(__GFP_ZEROTAGS),
	{ 0, NULL }
};
