/*
 * mm/page-writeback.c: dirty pages, counted and limited, and the walk
 * that hands them to the file system's writepage (Linux: the same
 * file, on folios).
 */
#include <linux/backing-dev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/sysctl.h>
#include <linux/writeback.h>

int dirty_background_ratio = 10;
unsigned long dirty_background_bytes;
int vm_dirty_ratio = 20;
unsigned long vm_dirty_bytes;
unsigned int dirty_writeback_interval = 5 * 100;
unsigned int dirty_expire_interval = 30 * 100;

/* The memory that may be dirty: free above the reserves, and the cache. */
unsigned long __global_dirtyable_memory(unsigned long free,
					unsigned long file,
					unsigned long reserve)
{
	unsigned long x = free;

	x -= min(x, reserve);
	x += file;
	return x + 1;		/* never 0 */
}

unsigned long global_dirtyable_memory(void)
{
	/* Linux: the file LRU lists, which chapter 18 makes */
	return __global_dirtyable_memory(nr_free_pages(),
					 global_node_page_state(NR_FILE_PAGES),
					 totalreserve_pages);
}

void domain_dirty_limits(struct dirty_throttle_control *dtc)
{
	unsigned long ratio = (vm_dirty_ratio * PAGE_SIZE) / 100;
	unsigned long bg_ratio = (dirty_background_ratio * PAGE_SIZE) / 100;
	unsigned long thresh, bg_thresh;

	if (vm_dirty_bytes)
		thresh = (vm_dirty_bytes + PAGE_SIZE - 1) / PAGE_SIZE;
	else
		thresh = (ratio * dtc->avail) / PAGE_SIZE;
	if (dirty_background_bytes)
		bg_thresh = (dirty_background_bytes + PAGE_SIZE - 1) /
			    PAGE_SIZE;
	else
		bg_thresh = (bg_ratio * dtc->avail) / PAGE_SIZE;
	if (thresh > ~0U)
		thresh = ~0U;
	if (bg_thresh >= thresh)
		bg_thresh = thresh / 2;
	dtc->thresh = thresh;
	dtc->bg_thresh = bg_thresh;
}

void global_dirty_limits(unsigned long *pbackground, unsigned long *pdirty)
{
	struct dirty_throttle_control gdtc = {
		.avail = global_dirtyable_memory(),
	};

	domain_dirty_limits(&gdtc);
	*pbackground = gdtc.bg_thresh;
	*pdirty = gdtc.thresh;
}

/* True when the dirty pages are over the background threshold. */
bool wb_over_bg_thresh(struct bdi_writeback *wb)
{
	struct dirty_throttle_control gdtc = {
		.avail = global_dirtyable_memory(),
		.dirty = global_node_page_state(NR_FILE_DIRTY),
	};

	(void)wb;
	domain_dirty_limits(&gdtc);
	return gdtc.dirty > gdtc.bg_thresh;
}

static unsigned long dirty_freerun_ceiling(unsigned long thresh,
					   unsigned long bg_thresh)
{
	return (thresh + bg_thresh) / 2;
}

/* Over the ceiling, a writer sleeps: the further over, the longer. */
unsigned long dirty_poll_pause(unsigned long dirty, unsigned long freerun,
			       unsigned long thresh)
{
	if (dirty <= freerun)
		return 0;
	if (dirty >= thresh)
		return MAX_PAUSE;
	return max(MAX_PAUSE * (dirty - freerun) / (thresh - freerun), 1UL);
}

static void balance_dirty_pages(struct bdi_writeback *wb)
{
	struct dirty_throttle_control gdtc;
	unsigned long nr_reclaimable, freerun, pause;

	for (;;) {
		nr_reclaimable = global_node_page_state(NR_FILE_DIRTY);
		gdtc.avail = global_dirtyable_memory();
		gdtc.dirty = nr_reclaimable +
			     global_node_page_state(NR_WRITEBACK);
		domain_dirty_limits(&gdtc);
		freerun = dirty_freerun_ceiling(gdtc.thresh, gdtc.bg_thresh);
		if (gdtc.dirty <= freerun)
			break;
		if (!writeback_in_progress(wb))
			wb_start_background_writeback(wb);
		pause = dirty_poll_pause(gdtc.dirty, freerun, gdtc.thresh);
		__set_current_state(TASK_UNINTERRUPTIBLE);
		io_schedule_timeout(pause);
		if (gdtc.dirty < gdtc.thresh)
			break;		/* one pause below the limit */
	}
	if (writeback_in_progress(wb))
		return;
	if (nr_reclaimable > gdtc.bg_thresh)
		wb_start_background_writeback(wb);
}

