/* mm/bad_page.c: what the page allocator checks of its callers. */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/mmdebug.h>
#include <linux/sched.h>

static unsigned long nr_reports;

unsigned long nr_bad_page_reports(void)
{
	return nr_reports;
}

void count_bad_page_report(void)
{
	nr_reports++;
}

static bool bad_page_ratelimit(void)
{
	static unsigned long nr_shown, nr_unshown;

	if (nr_shown < 60) {
		nr_shown++;
		return true;
	}
	if (nr_unshown < 59) {
		nr_unshown++;
		return false;
	}
	printk(KERN_ALERT "BUG: Bad page state: %lu messages suppressed\n",
	       nr_unshown);
	nr_unshown = 0;
	return true;
}

static void report_bad_page(struct page *page, const char *reason)
{
	nr_reports++;
	if (bad_page_ratelimit()) {
		printk(KERN_ALERT "BUG: Bad page state in process %s  "
		       "pfn:%05lx\n", current->comm, page_to_pfn(page));
		dump_page(page, reason);
		print_modules();
		dump_stack();
	}
	add_taint(TAINT_BAD_PAGE);
}

static void bad_page(struct page *page, const char *reason)
{
	report_bad_page(page, reason);
	atomic_set(&page->_mapcount, -1);	/* no stray PG_buddy */
}

#define PAGE_FLAGS_CHECK_AT_FREE					\
	(1UL << PG_lru | 1UL << PG_locked | 1UL << PG_private |		\
	 1UL << PG_private_2 | 1UL << PG_writeback | 1UL << PG_reserved | \
	 1UL << PG_slab | 1UL << PG_active | 1UL << PG_unevictable |	\
	 1UL << PG_mlocked)
#define PAGE_FLAGS_CHECK_AT_PREP	((1UL << __NR_PAGEFLAGS) - 1)

static bool page_expected_state(const struct page *page,
				unsigned long check_flags)
{
	return atomic_read(&page->_mapcount) == -1 && !page->mapping &&
	       atomic_read(&page->_refcount) == 0 &&
	       !(page->flags & check_flags);
}

static const char *page_bad_reason(const struct page *page,
				   unsigned long flags)
{
	const char *reason = NULL;

	if (atomic_read(&page->_mapcount) != -1)
		reason = "nonzero mapcount";
	if (page->mapping)
		reason = "non-NULL mapping";
	if (atomic_read(&page->_refcount) != 0)
		reason = "nonzero _refcount";
	if (page->flags & flags)
		reason = flags == PAGE_FLAGS_CHECK_AT_PREP ?
			 "PAGE_FLAGS_CHECK_AT_PREP flag(s) set" :
			 "PAGE_FLAGS_CHECK_AT_FREE flag(s) set";
	return reason;
}

static bool check_free_page(struct page *page)
{
	if (page_expected_state(page, PAGE_FLAGS_CHECK_AT_FREE))
		return false;
	bad_page(page, page_bad_reason(page, PAGE_FLAGS_CHECK_AT_FREE));
	return true;
}

#ifdef CONFIG_DEBUG_VM
static void set_compound_order(struct page *page, unsigned int order)
{
	SetPageHead(page);
	page[1].compound_order = order;
}
#endif

bool free_pages_prepare(struct page *page, unsigned int order)
{
	unsigned long i;
	int bad = 0;

#ifdef CONFIG_DEBUG_VM
	if (compound_order(page) != order) {
		report_bad_page(page,
			"VM_BUG_ON_PAGE(compound_order(page) != order)");
		return false;
	}
#endif
	for (i = 1; i < 1UL << order; i++) {
		if (check_free_page(page + i)) {
			bad++;
			continue;
		}
		page[i].flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
	}
	bad += check_free_page(page);
	if (bad)
		return false;
	page->flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
	kernel_poison_pages(page, 1 << order);
	return true;
}

void free_pages_core_prepare(struct page *page, unsigned int order)
{
	unsigned long i;

	for (i = 1; i < 1UL << order; i++)
		atomic_set(&page[i]._refcount, 0);
#ifdef CONFIG_DEBUG_VM
	if (order)
		set_compound_order(page, order);
#endif
}

bool free_page_refcount_bad(struct page *page)
{
#ifdef CONFIG_DEBUG_VM
	if (atomic_read(&page->_refcount) != 0)
		return false;
	report_bad_page(page, "VM_BUG_ON_PAGE(page_ref_count(page) == 0)");
	return true;
#else
	return false;
#endif
}

bool check_new_pages(struct page *page, unsigned int order)
{
#ifdef CONFIG_DEBUG_VM
	unsigned long i;

	for (i = 0; i < 1UL << order; i++) {
		if (page_expected_state(page + i, PAGE_FLAGS_CHECK_AT_PREP))
			continue;
		bad_page(page + i, page_bad_reason(page + i,
					PAGE_FLAGS_CHECK_AT_PREP));
		return true;
	}
#endif
	return false;
}

void post_alloc_hook(struct page *page, unsigned int order)
{
	kernel_unpoison_pages(page, 1 << order);
#ifdef CONFIG_DEBUG_VM
	if (order)
		set_compound_order(page, order);
#endif
}

#ifdef CONFIG_DEBUG_VM
static const char *page_pointer_bad_reason(const struct page *page)
{
	uintptr_t p = (uintptr_t)page, map;
	unsigned long nr;

	for (nr = 0; nr <= pfn_to_section_nr(max_pfn - 1); nr++) {
		const struct mem_section *ms = __nr_to_section(nr);

		if (!valid_section(ms))
			continue;
		map = (uintptr_t)(__section_mem_map_addr(ms) +
				  section_nr_to_pfn(nr));
		if (p - map < PAGES_PER_SECTION * sizeof(struct page))
			return (p - map) % sizeof(struct page) ?
			       "not on a struct page boundary" : NULL;
	}
	return "outside every section's memory map";
}
#endif

bool free_page_pointer_bad(const struct page *page)
{
#ifdef CONFIG_DEBUG_VM
	const char *reason = page_pointer_bad_reason(page);

	if (!reason)
		return false;
	nr_reports++;
	if (bad_page_ratelimit()) {
		printk(KERN_ALERT "BUG: Bad page pointer in process %s  "
		       "page:%px\n", current->comm, page);
		pr_warn("page pointer is %s\n", reason);
		print_modules();
		dump_stack();
	}
	add_taint(TAINT_BAD_PAGE);
	return true;
#else
	return false;
#endif
}
