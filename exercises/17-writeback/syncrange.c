/*
 * Exercise 17.3: sync_file_range(2). See 3-syncrange.md; grade it with
 * `make grade CH=17`.
 */
#include "syncrange.h"

/*
 * Wait for the writes in flight of the pages that hold bytes start_byte
 * to end_byte. For now it waits for every page of the file.
 */
int file_fdatawait_range(struct cached_file *f, long long start_byte,
			 long long end_byte)
{
	unsigned long i;

	for (i = 0; i < CF_NR_PAGES; i++)
		cf_wait_on_page(f, i);
	return 0;
}

/*
 * Start the writes of the dirty pages that hold bytes start to end. For
 * now it writes every dirty page of the file, in flight or not.
 */
int filemap_fdatawrite_range(struct cached_file *f, long long start,
			     long long end, int sync_mode)
{
	unsigned long i;

	for (i = 0; i < CF_NR_PAGES; i++)
		if (f->pages[i].dirty)
			cf_write_page(f, i);
	return 0;
}

/*
 * For now it checks nothing, and writes and waits for the whole file
 * whatever the flags ask.
 */
int sync_file_range(struct cached_file *f, long long offset,
		    long long nbytes, unsigned int flags)
{
	filemap_fdatawrite_range(f, 0, 0, WB_SYNC_ALL);
	return file_fdatawait_range(f, 0, 0);
}