/* Called for every page a writer dirties (Linux: every few pages). */
void balance_dirty_pages_ratelimited(struct address_space *mapping)
{
	if (!mapping_can_writeback(mapping))
		return;
	balance_dirty_pages(inode_to_wb(mapping->host));
}

static int one_hundred = 100;
static unsigned long dirty_bytes_min = 2 * PAGE_SIZE;
static unsigned long long_one = 1;

/* A ratio written clears its bytes twin, and the other way round. */
static int dirty_background_ratio_handler(struct ctl_table *table, int write,
					  void *buffer, size_t *lenp)
{
	int ret = proc_dointvec_minmax(table, write, buffer, lenp);

	if (ret == 0 && write)
		dirty_background_bytes = 0;
	return ret;
}

static int dirty_background_bytes_handler(struct ctl_table *table, int write,
					  void *buffer, size_t *lenp)
{
	int ret = proc_doulongvec_minmax(table, write, buffer, lenp);

	if (ret == 0 && write)
		dirty_background_ratio = 0;
	return ret;
}

static int dirty_ratio_handler(struct ctl_table *table, int write,
			       void *buffer, size_t *lenp)
{
	int old_ratio = vm_dirty_ratio;
	int ret = proc_dointvec_minmax(table, write, buffer, lenp);

	if (ret == 0 && write && vm_dirty_ratio != old_ratio)
		vm_dirty_bytes = 0;
	return ret;
}

static int dirty_bytes_handler(struct ctl_table *table, int write,
			       void *buffer, size_t *lenp)
{
	unsigned long old_bytes = vm_dirty_bytes;
	int ret = proc_doulongvec_minmax(table, write, buffer, lenp);

	if (ret == 0 && write && vm_dirty_bytes != old_bytes)
		vm_dirty_ratio = 0;
	return ret;
}

/* A new interval starts at once: the flushers are woken to take it. */
static int dirty_writeback_centisecs_handler(struct ctl_table *table,
					     int write, void *buffer,
					     size_t *lenp)
{
	unsigned int old_interval = dirty_writeback_interval;
	int ret = proc_dointvec_minmax(table, write, buffer, lenp);

	if (ret == 0 && write && dirty_writeback_interval &&
	    dirty_writeback_interval != old_interval)
		wakeup_flusher_threads(WB_REASON_PERIODIC);
	return ret;
}

static struct ctl_table vm_dirty_table[] = {
	{
		.procname	= "dirty_background_ratio",
		.data		= &dirty_background_ratio,
		.maxlen		= sizeof(dirty_background_ratio),
		.mode		= 0644,
		.proc_handler	= dirty_background_ratio_handler,
		.extra1		= SYSCTL_ZERO,
		.extra2		= &one_hundred,
	},
	{
		.procname	= "dirty_background_bytes",
		.data		= &dirty_background_bytes,
		.maxlen		= sizeof(dirty_background_bytes),
		.mode		= 0644,
		.proc_handler	= dirty_background_bytes_handler,
		.extra1		= &long_one,
	},
	{
		.procname	= "dirty_ratio",
		.data		= &vm_dirty_ratio,
		.maxlen		= sizeof(vm_dirty_ratio),
		.mode		= 0644,
		.proc_handler	= dirty_ratio_handler,
		.extra1		= SYSCTL_ZERO,
		.extra2		= &one_hundred,
	},
	{
		.procname	= "dirty_bytes",
		.data		= &vm_dirty_bytes,
		.maxlen		= sizeof(vm_dirty_bytes),
		.mode		= 0644,
		.proc_handler	= dirty_bytes_handler,
		.extra1		= &dirty_bytes_min,
	},
	{
		.procname	= "dirty_writeback_centisecs",
		.data		= &dirty_writeback_interval,
		.maxlen		= sizeof(dirty_writeback_interval),
		.mode		= 0644,
		.proc_handler	= dirty_writeback_centisecs_handler,
	},
	{
		.procname	= "dirty_expire_centisecs",
		.data		= &dirty_expire_interval,
		.maxlen		= sizeof(dirty_expire_interval),
		.mode		= 0644,
		.proc_handler	= proc_dointvec_minmax,
		.extra1		= SYSCTL_ZERO,
	},
	{ }
};

