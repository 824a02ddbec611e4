/*
 * Exercise 17.3: sync_file_range(2), as Linux 6.1's fs/sync.c
 * (sync_file_range) and mm/filemap.c and mm/page-writeback.c
 * (file_fdatawait_range, __filemap_fdatawrite_range, write_cache_pages)
 * do it, over the page cache of a model file.
 */
#include <limits.h>

#include "syncrange.h"

int file_fdatawait_range(struct cached_file *f, long long start_byte,
			 long long end_byte)
{
	unsigned long index = start_byte >> CF_PAGE_SHIFT;
	unsigned long end = end_byte >> CF_PAGE_SHIFT;

	if (end_byte < start_byte)
		return 0;
	for (; index <= end && index < CF_NR_PAGES; index++)
		cf_wait_on_page(f, index);
	return 0;
}

int filemap_fdatawrite_range(struct cached_file *f, long long start,
			     long long end, int sync_mode)
{
	unsigned long index = start >> CF_PAGE_SHIFT;
	unsigned long last = end >> CF_PAGE_SHIFT;

	for (; index <= last && index < CF_NR_PAGES; index++) {
		if (!f->pages[index].dirty)
			continue;
		if (f->pages[index].writeback) {
			if (sync_mode == WB_SYNC_NONE)
				continue;
			cf_wait_on_page(f, index);
		}
		cf_write_page(f, index);
	}
	return 0;
}

int sync_file_range(struct cached_file *f, long long offset,
		    long long nbytes, unsigned int flags)
{
	unsigned int valid = SYNC_FILE_RANGE_WAIT_BEFORE |
			     SYNC_FILE_RANGE_WRITE |
			     SYNC_FILE_RANGE_WAIT_AFTER;
	unsigned int mode = f->i_mode;
	long long endbyte;
	int ret;

	if (flags & ~valid)
		return -EINVAL;
	/* Linux adds signed numbers and builds with -fno-strict-overflow */
	endbyte = (long long)((unsigned long long)offset +
			      (unsigned long long)nbytes);
	if (offset < 0 || endbyte < 0 || endbyte < offset)
		return -EINVAL;
	if (nbytes == 0)
		endbyte = LLONG_MAX;
	else
		endbyte--;		/* inclusive */
	if (!S_ISREG(mode) && !S_ISBLK(mode) && !S_ISDIR(mode) &&
	    !S_ISLNK(mode))
		return -ESPIPE;

	ret = 0;
	if (flags & SYNC_FILE_RANGE_WAIT_BEFORE) {
		ret = file_fdatawait_range(f, offset, endbyte);
		if (ret < 0)
			return ret;
	}
	if (flags & SYNC_FILE_RANGE_WRITE) {
		int sync_mode = WB_SYNC_NONE;

		if ((flags & SYNC_FILE_RANGE_WRITE_AND_WAIT) ==
		    SYNC_FILE_RANGE_WRITE_AND_WAIT)
			sync_mode = WB_SYNC_ALL;
		ret = filemap_fdatawrite_range(f, offset, endbyte, sync_mode);
		if (ret < 0)
			return ret;
	}
	if (flags & SYNC_FILE_RANGE_WAIT_AFTER)
		ret = file_fdatawait_range(f, offset, endbyte);
	return ret;
}
