#ifndef _LINUX_PAGE_REF_H
#define _LINUX_PAGE_REF_H
/* The users of a page (_refcount) and its mappings (_mapcount). */
#include <linux/mm_types.h>

static inline int page_ref_count(const struct page *page)
{
	return atomic_read(&page->_refcount);
}

static inline int page_count(const struct page *page)
{
	return page_ref_count(page);
}

static inline void get_page(struct page *page)
{
	atomic_inc_return(&page->_refcount);
}

void put_page(struct page *page);

static inline int page_mapcount(const struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}
#endif