void page_writeback_init(void)
{
	register_sysctl("vm", vm_dirty_table);
}

/* A page has just become dirty: count it, tag it, and dirty its inode. */
static void __folio_mark_dirty(struct page *page,
			       struct address_space *mapping)
{
	if (!page->mapping)		/* truncated meanwhile */
		return;
	if (mapping_can_writeback(mapping)) {
		__inc_node_page_state(page, NR_FILE_DIRTY);
		__inc_node_page_state(page, NR_DIRTIED);
	}
	xa_set_mark(&mapping->i_pages, page->index, PAGECACHE_TAG_DIRTY);
}

/* The dirty_folio of a file system that writes its pages back. */
bool filemap_dirty_folio(struct address_space *mapping, struct page *page)
{
	if (PageDirty(page))
		return false;
	SetPageDirty(page);
	__folio_mark_dirty(page, mapping);
	__mark_inode_dirty(mapping->host, I_DIRTY_PAGES);
	return true;
}

/*
 * The locked page is about to be written: clean it, so that a change
 * made while it is written dirties it again. True if it was dirty.
 */
bool clear_page_dirty_for_io(struct page *page)
{
	struct address_space *mapping = page->mapping;

	if (mapping && mapping_can_writeback(mapping)) {
		if (page_mkclean(page))
			set_page_dirty(page);
		if (TestClearPageDirty(page)) {
			__dec_node_page_state(page, NR_FILE_DIRTY);
			return true;
		}
		return false;
	}
	return TestClearPageDirty(page);
}

/* The write starts: the tags move from dirty to writeback. */
void set_page_writeback(struct page *page)
{
	struct address_space *mapping = page->mapping;

	SetPageWriteback(page);
	xa_set_mark(&mapping->i_pages, page->index, PAGECACHE_TAG_WRITEBACK);
	if (!PageDirty(page))
		xa_clear_mark(&mapping->i_pages, page->index,
			      PAGECACHE_TAG_DIRTY);
	xa_clear_mark(&mapping->i_pages, page->index, PAGECACHE_TAG_TOWRITE);
	__inc_node_page_state(page, NR_WRITEBACK);
}

/* The write is done, well or not; false if none was in progress. */
bool __folio_end_writeback(struct page *page)
{
	struct address_space *mapping = page->mapping;

	if (!PageWriteback(page))
		return false;
	ClearPageWriteback(page);
	if (mapping)
		xa_clear_mark(&mapping->i_pages, page->index,
			      PAGECACHE_TAG_WRITEBACK);
	__dec_node_page_state(page, NR_WRITEBACK);
	__inc_node_page_state(page, NR_WRITTEN);
	return true;
}

/* A dirty page that will not be written (truncated): uncount it. */
void folio_account_cleaned(struct page *page, struct address_space *mapping)
{
	if (mapping_can_writeback(mapping))
		__dec_node_page_state(page, NR_FILE_DIRTY);
}

/* writepage could not write it: dirty again, not dirtied again. */
void redirty_page_for_writepage(struct writeback_control *wbc,
				struct page *page)
{
	struct address_space *mapping = page->mapping;

	wbc->pages_skipped++;
	filemap_dirty_folio(mapping, page);
	if (mapping_can_writeback(mapping))
		__dec_node_page_state(page, NR_DIRTIED);
}

