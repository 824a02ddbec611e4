/*
 * mm/backing-dev.c: the devices that file systems write back to, each
 * with its bdi_writeback and the thread that flushes it.
 */
#include <linux/backing-dev.h>
#include <linux/err.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/pagemap.h>
#include <linux/slab.h>
#include <linux/sprintf.h>
#include <linux/writeback.h>

LIST_HEAD(bdi_list);

/* A device that writes back (Linux: bdi_alloc's capabilities). */
int bdi_init(struct backing_dev_info *bdi)
{
	struct bdi_writeback *wb = &bdi->wb;

	bdi->capabilities = BDI_CAP_WRITEBACK | BDI_CAP_WRITEBACK_ACCT;
	bdi->ra_pages = VM_READAHEAD_PAGES;
	INIT_LIST_HEAD(&bdi->bdi_list);
	wb->bdi = bdi;
	wb->state = 0;
	wb->work_flags = 0;
	wb->task = NULL;
	wb->last_old_flush = jiffies;
	INIT_LIST_HEAD(&wb->b_dirty);
	INIT_LIST_HEAD(&wb->b_io);
	INIT_LIST_HEAD(&wb->b_more_io);
	return 0;
}

/*
 * The device by its name ("254:0"), and its flusher: a thread of its
 * own, "flush-254:0" (Linux runs wb_workfn on a workqueue's kworker).
 */
int bdi_register(struct backing_dev_info *bdi, const char *name)
{
	struct task_struct *task;

	scnprintf(bdi->dev_name, sizeof(bdi->dev_name), "%s", name);
	if (!kthreadd_task)	/* the host tests' machine: no flusher */
		return 0;
	task = kthread_run(wb_workfn, &bdi->wb, "flush-%s", name);
	if (IS_ERR(task))
		return PTR_ERR(task);
	bdi->wb.task = task;
	bdi->wb.state |= 1UL << WB_registered;
	list_add_tail(&bdi->bdi_list, &bdi_list);
	return 0;
}

void bdi_unregister(struct backing_dev_info *bdi)
{
	if (!(bdi->wb.state & (1UL << WB_registered)))
		return;
	list_del_init(&bdi->bdi_list);
	kthread_stop(bdi->wb.task);
	bdi->wb.task = NULL;
	bdi->wb.state &= ~(1UL << WB_registered);
}

/* A device's backing_dev_info, ready to register (Linux: the same). */
struct backing_dev_info *bdi_alloc(int node_id)
{
	struct backing_dev_info *bdi = kzalloc(sizeof(*bdi), GFP_KERNEL);

	(void)node_id;
	if (bdi)
		bdi_init(bdi);
	return bdi;
}
