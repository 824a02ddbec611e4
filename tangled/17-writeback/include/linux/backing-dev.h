#ifndef _LINUX_BACKING_DEV_H
#define _LINUX_BACKING_DEV_H
/* The devices under file systems, each with its flusher. */
#include <linux/fs.h>
#include <linux/list.h>

/* bdi_writeback.state */
enum wb_state {
	WB_registered,		/* its flusher runs */
	WB_writeback_running,	/* it is writing back now */
	WB_has_dirty_io,	/* some inode is dirty */
};

/* bdi_writeback.work_flags: what it has been asked for */
#define WB_WORK_START_ALL	(1UL << 0)	/* wakeup_flusher_threads */
#define WB_WORK_BACKGROUND	(1UL << 1)	/* over bg_thresh */

extern struct list_head bdi_list;

int bdi_init(struct backing_dev_info *bdi);
int bdi_register(struct backing_dev_info *bdi, const char *name);
void bdi_unregister(struct backing_dev_info *bdi);
void wb_wakeup(struct bdi_writeback *wb);

static inline bool wb_has_dirty_io(struct bdi_writeback *wb)
{
	return !list_empty(&wb->b_dirty) || !list_empty(&wb->b_io) ||
	       !list_empty(&wb->b_more_io);
}

static inline bool writeback_in_progress(struct bdi_writeback *wb)
{
	return wb->state & (1UL << WB_writeback_running);
}

static inline struct bdi_writeback *inode_to_wb(struct inode *inode)
{
	return &inode_to_bdi(inode)->wb;
}
#endif
