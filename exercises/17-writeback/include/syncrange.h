/*
 * Exercise 17.3: sync_file_range(2) over a model of a file's page cache:
 * a few pages, each dirty or not and under writeback or not. Starting a
 * page's write cleans it and puts it under writeback; waiting on a page
 * under writeback is, here, the disk finishing it.
 */
#ifndef EXERCISE_SYNCRANGE_H
#define EXERCISE_SYNCRANGE_H
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/stat.h>

#define SYNC_FILE_RANGE_WAIT_BEFORE	1
#define SYNC_FILE_RANGE_WRITE		2
#define SYNC_FILE_RANGE_WAIT_AFTER	4
#define SYNC_FILE_RANGE_WRITE_AND_WAIT	(SYNC_FILE_RANGE_WRITE | \
					 SYNC_FILE_RANGE_WAIT_BEFORE | \
					 SYNC_FILE_RANGE_WAIT_AFTER)

enum writeback_sync_modes {
	WB_SYNC_NONE,	/* start what can be started, wait for nothing */
	WB_SYNC_ALL,	/* wait for a write in flight, then write again */
};

#define CF_PAGE_SHIFT	12
#define CF_NR_PAGES	16	/* page i holds bytes i << 12 to ... */

struct cached_page {
	bool dirty;		/* PG_dirty */
	bool writeback;		/* PG_writeback */
};

/* An open file: its inode's mode and its pages in the cache. */
struct cached_file {
	unsigned int i_mode;
	struct cached_page pages[CF_NR_PAGES];
	unsigned int nr_written;	/* writes started */
	unsigned int nr_waited;		/* writes waited for */
	int log[4 * CF_NR_PAGES];	/* what happened: +1 + i, -1 - i */
	unsigned int nr_log;
};

/*
 * Start the write of page i (write_cache_pages' ->writepage). A page the
 * file does not have is a bug: abort().
 */
static inline void cf_write_page(struct cached_file *f, unsigned long i)
{
	if (i >= CF_NR_PAGES)
		abort();
	f->pages[i].dirty = false;
	f->pages[i].writeback = true;
	f->nr_written++;
	if (f->nr_log < sizeof(f->log) / sizeof(f->log[0]))
		f->log[f->nr_log++] = 1 + (int)i;
}

/* Wait for page i's write to end (wait_on_page_writeback). */
static inline void cf_wait_on_page(struct cached_file *f, unsigned long i)
{
	if (i >= CF_NR_PAGES)
		abort();
	if (!f->pages[i].writeback)
		return;
	f->pages[i].writeback = false;
	f->nr_waited++;
	if (f->nr_log < sizeof(f->log) / sizeof(f->log[0]))
		f->log[f->nr_log++] = -1 - (int)i;
}

int file_fdatawait_range(struct cached_file *f, long long start_byte,
			 long long end_byte);
int filemap_fdatawrite_range(struct cached_file *f, long long start,
			     long long end, int sync_mode);
int sync_file_range(struct cached_file *f, long long offset,
		    long long nbytes, unsigned int flags);

#endif
