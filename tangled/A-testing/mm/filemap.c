/*
 * mm/filemap.c: the page cache, and reading and writing files through
 * it (Linux: mm/filemap.c, on pages where Linux 6.1 has folios).
 */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <linux/wait.h>

/* Sleepers on locked pages: a few queues shared by all pages, by hash. */
#define PAGE_WAIT_TABLE_BITS	8
#define PAGE_WAIT_TABLE_SIZE	(1 << PAGE_WAIT_TABLE_BITS)

static wait_queue_head_t page_wait_table[PAGE_WAIT_TABLE_SIZE];

static wait_queue_head_t *page_waitqueue(struct page *page)
{
	return &page_wait_table[page_to_pfn(page) &
				(PAGE_WAIT_TABLE_SIZE - 1)];
}

void pagecache_init(void)
{
	int i;

	for (i = 0; i < PAGE_WAIT_TABLE_SIZE; i++)
		init_waitqueue_head(&page_wait_table[i]);
}

void wait_on_page_locked(struct page *page)
{
	wait_event(*page_waitqueue(page), !PageLocked(page));
}

/*
 * One processor, and no switch inside the kernel but where a task
 * sleeps: the test and the set below cannot be split by another taker.
 */
void lock_page(struct page *page)
{
	while (!trylock_page(page))
		wait_on_page_locked(page);
}

void unlock_page(struct page *page)
{
	ClearPageLocked(page);
	wake_up_all(page_waitqueue(page));
}

/*
 * A new page enters the cache locked, with a reference of the cache's
 * own; the caller fills it, marks it up to date and unlocks it.
 */
int add_to_page_cache_lru(struct page *page, struct address_space *mapping,
			  pgoff_t index, gfp_t gfp)
{
	void *old;

	if (xa_load(&mapping->i_pages, index))
		return -EEXIST;
	SetPageLocked(page);
	get_page(page);
	page->mapping = mapping;
	page->index = index;
	gfp &= ~__GFP_DIRECT_RECLAIM;
	old = xa_store(&mapping->i_pages, index, page, gfp);
	if (xa_is_err(old)) {
		page->mapping = NULL;
		ClearPageLocked(page);
		put_page(page);
		return xa_err(old);
	}
	mapping->nrpages++;
	__inc_node_page_state(page, NR_FILE_PAGES);

	return 0;
}

/* Out of the cache (its caller holds the lock); the cache's reference goes. */
void filemap_remove_folio(struct page *page)
{
	struct address_space *mapping = page->mapping;

	xa_erase(&mapping->i_pages, page->index);
	page->mapping = NULL;
	mapping->nrpages--;
	__dec_node_page_state(page, NR_FILE_PAGES);
	if (TestClearPageDirty(page))
		folio_account_cleaned(page, mapping);
	put_page(page);
}

void delete_from_page_cache(struct page *page)
{
	filemap_remove_folio(page);
}

/* Linux's folio_mark_dirty: the file system's hook says what dirty means. */
void set_page_dirty(struct page *page)
{
	struct address_space *mapping = page->mapping;

	if (mapping && mapping->a_ops->dirty_folio)
		mapping->a_ops->dirty_folio(mapping, page);
	else
		SetPageDirty(page);
}

struct page *pagecache_get_page(struct address_space *mapping,
				pgoff_t index, int fgp_flags, gfp_t gfp)
{
	struct page *page;
	int err;

repeat:
	page = xa_load(&mapping->i_pages, index);
	if (page) {
		get_page(page);
		if (fgp_flags & FGP_LOCK) {
			if (fgp_flags & FGP_NOWAIT) {
				if (!trylock_page(page)) {
					put_page(page);
					return NULL;
				}
			} else {
				lock_page(page);
			}
			if (page->mapping != mapping) {	/* truncated */
				unlock_page(page);
				put_page(page);
				goto repeat;
			}
		}
		if (fgp_flags & FGP_ACCESSED)
			SetPageReferenced(page);
		if (fgp_flags & FGP_STABLE)
			wait_on_page_writeback(page);
		return page;
	}
	if (!(fgp_flags & FGP_CREAT))
		return NULL;
	page = __page_cache_alloc(gfp);
	if (!page)
		return NULL;
	if (fgp_flags & FGP_ACCESSED)
		SetPageReferenced(page);
	err = add_to_page_cache_lru(page, mapping, index, gfp);
	if (err) {
		put_page(page);
		if (err == -EEXIST)
			goto repeat;
		return NULL;
	}
	if (!(fgp_flags & FGP_LOCK))
		unlock_page(page);
	return page;
}

