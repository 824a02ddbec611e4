#ifndef _LINUX_WRITEBACK_H
#define _LINUX_WRITEBACK_H
/* Writing dirty pages back: what the caller asks of a writepage. */
#include <linux/fs.h>

enum writeback_sync_modes {
	WB_SYNC_NONE,		/* do not wait */
	WB_SYNC_ALL,		/* wait for every page (fsync, sync) */
};

struct writeback_control {
	long nr_to_write;	/* pages still to write */
	enum writeback_sync_modes sync_mode;
};

int generic_writepages(struct address_space *mapping,
		       struct writeback_control *wbc);
int filemap_write_and_wait(struct address_space *mapping);
#endif
