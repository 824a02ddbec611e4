#ifndef _LINUX_WRITEBACK_H
#define _LINUX_WRITEBACK_H
/* Writing dirty pages back: what the caller asks of a writepage. */
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/list.h>

#ifndef LLONG_MAX
#define LLONG_MAX	__LONG_LONG_MAX__
#endif

enum writeback_sync_modes {
	WB_SYNC_NONE,	/* do not wait on anything */
	WB_SYNC_ALL,	/* write every dirty page, wait for each */
};

/* Why writeback runs (Linux's enum wb_reason, in its order). */
enum wb_reason {
	WB_REASON_BACKGROUND,
	WB_REASON_VMSCAN,
	WB_REASON_SYNC,
	WB_REASON_PERIODIC,
	WB_REASON_LAPTOP_TIMER,
	WB_REASON_FS_FREE_SPACE,
	WB_REASON_FORKER_THREAD,
	WB_REASON_FOREIGN_FLUSH,
	WB_REASON_MAX,
};

/* One request to a file system: which pages, how many, waiting or not. */
struct writeback_control {
	long nr_to_write;		/* pages still to write; counts down */
	long pages_skipped;		/* pages that were not written */
	loff_t range_start;		/* the bytes to write, inclusive */
	loff_t range_end;
	enum writeback_sync_modes sync_mode;
	unsigned for_kupdate:1;		/* the periodic pass of old inodes */
	unsigned for_background:1;	/* over the background threshold */
	unsigned tagged_writepages:1;	/* tag first, then write (TOWRITE) */
	unsigned for_sync:1;		/* sync(2) */
	unsigned range_cyclic:1;	/* from writeback_index, round */
};

/* The dirty limits of one domain (Linux also has a memory cgroup's). */
struct dirty_throttle_control {
	unsigned long avail;		/* dirtyable memory, in pages */
	unsigned long dirty;		/* dirty and under writeback */
	unsigned long thresh;		/* the writers' limit */
	unsigned long bg_thresh;	/* the background flusher's */
};

/* The tunables of /proc/sys/vm, Linux's defaults. */
extern int dirty_background_ratio;
extern unsigned long dirty_background_bytes;
extern int vm_dirty_ratio;
extern unsigned long vm_dirty_bytes;
extern unsigned int dirty_writeback_interval;	/* centiseconds */
extern unsigned int dirty_expire_interval;	/* centiseconds */

#define MAX_PAUSE		(HZ / 5)	/* the longest pause: 200 ms */

unsigned long __global_dirtyable_memory(unsigned long free,
					unsigned long file,
					unsigned long reserve);
unsigned long global_dirtyable_memory(void);
void domain_dirty_limits(struct dirty_throttle_control *dtc);
void global_dirty_limits(unsigned long *pbackground, unsigned long *pdirty);
bool wb_over_bg_thresh(struct bdi_writeback *wb);
unsigned long dirty_poll_pause(unsigned long dirty, unsigned long freerun,
			       unsigned long thresh);

typedef int (*writepage_t)(struct page *page, struct writeback_control *wbc,
			   void *data);
void tag_pages_for_writeback(struct address_space *mapping, pgoff_t start,
			     pgoff_t end);
int write_cache_pages(struct address_space *mapping,
		      struct writeback_control *wbc, writepage_t writepage,
		      void *data);
int do_writepages(struct address_space *mapping,
		  struct writeback_control *wbc);
int filemap_fdatawrite_wbc(struct address_space *mapping,
			   struct writeback_control *wbc);

/* kernel/sysctl.c (Linux: sysctl.h) */
struct ctl_table;
int proc_doulongvec_minmax(struct ctl_table *table, int write, void *buffer,
			   size_t *lenp);

/* Sleep, counted as waiting for I/O (Linux: kernel/sched/core.c). */
long io_schedule_timeout(long timeout);

/* fs/fs-writeback.c */
long wb_do_writeback(struct bdi_writeback *wb);
long writeback_inodes_wb(struct bdi_writeback *wb, long nr_pages,
			 enum wb_reason reason);
void wb_start_background_writeback(struct bdi_writeback *wb);
void wakeup_flusher_threads(enum wb_reason reason);
void sync_inodes_sb(struct super_block *sb);
int sync_filesystem(struct super_block *sb);
int wb_workfn(void *data);

int generic_writepages(struct address_space *mapping,
		       struct writeback_control *wbc);
int filemap_write_and_wait(struct address_space *mapping);
#endif
