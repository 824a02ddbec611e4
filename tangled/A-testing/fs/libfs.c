/*
 * fs/libfs.c: the address-space operations of a file system whose
 * pages exist only in memory (Linux: fs/libfs.c, page-writeback.c).
 */
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/string.h>

/* A page that is not in memory is a hole: zeros. */
int simple_read_folio(struct file *file, struct page *page)
{
	(void)file;
	memset(page_address(page), 0, PAGE_SIZE);
	SetPageUptodate(page);
	unlock_page(page);
	return 0;
}

/* The page, locked; the bytes around a partial write zeroed if new. */
int simple_write_begin(struct file *file, struct address_space *mapping,
		       loff_t pos, unsigned int len, struct page **pagep,
		       void **fsdata)
{
	size_t from = pos & (PAGE_SIZE - 1);
	struct page *page;

	(void)file;
	(void)fsdata;
	page = grab_cache_page_write_begin(mapping, pos >> PAGE_SHIFT);
	if (!page)
		return -ENOMEM;
	if (!PageUptodate(page) && len != PAGE_SIZE) {
		memset(page_address(page), 0, from);
		memset((char *)page_address(page) + from + len, 0,
		       PAGE_SIZE - from - len);
	}
	*pagep = page;
	return 0;
}

/* What was copied counts; the page is whole, dirty, and unlocked. */
int simple_write_end(struct file *file, struct address_space *mapping,
		     loff_t pos, unsigned int len, unsigned int copied,
		     struct page *page, void *fsdata)
{
	struct inode *inode = mapping->host;
	size_t from = pos & (PAGE_SIZE - 1);

	(void)file;
	(void)fsdata;
	if (!PageUptodate(page)) {
		if (copied < len)
			memset((char *)page_address(page) + from + copied, 0,
			       len - copied);
		SetPageUptodate(page);
	}
	if (pos + copied > inode->i_size)
		inode->i_size = pos + copied;
	set_page_dirty(page);
	unlock_page(page);
	put_page(page);
	return copied;
}

/* Dirty means nothing to write back: only the bit is set. */
bool noop_dirty_folio(struct address_space *mapping, struct page *page)
{
	(void)mapping;
	if (PageDirty(page))
		return false;
	SetPageDirty(page);
	return true;
}

/* The file's path, at the end of buf (Linux: fs/d_path.c). */
char *file_path(struct file *file, char *buf, int buflen)
{
	static const char deleted[] = " (deleted)";
	struct dentry *dentry = file->f_dentry;
	int unhashed = list_empty(&dentry->d_hash) &&
		       dentry->d_parent != dentry;
	int room = buflen - (unhashed ? (int)sizeof(deleted) - 1 : 0);
	int err = d_path(dentry, NULL, buf, room);

	if (err < 0)
		return ERR_PTR(err);
	if (unhashed)
		memcpy(buf + err - 1, deleted, sizeof(deleted));
	return buf;
}

/*
 * The cache's part of a direct write, written and dropped; the bytes
 * of both parts, or the direct part's if the rest failed.
 */
ssize_t direct_write_fallback(struct kiocb *iocb, struct iov_iter *iter,
			      ssize_t direct_written,
			      ssize_t buffered_written)
{
	struct address_space *mapping = iocb->ki_filp->f_mapping;
	loff_t pos = iocb->ki_pos - buffered_written;
	loff_t end = iocb->ki_pos - 1;
	int err;

	(void)iter;
	if (buffered_written < 0)
		return direct_written ? direct_written : buffered_written;
	if (!buffered_written)
		return direct_written;
	err = filemap_write_and_wait_range(mapping, pos, end);
	if (err < 0) {
		iocb->ki_pos -= buffered_written;
		return direct_written ? direct_written : err;
	}
	invalidate_mapping_pages(mapping, pos >> PAGE_SHIFT,
				 end >> PAGE_SHIFT);
	return direct_written + buffered_written;
}
