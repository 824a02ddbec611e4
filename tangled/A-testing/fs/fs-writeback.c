/*
 * fs/fs-writeback.c: dirty inodes on their device's lists, oldest
 * last, and the passes that write them back: for sync, for the old
 * ones (kupdate) and while over the background threshold.
 */
#include <linux/backing-dev.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/list.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/writeback.h>

/* One pass's orders (Linux queues them on the flusher's work list). */
struct wb_writeback_work {
	long nr_pages;
	struct super_block *sb;		/* only its inodes; NULL: all */
	enum writeback_sync_modes sync_mode;
	unsigned int for_kupdate:1;
	unsigned int for_background:1;
	unsigned int for_sync:1;
	unsigned int range_cyclic:1;
	enum wb_reason reason;
};

/* At most this many pages of one inode before the next (4 MiB). */
#define MIN_WRITEBACK_PAGES	(4096UL >> (PAGE_SHIFT - 10))

static bool inode_on_io_list(struct inode *inode)
{
	return inode->i_io_list.next && !list_empty(&inode->i_io_list);
}

static void inode_io_list_move(struct inode *inode, struct list_head *head)
{
	if (inode_on_io_list(inode))
		list_del(&inode->i_io_list);
	list_add(&inode->i_io_list, head);
}

void inode_io_list_del(struct inode *inode)
{
	if (inode_on_io_list(inode))
		list_del_init(&inode->i_io_list);
}

/*
 * The inode has something to write: the first time, it goes on its
 * device's b_dirty list, stamped; later calls leave it where it is,
 * so that the list stays in the order of first dirtying. The first
 * dirty inode of a device wakes its flusher, which then sleeps for
 * dirty_writeback_centisecs rather than for good.
 */
void __mark_inode_dirty(struct inode *inode, int flags)
{
	struct backing_dev_info *bdi = inode_to_bdi(inode);
	int was_dirty = inode->i_state & I_DIRTY;
	bool first;

	if ((inode->i_state & flags) == (unsigned long)flags)
		return;
	inode->i_state |= flags;
	if (was_dirty || !(bdi->capabilities & BDI_CAP_WRITEBACK))
		return;
	first = !wb_has_dirty_io(&bdi->wb);
	inode->dirtied_when = jiffies;
	inode_io_list_move(inode, &bdi->wb.b_dirty);
	if (first)
		wb_wakeup(&bdi->wb);
}

/* Back on b_dirty, newest; keeps b_dirty in dirtied_when order. */
static void redirty_tail(struct inode *inode, struct bdi_writeback *wb)
{
	struct inode *tail;

	if (!list_empty(&wb->b_dirty)) {
		tail = list_first_entry(&wb->b_dirty, struct inode, i_io_list);
		if (time_before(inode->dirtied_when, tail->dirtied_when))
			inode->dirtied_when = jiffies;
	}
	inode_io_list_move(inode, &wb->b_dirty);
}

/* Where an inode goes after its turn: still dirty, or done. */
static void requeue_inode(struct inode *inode, struct bdi_writeback *wb,
			  struct writeback_control *wbc)
{
	if ((inode->i_state & I_DIRTY) &&
	    (wbc->sync_mode == WB_SYNC_ALL || wbc->tagged_writepages))
		inode->dirtied_when = jiffies;
	if (wbc->pages_skipped) {
		redirty_tail(inode, wb);	/* could not write: later */
		return;
	}
	if (mapping_tagged(inode->i_mapping, PAGECACHE_TAG_DIRTY)) {
		if (wbc->nr_to_write <= 0)
			inode_io_list_move(inode, &wb->b_more_io);
		else
			redirty_tail(inode, wb);
	} else if (inode->i_state & I_DIRTY) {
		redirty_tail(inode, wb);
	} else {
		inode_io_list_del(inode);	/* clean */
	}
}

/*
 * Write the inode's pages as wbc says and, for a WB_SYNC_ALL call
 * that is not sync's, wait for them. The dirty bits are cleared after
 * the write, and I_DIRTY_PAGES set again if a page is dirty again.
 */
static int __writeback_single_inode(struct inode *inode,
				    struct writeback_control *wbc)
{
	struct address_space *mapping = inode->i_mapping;
	int ret, err;

	inode->i_state |= I_SYNC;
	ret = do_writepages(mapping, wbc);
	if (wbc->sync_mode == WB_SYNC_ALL && !wbc->for_sync) {
		err = filemap_fdatawait_range(mapping, 0, LLONG_MAX);
		if (!ret)
			ret = err;
	}
	inode->i_state &= ~I_DIRTY;
	if (mapping_tagged(mapping, PAGECACHE_TAG_DIRTY))
		inode->i_state |= I_DIRTY_PAGES;
	inode->i_state &= ~I_SYNC;
	return ret;
}

