/*
 * mm/readahead.c: reading a file's pages before they are asked for
 * (Linux's on-demand readahead, with a window of fixed size).
 */
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>

/* A file system with no device under it reads nothing ahead. */
struct backing_dev_info noop_backing_dev_info;

void file_ra_state_init(struct file_ra_state *ra,
			struct address_space *mapping)
{
	ra->ra_pages = inode_to_bdi(mapping->host)->ra_pages;
	ra->prev_pos = -1;
}

/*
 * Hand the batch to the file system: all at once if it has readahead,
 * else page by page to read_folio. Each page is unlocked when read.
 */
static void read_pages(struct readahead_control *rac)
{
	const struct address_space_operations *aops = rac->mapping->a_ops;
	struct page *page;

	if (!readahead_count(rac))
		return;
	if (aops->readahead) {
		aops->readahead(rac);
		while ((page = readahead_page(rac))) {	/* left unread */
			unlock_page(page);
			put_page(page);
		}
	} else {
		while ((page = readahead_page(rac))) {
			aops->read_folio(rac->file, page);
			put_page(page);
		}
	}
}

/*
 * Add nr_to_read pages from the control's index to the cache, locked,
 * and read them; a page already there splits the batch in two. The
 * page lookahead_size from the end gets PG_readahead: when a reader
 * reaches it, the next window is read.
 */
static void page_cache_ra_unbounded(struct readahead_control *rac,
				    unsigned long nr_to_read,
				    unsigned long lookahead_size)
{
	struct address_space *mapping = rac->mapping;
	pgoff_t index = readahead_index(rac);
	unsigned long i;

	for (i = 0; i < nr_to_read; i++) {
		struct page *page = xa_load(&mapping->i_pages, index + i);

		if (page) {
			read_pages(rac);
			rac->_index = index + i + 1;
			continue;
		}
		page = page_cache_alloc(mapping);
		if (!page)
			break;
		if (add_to_page_cache_lru(page, mapping, index + i,
					  mapping_gfp_mask(mapping))) {
			put_page(page);
			read_pages(rac);
			rac->_index = index + i + 1;
			continue;
		}
		put_page(page);		/* the cache holds it now */
		if (i == nr_to_read - lookahead_size)
			SetPageReadahead(page);
		rac->_nr_pages++;
	}
	read_pages(rac);
}

/* No further than the file's last page. */
static void do_page_cache_ra(struct readahead_control *rac,
			     unsigned long nr_to_read,
			     unsigned long lookahead_size)
{
	struct inode *inode = rac->mapping->host;
	pgoff_t index = readahead_index(rac), end_index;

	if (!inode->i_size)
		return;
	end_index = (inode->i_size - 1) >> PAGE_SHIFT;
	if (index > end_index)
		return;
	if (nr_to_read > end_index - index + 1)
		nr_to_read = end_index - index + 1;
	page_cache_ra_unbounded(rac, nr_to_read, lookahead_size);
}

/*
 * A window at index: the first at the start of a file or after a
 * sequential miss, the next one when a reader reaches the marked page
 * of the last; a miss anywhere else reads only what was asked for.
 */
static void ondemand_readahead(struct readahead_control *rac, bool hit,
			       unsigned long req_size)
{
	struct file_ra_state *ra = rac->ra;
	unsigned long max_pages = ra->ra_pages;
	pgoff_t index = readahead_index(rac), prev_index;

	if (!index)
		goto initial_readahead;
	if (hit || index == ra->start + ra->size) {
		ra->start += ra->size;
		ra->size = max_pages;
		ra->async_size = ra->size;
		goto readit;
	}
	prev_index = (unsigned long)ra->prev_pos >> PAGE_SHIFT;
	if (req_size > max_pages || index - prev_index <= 1UL)
		goto initial_readahead;
	do_page_cache_ra(rac, req_size, 0);	/* random: just these */
	return;

initial_readahead:
	ra->start = index;
	ra->size = max(max_pages, req_size);
	ra->async_size = ra->size > req_size ? ra->size - req_size :
					       ra->size;
readit:
	rac->_index = ra->start;
	do_page_cache_ra(rac, ra->size, ra->async_size);
}

/* A read found no page at index: read it, and perhaps ahead of it. */
void page_cache_sync_readahead(struct address_space *mapping,
			       struct file_ra_state *ra, struct file *file,
			       pgoff_t index, unsigned long req_count)
{
	struct readahead_control rac = {
		.file = file, .mapping = mapping, .ra = ra, ._index = index,
	};

	if (!ra->ra_pages) {	/* no readahead: the one page */
		do_page_cache_ra(&rac, 1, 0);
		return;
	}
	ondemand_readahead(&rac, false, req_count);
}

/* A read reached a page marked PG_readahead: the next window, now. */
void page_cache_async_readahead(struct address_space *mapping,
				struct file_ra_state *ra, struct file *file,
				struct page *page, pgoff_t index,
				unsigned long req_count)
{
	struct readahead_control rac = {
		.file = file, .mapping = mapping, .ra = ra, ._index = index,
	};

	if (!ra->ra_pages)
		return;
	ClearPageReadahead(page);
	ondemand_readahead(&rac, true, req_count);
}
