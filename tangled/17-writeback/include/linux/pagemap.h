#ifndef _LINUX_PAGEMAP_H
#define _LINUX_PAGEMAP_H
/* The page cache: an address space's pages, found by their index. */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/page-flags.h>
#include <linux/page_ref.h>
#include <linux/rmap.h>
#include <linux/sched/mm.h>
#include <linux/xarray.h>

PAGEFLAG(Uptodate, uptodate)
PAGEFLAG(Error, error)
PAGEFLAG(Readahead, reclaim)	/* Linux: PG_readahead is PG_reclaim */

/* Bits of address_space.flags: a write-back error kept for fsync. */
enum mapping_flags {
	AS_EIO = 0,
	AS_ENOSPC = 1,
};

static inline void mapping_set_error(struct address_space *mapping,
				     int error)
{
	if (!error)
		return;
	errseq_set(&mapping->wb_err, error);
	errseq_set(&mapping->wb_err, error);
	mapping->flags |= 1UL << (error == -ENOSPC ? AS_ENOSPC : AS_EIO);
}

static inline gfp_t mapping_gfp_mask(const struct address_space *mapping)
{
	return mapping->gfp_mask;
}

/* A page for the cache, with no state left by its last user. */
static inline struct page *__page_cache_alloc(gfp_t gfp)
{
	struct page *page = alloc_pages(gfp, 0);

	if (page)
		page->flags &= ~(1UL << PG_uptodate | 1UL << PG_error |
				 1UL << PG_reclaim | 1UL << PG_dirty |
				 1UL << PG_referenced);
	return page;
}

static inline struct page *page_cache_alloc(struct address_space *mapping)
{
	return __page_cache_alloc(mapping_gfp_mask(mapping));
}

/* What pagecache_get_page is asked to do (Linux 6.1's values). */
#define FGP_ACCESSED		0x00000001	/* mark it referenced */
#define FGP_LOCK		0x00000002	/* return it locked */
#define FGP_CREAT		0x00000004	/* add one if absent */
#define FGP_WRITE		0x00000008	/* it is to be written */
#define FGP_NOFS		0x00000010
#define FGP_NOWAIT		0x00000020	/* do not sleep for the lock */
#define FGP_FOR_MMAP		0x00000040
#define FGP_STABLE		0x00000200	/* wait for write-back */

struct page *pagecache_get_page(struct address_space *mapping,
				pgoff_t index, int fgp_flags, gfp_t gfp);

static inline struct page *find_get_page(struct address_space *mapping,
					 pgoff_t index)
{
	return pagecache_get_page(mapping, index, 0, 0);
}

static inline struct page *find_lock_page(struct address_space *mapping,
					  pgoff_t index)
{
	return pagecache_get_page(mapping, index, FGP_LOCK, 0);
}

static inline struct page *find_or_create_page(struct address_space *mapping,
					       pgoff_t index, gfp_t gfp)
{
	return pagecache_get_page(mapping, index,
				  FGP_LOCK | FGP_ACCESSED | FGP_CREAT, gfp);
}

static inline struct page *
grab_cache_page_write_begin(struct address_space *mapping, pgoff_t index)
{
	return pagecache_get_page(mapping, index, FGP_LOCK | FGP_WRITE |
				  FGP_CREAT | FGP_STABLE,
				  mapping_gfp_mask(mapping));
}

/* PG_locked: a page being filled or changed; others sleep until done. */
void lock_page(struct page *page);
void unlock_page(struct page *page);
void wait_on_page_locked(struct page *page);

static inline bool trylock_page(struct page *page)
{
	if (PageLocked(page))
		return false;
	SetPageLocked(page);
	return true;
}

int add_to_page_cache_lru(struct page *page, struct address_space *mapping,
			  pgoff_t index, gfp_t gfp);
void filemap_remove_folio(struct page *page);
void delete_from_page_cache(struct page *page);
void set_page_dirty(struct page *page);

void truncate_inode_pages_range(struct address_space *mapping,
				loff_t lstart, loff_t lend);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
void truncate_inode_pages_final(struct address_space *mapping);
void truncate_pagecache(struct inode *inode, loff_t newsize);
void truncate_setsize(struct inode *inode, loff_t newsize);

typedef int filler_t(struct file *file, struct page *page);
struct page *read_cache_page(struct address_space *mapping, pgoff_t index,
			     filler_t *filler, struct file *file);

ssize_t filemap_read(struct kiocb *iocb, struct iov_iter *iter,
		     ssize_t already_read);
ssize_t generic_perform_write(struct kiocb *iocb, struct iov_iter *i);

/* libfs's helpers for a file system whose pages are all in memory */
int simple_read_folio(struct file *file, struct page *page);
int simple_write_begin(struct file *file, struct address_space *mapping,
		       loff_t pos, unsigned int len, struct page **pagep,
		       void **fsdata);