/* Write one inode's pages now, and wait if sync (Linux: the same). */
int write_inode_now(struct inode *inode, int sync)
{
	struct writeback_control wbc = {
		.nr_to_write = LONG_MAX,
		.sync_mode = sync ? WB_SYNC_ALL : WB_SYNC_NONE,
		.range_end = LLONG_MAX,
	};

	if (!mapping_can_writeback(inode->i_mapping))
		return 0;
	return __writeback_single_inode(inode, &wbc);
}

/* Inodes on b_dirty dirtied before dirtied_before go to b_io. */
static void queue_io(struct bdi_writeback *wb, unsigned long dirtied_before)
{
	struct inode *inode;

	while (!list_empty(&wb->b_more_io))
		inode_io_list_move(list_entry(wb->b_more_io.prev, struct inode,
					      i_io_list), &wb->b_io);
	while (!list_empty(&wb->b_dirty)) {
		inode = list_entry(wb->b_dirty.prev, struct inode,
				   i_io_list);
		if (time_after(inode->dirtied_when, dirtied_before))
			break;
		inode_io_list_move(inode, &wb->b_io);
	}
}

static long writeback_chunk_size(struct wb_writeback_work *work)
{
	if (work->sync_mode == WB_SYNC_ALL)
		return LONG_MAX;
	return min((unsigned long)work->nr_pages, MIN_WRITEBACK_PAGES);
}

/* Write the inodes on b_io, oldest first, until the pass has done. */
static long writeback_sb_inodes(struct bdi_writeback *wb,
				struct wb_writeback_work *work)
{
	struct inode *inode;
	long wrote = 0, chunk;

	while (!list_empty(&wb->b_io)) {
		struct writeback_control wbc = {
			.sync_mode = work->sync_mode,
			.for_kupdate = work->for_kupdate,
			.for_background = work->for_background,
			.for_sync = work->for_sync,
			.range_cyclic = work->range_cyclic,
			.range_end = LLONG_MAX,
		};

		inode = list_entry(wb->b_io.prev, struct inode, i_io_list);
		if (work->sb && inode->i_sb != work->sb) {
			redirty_tail(inode, wb);
			continue;
		}
		if (inode->i_state & I_SYNC) {	/* another pass has it */
			if (work->sync_mode == WB_SYNC_NONE) {
				inode_io_list_move(inode, &wb->b_more_io);
				continue;
			}
			while (inode->i_state & I_SYNC)
				schedule_timeout_uninterruptible(1);
		}
		if (inode->i_state & (I_WILL_FREE | I_FREEING)) {
			inode_io_list_move(inode, &wb->b_more_io);
			continue;	/* its last iput is writing it */
		}
		chunk = writeback_chunk_size(work);
		wbc.nr_to_write = chunk;
		inode->i_count++;	/* Linux: __iget() */
		__writeback_single_inode(inode, &wbc);
		wrote += chunk - wbc.nr_to_write;
		work->nr_pages -= chunk - wbc.nr_to_write;
		requeue_inode(inode, wb, &wbc);
		iput(inode);
		if (work->nr_pages <= 0)
			break;
	}
	return wrote;
}

/*
 * One pass: queue the inodes old enough, write them; again while the
 * pass makes progress and has pages left to write (and, in the
 * background, while the dirty pages are over bg_thresh).
 */
static long wb_writeback(struct bdi_writeback *wb,
			 struct wb_writeback_work *work)
{
	long nr_pages = work->nr_pages, progress;
	unsigned long dirtied_before = jiffies;

	wb->state |= 1UL << WB_writeback_running;
	for (;;) {
		if (work->nr_pages <= 0)
			break;
		if (work->for_background && !wb_over_bg_thresh(wb))
			break;
		if (work->for_kupdate)
			dirtied_before = jiffies -
				msecs_to_jiffies(dirty_expire_interval * 10);
		else if (work->for_background)
			dirtied_before = jiffies;
		if (list_empty(&wb->b_io))
			queue_io(wb, dirtied_before);
		progress = writeback_sb_inodes(wb, work);
		if (progress)
			continue;
		break;
	}
	wb->state &= ~(1UL << WB_writeback_running);
	return nr_pages - work->nr_pages;
}

static long get_nr_dirty_pages(struct bdi_writeback *wb)
{
	struct inode *inode;
	long n = global_node_page_state(NR_FILE_DIRTY);

	list_for_each_entry(inode, &wb->b_dirty, i_io_list)
		n++;			/* Linux: get_nr_dirty_inodes() */
	return n;
}

/* kupdate: every dirty_writeback_centisecs, the inodes that are old. */
static long wb_check_old_data_flush(struct bdi_writeback *wb)
{
	struct wb_writeback_work work = {
		.sync_mode = WB_SYNC_NONE,
		.for_kupdate = 1,
		.range_cyclic = 1,
		.reason = WB_REASON_PERIODIC,
	};
	unsigned long expired;

	if (!dirty_writeback_interval)
		return 0;
	expired = wb->last_old_flush +
		  msecs_to_jiffies(dirty_writeback_interval * 10);
	if (time_before(jiffies, expired))
		return 0;
	wb->last_old_flush = jiffies;
	work.nr_pages = get_nr_dirty_pages(wb);
	return work.nr_pages ? wb_writeback(wb, &work) : 0;
}