/* Mark TOWRITE every page dirty now: the pages one sync must write. */
void tag_pages_for_writeback(struct address_space *mapping, pgoff_t start,
			     pgoff_t end)
{
	unsigned long index = start;
	void *entry;

	for (entry = xa_find(&mapping->i_pages, &index, end,
			     PAGECACHE_TAG_DIRTY);
	     entry;
	     entry = xa_find_after(&mapping->i_pages, &index, end,
				   PAGECACHE_TAG_DIRTY))
		xa_set_mark(&mapping->i_pages, index, PAGECACHE_TAG_TOWRITE);
}

/*
 * Hand the mapping's dirty pages in wbc's range to writepage, in index
 * order, each locked and cleaned first. WB_SYNC_ALL writes every page
 * that was dirty when it began (the TOWRITE tags) and waits for pages
 * already under writeback; WB_SYNC_NONE skips those, and stops after
 * nr_to_write pages or at the first error.
 */
int write_cache_pages(struct address_space *mapping,
		      struct writeback_control *wbc, writepage_t writepage,
		      void *data)
{
	unsigned long index, end, done_index;
	xa_mark_t tag;
	struct page *page;
	bool done = false;
	int ret = 0, error;

	if (wbc->range_cyclic) {
		index = mapping->writeback_index;
		end = ULONG_MAX;
	} else {
		index = wbc->range_start >> PAGE_SHIFT;
		end = wbc->range_end >> PAGE_SHIFT;
	}
	if (wbc->sync_mode == WB_SYNC_ALL || wbc->tagged_writepages) {
		tag_pages_for_writeback(mapping, index, end);
		tag = PAGECACHE_TAG_TOWRITE;
	} else {
		tag = PAGECACHE_TAG_DIRTY;
	}
	done_index = index;
	for (page = xa_find(&mapping->i_pages, &index, end, tag);
	     page && !done;
	     page = xa_find_after(&mapping->i_pages, &index, end, tag)) {
		done_index = index;
		get_page(page);
		lock_page(page);
		if (page->mapping != mapping || !PageDirty(page))
			goto continue_unlock;
		if (PageWriteback(page)) {
			if (wbc->sync_mode == WB_SYNC_NONE)
				goto continue_unlock;
			wait_on_page_writeback(page);
		}
		if (!clear_page_dirty_for_io(page))
			goto continue_unlock;
		error = writepage(page, wbc, data);	/* unlocks it */
		put_page(page);
		if (error) {
			if (wbc->sync_mode == WB_SYNC_NONE) {
				ret = error;
				done_index = index + 1;
				done = true;
			} else if (!ret) {
				ret = error;
			}
		}
		if (--wbc->nr_to_write <= 0 && wbc->sync_mode == WB_SYNC_NONE)
			done = true;
		continue;
continue_unlock:
		unlock_page(page);
		put_page(page);
	}
	if (wbc->range_cyclic)
		mapping->writeback_index = done ? done_index : 0;
	return ret;
}

/* generic_writepages's writepage: the file system's, errors kept. */
static int __writepage(struct page *page, struct writeback_control *wbc,
		       void *data)
{
	struct address_space *mapping = data;
	int ret = mapping->a_ops->writepage(page, wbc);

	mapping_set_error(mapping, ret);
	return ret;
}

int do_writepages(struct address_space *mapping,
		  struct writeback_control *wbc)
{
	if (wbc->nr_to_write <= 0)
		return 0;
	if (mapping->a_ops->writepages)
		return mapping->a_ops->writepages(mapping, wbc);
	if (!mapping->a_ops->writepage)
		return 0;	/* nothing to write with */
	return write_cache_pages(mapping, wbc, __writepage, mapping);
}

int filemap_fdatawrite_wbc(struct address_space *mapping,
			   struct writeback_control *wbc)
{
	if (!mapping_can_writeback(mapping) ||
	    !mapping_tagged(mapping, PAGECACHE_TAG_DIRTY))
		return 0;
	return do_writepages(mapping, wbc);
}