int simple_write_end(struct file *file, struct address_space *mapping,
		     loff_t pos, unsigned int len, unsigned int copied,
		     struct page *page, void *fsdata);
bool noop_dirty_folio(struct address_space *mapping, struct page *page);

/* Readahead: pages read before they are asked for, in a window. */
#define VM_READAHEAD_PAGES	(128 * 1024 / PAGE_SIZE)	/* 128 KiB */

struct readahead_control {
	struct file *file;
	struct address_space *mapping;
	struct file_ra_state *ra;
	pgoff_t _index;			/* the next page to hand out */
	unsigned int _nr_pages;		/* pages still to hand out */
};

/* The next page of the batch, locked, with a reference to put. */
static inline struct page *readahead_page(struct readahead_control *rac)
{
	struct page *page;

	if (!rac->_nr_pages)
		return NULL;
	page = xa_load(&rac->mapping->i_pages, rac->_index);
	get_page(page);
	rac->_index++;
	rac->_nr_pages--;
	return page;
}

static inline pgoff_t readahead_index(const struct readahead_control *rac)
{
	return rac->_index;
}

static inline unsigned int readahead_count(struct readahead_control *rac)
{
	return rac->_nr_pages;
}

void page_cache_sync_readahead(struct address_space *mapping,
			       struct file_ra_state *ra, struct file *file,
			       pgoff_t index, unsigned long req_count);
void page_cache_async_readahead(struct address_space *mapping,
				struct file_ra_state *ra, struct file *file,
				struct page *page, pgoff_t index,
				unsigned long req_count);

/* What fills an area of a file (Linux: include/linux/mm.h). */
struct vm_operations_struct {
	vm_fault_t (*fault)(struct vm_fault *vmf);
};

extern const struct vm_operations_struct generic_file_vm_ops;
vm_fault_t filemap_fault(struct vm_fault *vmf);
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin,
			 loff_t holelen, int even_cows);

static inline int mm_counter(struct page *page)
{
	return PageAnon(page) ? MM_ANONPAGES : MM_FILEPAGES;
}

static inline void page_add_file_rmap(struct page *page)
{
	atomic_inc_return(&page->_mapcount);
}

/* Writing back (mm/page-writeback.c and the end of mm/filemap.c). */
PAGEFLAG(Writeback, writeback)

static inline bool TestClearPageDirty(struct page *page)
{
	bool was = PageDirty(page);

	ClearPageDirty(page);
	return was;
}

static inline bool mapping_can_writeback(struct address_space *mapping)
{
	return inode_to_bdi(mapping->host)->capabilities & BDI_CAP_WRITEBACK;
}

static inline bool mapping_tagged(struct address_space *mapping,
				  xa_mark_t tag)
{
	return xa_marked(&mapping->i_pages, tag);
}

bool filemap_dirty_folio(struct address_space *mapping, struct page *page);
void folio_account_cleaned(struct page *page, struct address_space *mapping);
bool clear_page_dirty_for_io(struct page *page);
void redirty_page_for_writepage(struct writeback_control *wbc,
				struct page *page);
void set_page_writeback(struct page *page);
bool __folio_end_writeback(struct page *page);
void end_page_writeback(struct page *page);
void wait_on_page_writeback(struct page *page);
void balance_dirty_pages_ratelimited(struct address_space *mapping);

int filemap_fdatawrite(struct address_space *mapping);
int filemap_fdatawrite_range(struct address_space *mapping, loff_t start,
			     loff_t end);
int filemap_fdatawait_range(struct address_space *mapping, loff_t start,
			    loff_t end);
void filemap_fdatawait_keep_errors(struct address_space *mapping);
int filemap_write_and_wait_range(struct address_space *mapping,
				 loff_t lstart, loff_t lend);
int file_check_and_advance_wb_err(struct file *file);
int file_write_and_wait_range(struct file *file, loff_t lstart,
			      loff_t lend);
int generic_file_fsync(struct file *file, int datasync);

/* Linux: include/linux/rmap.h */
int page_mkclean(struct page *page);

/* O_DIRECT's side of the page cache (mm/filemap.c, mm/truncate.c). */
int invalidate_inode_pages2_range(struct address_space *mapping,
				  pgoff_t start, pgoff_t end);
int kiocb_invalidate_pages(struct kiocb *iocb, size_t count);
ssize_t generic_file_direct_write(struct kiocb *iocb, struct iov_iter *from);
ssize_t direct_write_fallback(struct kiocb *iocb, struct iov_iter *iter,
			      ssize_t direct_written,
			      ssize_t buffered_written);

void pagecache_init(void);
#endif