/* Fill a locked page by the file system's read_folio, and wait for it. */
static int filemap_read_page(struct file *file, filler_t *filler,
			     struct page *page)
{
	int error;

	ClearPageError(page);
	error = filler(file, page);	/* unlocks the page when done */
	if (error)
		return error;
	wait_on_page_locked(page);
	return PageUptodate(page) ? 0 : -EIO;
}

/* A page for index, made and read if the cache has none. */
static struct page *filemap_create_page(struct file *file,
					struct address_space *mapping,
					pgoff_t index)
{
	struct page *page = page_cache_alloc(mapping);
	int error;

	if (!page)
		return ERR_PTR(-ENOMEM);
	error = add_to_page_cache_lru(page, mapping, index,
				      mapping_gfp_mask(mapping));
	if (error) {
		put_page(page);
		return error == -EEXIST ? NULL : ERR_PTR(error);
	}
	error = filemap_read_page(file, mapping->a_ops->read_folio, page);
	if (error) {
		put_page(page);
		return ERR_PTR(error);
	}
	return page;
}

/*
 * The page a read needs, up to date, with a reference: from the cache,
 * or read ahead with its neighbours, or read alone; a page marked
 * PG_readahead starts the next window before the reader reaches it.
 */
static struct page *filemap_get_page(struct file *file,
				     struct address_space *mapping,
				     pgoff_t index, pgoff_t last_index)
{
	struct file_ra_state *ra = &file->f_ra;
	struct page *page;
	int error;

	for (;;) {
		page = find_get_page(mapping, index);
		if (!page) {
			page_cache_sync_readahead(mapping, ra, file, index,
						  last_index - index);
			page = find_get_page(mapping, index);
		}
		if (!page) {
			page = filemap_create_page(file, mapping, index);
			if (!page)
				continue;	/* another made it first */
			return page;
		}
		if (PageReadahead(page))
			page_cache_async_readahead(mapping, ra, file, page, index,
						   last_index - index);
		if (PageUptodate(page))
			return page;
		lock_page(page);
		if (!page->mapping) {		/* truncated while we slept */
			unlock_page(page);
			put_page(page);
			continue;
		}
		if (PageUptodate(page)) {
			unlock_page(page);
			return page;
		}
		error = filemap_read_page(file, mapping->a_ops->read_folio,
					  page);
		if (error) {
			put_page(page);
			return ERR_PTR(error);
		}
		return page;
	}
}

ssize_t filemap_read(struct kiocb *iocb, struct iov_iter *iter,
		     ssize_t already_read)
{
	struct file *file = iocb->ki_filp;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	ssize_t done = already_read;
	int error = 0;

	while (iter->count && iocb->ki_pos < inode->i_size) {
		pgoff_t index = iocb->ki_pos >> PAGE_SHIFT;
		pgoff_t last_index = (iocb->ki_pos + iter->count +
				      PAGE_SIZE - 1) >> PAGE_SHIFT;
		size_t offset = iocb->ki_pos & (PAGE_SIZE - 1);
		size_t bytes, copied;
		struct page *page;

		page = filemap_get_page(file, mapping, index, last_index);
		if (IS_ERR(page)) {
			error = PTR_ERR(page);
			break;
		}
		bytes = min(PAGE_SIZE - offset, iter->count);
		if ((loff_t)bytes > inode->i_size - iocb->ki_pos)
			bytes = inode->i_size - iocb->ki_pos;
		copied = copy_page_to_iter(page, offset, bytes, iter);
		put_page(page);
		done += copied;
		iocb->ki_pos += copied;
		file->f_ra.prev_pos = iocb->ki_pos;
		if (copied < bytes) {
			error = -EFAULT;
			break;
		}
	}
	file_accessed(file);
	return done ? done : error;
}

