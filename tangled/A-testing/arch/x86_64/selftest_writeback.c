/*
 * arch/x86_64/selftest_writeback.c: the flusher thread at work, run
 * with the scheduler's self-tests (it needs kthreadd).
 */
#include <linux/backing-dev.h>
#include <linux/delay.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/selftest.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/writeback.h>

/* A device for the flusher's tests: writes end now, or at a timer. */
static unsigned int flush_test_writes;
static bool flush_test_later;
static struct page *flush_test_pending;
static struct timer_list flush_test_timer;

static void flush_test_complete(struct timer_list *t)
{
	(void)t;
	end_page_writeback(flush_test_pending);
	put_page(flush_test_pending);
	flush_test_pending = NULL;
}

static int flush_test_writepage(struct page *page,
				struct writeback_control *wbc)
{
	(void)wbc;
	flush_test_writes++;
	set_page_writeback(page);
	unlock_page(page);
	if (!flush_test_later) {
		end_page_writeback(page);
		return 0;
	}
	get_page(page);
	flush_test_pending = page;	/* the "disk" answers in 20 ms */
	mod_timer(&flush_test_timer, jiffies + msecs_to_jiffies(20));
	return 0;
}

static const struct address_space_operations flush_test_aops = {
	.dirty_folio = filemap_dirty_folio,
	.writepage = flush_test_writepage,
};

static struct page *flush_test_dirty(struct address_space *m, pgoff_t i)
{
	struct page *page = find_or_create_page(m, i, GFP_KERNEL);

	SetPageUptodate(page);
	set_page_dirty(page);
	unlock_page(page);
	put_page(page);
	return page;
}

void test_the_flusher_wakes_on_time_and_on_demand(void)
{
	static struct backing_dev_info bdi;
	static struct super_block sb = { .s_bdi = &bdi };
	unsigned int interval = dirty_writeback_interval;
	unsigned int expire = dirty_expire_interval;
	struct address_space *m;
	struct inode *inode;
	struct page *page;

	INIT_LIST_HEAD(&sb.s_inodes);
	timer_setup(&flush_test_timer, flush_test_complete, 0);
	bdi_init(&bdi);
	EXPECT_EQ(bdi_register(&bdi, "selftest"), 0);
	EXPECT_STREQ(bdi.wb.task->comm, "flush-selftest");
	inode = new_inode(&sb);
	inode->i_mode = S_IFREG | 0644;
	m = inode->i_mapping;
	m->a_ops = &flush_test_aops;

	/* kupdate: every 100 ms, the pages dirty for over 200 ms */
	dirty_writeback_interval = 10;
	dirty_expire_interval = 20;
	flush_test_writes = 0;
	page = flush_test_dirty(m, 0);	/* wakes it: a short sleep now */
	msleep(100);
	EXPECT_EQ(flush_test_writes, 0);	/* too young */
	msleep(300);
	EXPECT_EQ(flush_test_writes, 1);
	EXPECT_TRUE(!PageDirty(page));

	/* over the background threshold: woken at once, kupdate off */
	dirty_writeback_interval = 0;
	dirty_background_bytes = 2 * PAGE_SIZE;
	flush_test_writes = 0;
	flush_test_dirty(m, 1);
	flush_test_dirty(m, 2);
	balance_dirty_pages_ratelimited(m);
	EXPECT_EQ(flush_test_writes, 0);	/* 2 pages: not over */
	flush_test_dirty(m, 3);
	balance_dirty_pages_ratelimited(m);
	msleep(10);
	EXPECT_EQ(flush_test_writes, 3);
	dirty_background_bytes = 0;
	dirty_background_ratio = 10;

	/* sync's wake-up: every dirty page, whatever its age */
	flush_test_writes = 0;
	flush_test_dirty(m, 4);
	wakeup_flusher_threads(WB_REASON_SYNC);
	msleep(10);
	EXPECT_EQ(flush_test_writes, 1);

	/* fsync's wait: until the device has answered */
	flush_test_later = true;
	page = flush_test_dirty(m, 5);
	EXPECT_EQ(filemap_write_and_wait_range(m, 0, LLONG_MAX), 0);
	EXPECT_TRUE(!PageWriteback(page) && !flush_test_pending);
	flush_test_later = false;

	dirty_writeback_interval = interval;
	dirty_expire_interval = expire;
	bdi_unregister(&bdi);
	iput(inode);
}