static int __filemap_fdatawrite_range(struct address_space *mapping,
				      loff_t start, loff_t end, int sync_mode)
{
	struct writeback_control wbc = {
		.sync_mode = sync_mode,
		.nr_to_write = LONG_MAX,
		.range_start = start,
		.range_end = end,
	};

	return filemap_fdatawrite_wbc(mapping, &wbc);
}

int filemap_fdatawrite(struct address_space *mapping)
{
	return __filemap_fdatawrite_range(mapping, 0, LLONG_MAX, WB_SYNC_ALL);
}

int filemap_fdatawrite_range(struct address_space *mapping, loff_t start,
			     loff_t end)
{
	return __filemap_fdatawrite_range(mapping, start, end, WB_SYNC_ALL);
}

/* Wait for every page of the range that is being written back. */
static void __filemap_fdatawait_range(struct address_space *mapping,
				      loff_t start_byte, loff_t end_byte)
{
	unsigned long index = start_byte >> PAGE_SHIFT;
	unsigned long end = end_byte >> PAGE_SHIFT;
	struct page *page;

	if (end_byte < start_byte)
		return;
	for (page = xa_find(&mapping->i_pages, &index, end,
			    PAGECACHE_TAG_WRITEBACK);
	     page;
	     page = xa_find_after(&mapping->i_pages, &index, end,
				  PAGECACHE_TAG_WRITEBACK)) {
		get_page(page);
		wait_on_page_writeback(page);
		ClearPageError(page);
		put_page(page);
	}
}

/* The old interface: an error in the flags, reported to one caller. */
static int filemap_check_errors(struct address_space *mapping)
{
	int ret = 0;

	if (mapping->flags & (1UL << AS_ENOSPC))
		ret = -ENOSPC;
	if (mapping->flags & (1UL << AS_EIO))
		ret = -EIO;
	mapping->flags &= ~(1UL << AS_ENOSPC | 1UL << AS_EIO);
	return ret;
}

int filemap_fdatawait_range(struct address_space *mapping, loff_t start,
			    loff_t end)
{
	__filemap_fdatawait_range(mapping, start, end);
	return filemap_check_errors(mapping);
}

/* Waiting that leaves the error for fsync to find (sync, syncfs). */
void filemap_fdatawait_keep_errors(struct address_space *mapping)
{
	__filemap_fdatawait_range(mapping, 0, LLONG_MAX);
}

int filemap_write_and_wait_range(struct address_space *mapping,
				 loff_t lstart, loff_t lend)
{
	int err = 0, err2;

	if (mapping->nrpages) {
		err = __filemap_fdatawrite_range(mapping, lstart, lend,
						 WB_SYNC_ALL);
		if (err != -EIO)
			__filemap_fdatawait_range(mapping, lstart, lend);
	}
	err2 = filemap_check_errors(mapping);
	return err ? err : err2;
}

/* fsync of a file system whose inode needs nothing more than its pages. */
int generic_file_fsync(struct file *file, int datasync)
{
	(void)datasync;
	return file_write_and_wait_range(file, 0, LLONG_MAX);
}

/*
 * The error this opener has not seen yet, reported once: each file
 * keeps its own point in the mapping's errseq_t.
 */
int file_check_and_advance_wb_err(struct file *file)
{
	struct address_space *mapping = file->f_mapping;
	int err = 0;

	if (errseq_check(&mapping->wb_err, file->f_wb_err))
		err = errseq_check_and_advance(&mapping->wb_err,
					       &file->f_wb_err);
	mapping->flags &= ~(1UL << AS_ENOSPC | 1UL << AS_EIO);
	return err;
}

/* fsync's pages: write the range, wait for it, report what went wrong. */
int file_write_and_wait_range(struct file *file, loff_t lstart, loff_t lend)
{
	struct address_space *mapping = file->f_mapping;
	int err = 0, err2;

	if (lend < lstart)
		return 0;
	if (mapping->nrpages) {
		err = __filemap_fdatawrite_range(mapping, lstart, lend,
						 WB_SYNC_ALL);
		if (err != -EIO)
			__filemap_fdatawait_range(mapping, lstart, lend);
	}
	err2 = file_check_and_advance_wb_err(file);
	return err ? err : err2;
}