/*
 * A write, a page at a time: the file system gets the page ready
 * (write_begin: found or made, locked), the bytes are copied in, and
 * write_end marks it up to date and dirty and moves the file's end.
 */
ssize_t generic_perform_write(struct kiocb *iocb, struct iov_iter *i)
{
	struct file *file = iocb->ki_filp;
	struct address_space *mapping = file->f_mapping;
	const struct address_space_operations *a_ops = mapping->a_ops;
	ssize_t written = 0;
	int status = 0;

	while (i->count) {
		size_t offset = iocb->ki_pos & (PAGE_SIZE - 1);
		size_t bytes = min(PAGE_SIZE - offset, i->count), copied;
		struct page *page;
		void *fsdata = NULL;

		status = a_ops->write_begin(file, mapping, iocb->ki_pos,
					    bytes, &page, &fsdata);
		if (status)
			break;
		copied = copy_page_from_iter(page, offset, bytes, i);
		status = a_ops->write_end(file, mapping, iocb->ki_pos, bytes,
					  copied, page, fsdata);
		if (status < 0)
			break;
		iocb->ki_pos += status;
		written += status;
		balance_dirty_pages_ratelimited(mapping);
		if ((size_t)status < bytes) {
			status = -EFAULT;	/* the user's buffer ended */
			break;
		}
	}
	return written ? written : status;
}

/*
 * A page read by filler (the file system's read_folio if NULL),
 * or an ERR_PTR: how a file system reads its own metadata.
 */
struct page *read_cache_page(struct address_space *mapping, pgoff_t index,
			     filler_t *filler, struct file *file)
{
	struct page *page;
	int error;

	if (!filler)
		filler = mapping->a_ops->read_folio;
	page = pagecache_get_page(mapping, index, FGP_LOCK | FGP_CREAT,
				  mapping_gfp_mask(mapping));
	if (!page)
		return ERR_PTR(-ENOMEM);
	if (PageUptodate(page)) {
		unlock_page(page);
		return page;
	}
	error = filemap_read_page(file, filler, page);
	if (error) {
		put_page(page);
		return ERR_PTR(error);
	}
	return page;
}

/* The read_iter of a file whose pages are in the cache. */
ssize_t generic_file_read_iter(struct file *file, struct iov_iter *to,
			       loff_t *pos)
{
	struct kiocb iocb = { .ki_filp = file, .ki_pos = *pos };
	ssize_t ret;

	if (!to->count)
		return 0;
	if (file->f_flags & O_DIRECT) {
		struct address_space *mapping = file->f_mapping;
		size_t count = to->count;

		ret = filemap_write_and_wait_range(mapping, iocb.ki_pos,
						   iocb.ki_pos + count - 1);
		if (ret < 0)
			return ret;
		ret = mapping->a_ops->direct_IO(&iocb, to, READ);
		if (ret >= 0) {
			iocb.ki_pos += ret;
			count -= ret;
		}
		*pos = iocb.ki_pos;
		if (ret < 0 || !count || iocb.ki_pos >= mapping->host->i_size)
			return ret;
		ret = filemap_read(&iocb, to, ret);
		*pos = iocb.ki_pos;
		return ret;
	}
	ret = filemap_read(&iocb, to, 0);
	*pos = iocb.ki_pos;
	return ret;
}

