/* mm/truncate.c: pages out of the cache when a file gets shorter. */
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/string.h>

/* Zero bytes [from, to) of a cached page, if the cache has it. */
static void truncate_partial_page(struct address_space *mapping,
				  pgoff_t index, size_t from, size_t to)
{
	struct page *page = find_lock_page(mapping, index);

	if (!page)
		return;
	memset((char *)page_address(page) + from, 0, to - from);
	unlock_page(page);
	put_page(page);
}

/*
 * Drop the pages wholly inside bytes [lstart, lend] (lend -1: to the
 * end) and zero the parts of the pages at either edge, so that the
 * bytes read as zeros if the file grows again.
 */
void truncate_inode_pages_range(struct address_space *mapping,
				loff_t lstart, loff_t lend)
{
	pgoff_t start = (lstart + PAGE_SIZE - 1) >> PAGE_SHIFT;
	pgoff_t end = lend == -1 ? ULONG_MAX :
		      (pgoff_t)(lend + 1) >> PAGE_SHIFT;
	size_t partial_start = lstart & (PAGE_SIZE - 1);
	size_t partial_end = (lend + 1) & (PAGE_SIZE - 1);
	pgoff_t index = start;
	struct page *page;

	if (!mapping->nrpages)
		return;
	if (partial_start) {
		bool same = lend != -1 && start > end;

		truncate_partial_page(mapping, lstart >> PAGE_SHIFT,
				      partial_start,
				      same ? partial_end : PAGE_SIZE);
		if (same)
			return;
	}
	if (lend != -1 && partial_end)
		truncate_partial_page(mapping, end, 0, partial_end);
	while (index < end &&
	       (page = xa_find(&mapping->i_pages, &index, end - 1,
			       XA_PRESENT))) {
		get_page(page);
		lock_page(page);
		if (page->mapping == mapping)
			filemap_remove_folio(page);
		unlock_page(page);
		put_page(page);
		if (index++ == ULONG_MAX)
			break;
	}
}

void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	truncate_inode_pages_range(mapping, lstart, -1);
}

/* The inode is going: every page goes with it. */
void truncate_inode_pages_final(struct address_space *mapping)
{
	truncate_inode_pages(mapping, 0);
}

void truncate_pagecache(struct inode *inode, loff_t newsize)
{
	unmap_mapping_range(inode->i_mapping,
			    (newsize + PAGE_SIZE - 1) & PAGE_MASK, 0, 1);
	truncate_inode_pages(inode->i_mapping, newsize);
}

/* The new size, then the cache cut to it (the file system's setattr). */
void truncate_setsize(struct inode *inode, loff_t newsize)
{
	inode->i_size = newsize;
	truncate_pagecache(inode, newsize);
}

/*
 * Every page of [start, end] out of the cache, unmapped first from the
 * processes that map it; -EBUSY if one stays (dirty again: ext2 has no
 * launder_folio to write it here, as Linux's would).
 */
int invalidate_inode_pages2_range(struct address_space *mapping,
				  pgoff_t start, pgoff_t end)
{
	pgoff_t index = start;
	struct page *page;
	int ret = 0;

	while (index <= end &&
	       (page = xa_find(&mapping->i_pages, &index, end,
			       XA_PRESENT))) {
		get_page(page);
		if (page_mapcount(page))
			unmap_mapping_range(mapping,
					    (loff_t)index << PAGE_SHIFT,
					    PAGE_SIZE, 0);
		lock_page(page);
		if (page->mapping == mapping) {
			wait_on_page_writeback(page);
			if (PageDirty(page) || PagePrivate(page) ||
			    page_mapcount(page))
				ret = -EBUSY;
			else
				filemap_remove_folio(page);
		}
		unlock_page(page);
		put_page(page);
		if (index++ == ULONG_MAX)
			break;
	}
	return ret;
}