static long wb_check_background_flush(struct bdi_writeback *wb)
{
	struct wb_writeback_work work = {
		.nr_pages = LONG_MAX,
		.sync_mode = WB_SYNC_NONE,
		.for_background = 1,
		.range_cyclic = 1,
		.reason = WB_REASON_BACKGROUND,
	};

	return wb_over_bg_thresh(wb) ? wb_writeback(wb, &work) : 0;
}

static long wb_check_start_all(struct bdi_writeback *wb)
{
	struct wb_writeback_work work = {
		.sync_mode = WB_SYNC_NONE,
		.range_cyclic = 1,
		.reason = WB_REASON_SYNC,
	};

	if (!(wb->work_flags & WB_WORK_START_ALL))
		return 0;
	wb->work_flags &= ~WB_WORK_START_ALL;
	work.nr_pages = get_nr_dirty_pages(wb);
	return wb_writeback(wb, &work);
}

/* What the flusher does each time it wakes; the pages it wrote. */
long wb_do_writeback(struct bdi_writeback *wb)
{
	long wrote = 0;

	wb->work_flags &= ~WB_WORK_BACKGROUND;
	wrote += wb_check_start_all(wb);
	wrote += wb_check_old_data_flush(wb);
	wrote += wb_check_background_flush(wb);
	return wrote;
}

/*
 * The flusher of one device: a pass, then sleep for the interval if
 * something is dirty (for good if not) or until someone wakes it.
 */
int wb_workfn(void *data)
{
	struct bdi_writeback *wb = data;
	long timeout;

	while (!kthread_should_stop()) {
		wb_do_writeback(wb);
		set_current_state(TASK_INTERRUPTIBLE);
		if (wb->work_flags || kthread_should_stop()) {
			__set_current_state(TASK_RUNNING);
			continue;
		}
		timeout = MAX_SCHEDULE_TIMEOUT;
		if (wb_has_dirty_io(wb) && dirty_writeback_interval)
			timeout = msecs_to_jiffies(dirty_writeback_interval *
						   10);
		schedule_timeout(timeout);
	}
	return 0;
}

void wb_wakeup(struct bdi_writeback *wb)
{
	if (wb->task)
		wake_up_process(wb->task);
}

void wb_start_background_writeback(struct bdi_writeback *wb)
{
	wb->work_flags |= WB_WORK_BACKGROUND;
	wb_wakeup(wb);
}

/* Every flusher with dirty inodes writes them all (sync's first step). */
void wakeup_flusher_threads(enum wb_reason reason)
{
	struct backing_dev_info *bdi;

	(void)reason;
	list_for_each_entry(bdi, &bdi_list, bdi_list) {
		if (!wb_has_dirty_io(&bdi->wb))
			continue;
		bdi->wb.work_flags |= WB_WORK_START_ALL;
		wb_wakeup(&bdi->wb);
	}
}


int vfs_fsync_range(struct file *file, loff_t start, loff_t end,
		    int datasync)
{
	(void)start;
	(void)end;
	if (!file->f_op->fsync)
		return -EINVAL;
	return file->f_op->fsync(file, datasync);
}

int vfs_fsync(struct file *file, int datasync)
{
	return vfs_fsync_range(file, 0, LLONG_MAX, datasync);
}
/* Wait for the pages of sb's inodes under writeback, errors kept. */
static void wait_sb_inodes(struct super_block *sb)
{
	struct inode *inode, *next;

	list_for_each_entry_safe(inode, next, &sb->s_inodes, i_sb_list) {
		if (!mapping_tagged(inode->i_mapping,
				    PAGECACHE_TAG_WRITEBACK) ||
		    (inode->i_state & (I_WILL_FREE | I_FREEING)))
			continue;
		inode->i_count++;
		filemap_fdatawait_keep_errors(inode->i_mapping);
		next = list_entry(inode->i_sb_list.next, struct inode,
				  i_sb_list);
		iput(inode);
	}
}

/* Write every dirty page of sb and wait for all of them (Linux: its
 * caller waits while the flusher writes; here the caller writes). */
void sync_inodes_sb(struct super_block *sb)
{
	struct backing_dev_info *bdi = sb->s_bdi ? sb->s_bdi :
				      &noop_backing_dev_info;
	struct wb_writeback_work work = {
		.sb = sb,
		.sync_mode = WB_SYNC_ALL,
		.nr_pages = LONG_MAX,
		.for_sync = 1,
		.reason = WB_REASON_SYNC,
	};

	if (!(bdi->capabilities & BDI_CAP_WRITEBACK))
		return;
	wb_writeback(&bdi->wb, &work);
	wait_sb_inodes(sb);
}

int sync_filesystem(struct super_block *sb)
{
	sync_inodes_sb(sb);
	return 0;
}


long sys_syncfs(int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return sync_filesystem(f->f_inode->i_sb);
}