ssize_t generic_file_write_iter(struct file *file, struct iov_iter *from,
				loff_t *pos)
{
	struct kiocb iocb = { .ki_filp = file, .ki_pos = *pos };
	ssize_t ret;

	if (file->f_flags & O_APPEND)
		iocb.ki_pos = file->f_mapping->host->i_size;
	if (!from->count)
		return 0;
	file_update_time(file);
	if (file->f_flags & O_DIRECT) {
		ssize_t direct = generic_file_direct_write(&iocb, from);

		if (direct >= 0 && from->count)
			direct = direct_write_fallback(&iocb, from, direct,
						       generic_perform_write(&iocb,
									     from));
		*pos = iocb.ki_pos;
		return direct;
	}
	ret = generic_perform_write(&iocb, from);
	*pos = iocb.ki_pos;
	return ret;
}

vm_fault_t filemap_fault(struct vm_fault *vmf)
{
	struct file *file = vmf->vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	struct page *page;

	if (vmf->pgoff >= (unsigned long)((inode->i_size + PAGE_SIZE - 1) >>
					  PAGE_SHIFT))
		return VM_FAULT_SIGBUS;
	page = filemap_get_page(file, mapping, vmf->pgoff, vmf->pgoff + 1);
	if (IS_ERR(page))
		return PTR_ERR(page) == -ENOMEM ? VM_FAULT_OOM :
						  VM_FAULT_SIGBUS;
	vmf->page = page;
	return 0;
}

const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
};

int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!file->f_mapping->a_ops->read_folio)
		return -ENOEXEC;
	vma->vm_ops = &generic_file_vm_ops;
	return 0;
}

/* The write of a page is over: its waiters look again. */
void end_page_writeback(struct page *page)
{
	if (!__folio_end_writeback(page))
		panic("end_page_writeback: page %lx was not under writeback",
		      page_to_pfn(page));
	wake_up_all(page_waitqueue(page));
}

void wait_on_page_writeback(struct page *page)
{
	wait_event(*page_waitqueue(page), !PageWriteback(page));
}

/* Before a direct write: the range's cached pages written, then gone. */
int kiocb_invalidate_pages(struct kiocb *iocb, size_t count)
{
	struct address_space *mapping = iocb->ki_filp->f_mapping;
	loff_t pos = iocb->ki_pos, end = pos + count - 1;
	int ret = filemap_write_and_wait_range(mapping, pos, end);

	if (ret)
		return ret;
	return invalidate_inode_pages2_range(mapping, pos >> PAGE_SHIFT,
					     end >> PAGE_SHIFT);
}

/* After it: a page read into the range meanwhile is stale; drop it. */
static void kiocb_invalidate_post_direct_write(struct kiocb *iocb,
					       size_t count)
{
	struct address_space *mapping = iocb->ki_filp->f_mapping;

	if (mapping->nrpages &&
	    invalidate_inode_pages2_range(mapping, iocb->ki_pos >> PAGE_SHIFT,
					  (iocb->ki_pos + count - 1) >>
					  PAGE_SHIFT))
		pr_warn("Page cache invalidation failure on direct I/O.  "
			"Possible data corruption due to collision with "
			"buffered I/O!\n");
}

ssize_t generic_file_direct_write(struct kiocb *iocb, struct iov_iter *from)
{
	struct address_space *mapping = iocb->ki_filp->f_mapping;
	struct inode *inode = mapping->host;
	ssize_t written = kiocb_invalidate_pages(iocb, from->count);

	if (written)		/* a page stayed: 0 sends it all buffered */
		return written == -EBUSY ? 0 : written;
	written = mapping->a_ops->direct_IO(iocb, from, WRITE);
	if (written > 0) {
		kiocb_invalidate_post_direct_write(iocb, written);
		iocb->ki_pos += written;
		if (iocb->ki_pos > inode->i_size) {
			inode->i_size = iocb->ki_pos;
			mark_inode_dirty(inode);
		}
	}
	return written;
}
