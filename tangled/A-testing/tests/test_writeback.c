/* tests/test_writeback.c: dirty pages, writeback, the limits, kupdate. */
#include "tests.h"
#include <linux/backing-dev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include <linux/writeback.h>

/* A made-up device: its writes finish at once, later, or fail. */
enum test_mode { WRITE_NOW, WRITE_LATER, FAIL_NOW, FAIL_LATER };

static enum test_mode mode;
static unsigned int writes;
static struct page *pending[64];
static unsigned int nr_pending;

static int test_writepage(struct page *page, struct writeback_control *wbc)
{
	writes++;
	if (mode == FAIL_NOW) {		/* the write could not start */
		redirty_page_for_writepage(wbc, page);
		unlock_page(page);
		return -EIO;
	}
	set_page_writeback(page);
	unlock_page(page);
	if (mode == WRITE_NOW) {
		end_page_writeback(page);
		return 0;
	}
	get_page(page);
	pending[nr_pending++] = page;
	return 0;
}

/* The device answers every write it holds, with err or not. */
static void complete_pending(int err)
{
	unsigned int i;

	for (i = 0; i < nr_pending; i++) {
		if (err) {
			SetPageError(pending[i]);
			mapping_set_error(pending[i]->mapping, err);
		}
		end_page_writeback(pending[i]);
		put_page(pending[i]);
	}
	nr_pending = 0;
}

static const struct address_space_operations test_wb_aops = {
	.dirty_folio = filemap_dirty_folio,
	.writepage = test_writepage,
};

static struct backing_dev_info test_bdi;
static struct super_block test_sb = { .s_bdi = &test_bdi };
static long stat0[NR_VM_NODE_STAT_ITEMS];

static void writeback_setup(void)
{
	int i;

	host_test_setup();
	bdi_init(&test_bdi);
	INIT_LIST_HEAD(&test_sb.s_inodes);
	for (i = 0; i < NR_VM_NODE_STAT_ITEMS; i++)
		stat0[i] = global_node_page_state(i);
	mode = WRITE_NOW;
	writes = nr_pending = 0;
}

/* How far a counter has moved since the test began. */
static long moved(enum node_stat_item item)
{
	return (long)global_node_page_state(item) - stat0[item];
}

static struct inode *test_inode(void)
{
	struct inode *inode = new_inode(&test_sb);

	ck_assert_ptr_nonnull(inode);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = 64 * PAGE_SIZE;
	inode->i_mapping->a_ops = &test_wb_aops;
	return inode;
}

/* Page index of the file, up to date and dirtied as a write does. */
static struct page *dirty_page(struct address_space *mapping, pgoff_t index)
{
	struct page *page = find_or_create_page(mapping, index, GFP_KERNEL);

	ck_assert_ptr_nonnull(page);
	SetPageUptodate(page);
	set_page_dirty(page);
	unlock_page(page);
	put_page(page);
	return page;
}

static bool tagged(struct address_space *mapping, pgoff_t index,
		   xa_mark_t tag)
{
	return xa_get_mark(&mapping->i_pages, index, tag);
}

static bool on_list(struct inode *inode, struct list_head *head)
{
	struct inode *i;

	list_for_each_entry(i, head, i_io_list)
		if (i == inode)
			return true;
	return false;
}

START_TEST(test_a_page_goes_dirty_writeback_clean)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	struct page *page;
	pgoff_t i;

	for (i = 0; i < 3; i++)
		page = dirty_page(m, i);
	ck_assert_int_eq(moved(NR_FILE_PAGES), 3);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 3);
	ck_assert_int_eq(moved(NR_DIRTIED), 3);
	ck_assert(PageDirty(page) && tagged(m, 2, PAGECACHE_TAG_DIRTY));
	ck_assert(inode->i_state & I_DIRTY_PAGES);
	ck_assert(on_list(inode, &test_bdi.wb.b_dirty));
	ck_assert_uint_eq(inode->dirtied_when, jiffies);
	dirty_page(m, 1);		/* dirty again: counted once */
	ck_assert_int_eq(moved(NR_DIRTIED), 3);

	mode = WRITE_LATER;
	ck_assert_int_eq(filemap_fdatawrite(m), 0);
	ck_assert_uint_eq(writes, 3);
	ck_assert(!PageDirty(page) && PageWriteback(page));
	ck_assert(!tagged(m, 2, PAGECACHE_TAG_DIRTY));
	ck_assert(tagged(m, 2, PAGECACHE_TAG_WRITEBACK));
	ck_assert(!mapping_tagged(m, PAGECACHE_TAG_TOWRITE));
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 0);
	ck_assert_int_eq(moved(NR_WRITEBACK), 3);

	complete_pending(0);
	ck_assert(!PageWriteback(page) && !PageError(page));
	ck_assert(!mapping_tagged(m, PAGECACHE_TAG_WRITEBACK));
	ck_assert_int_eq(moved(NR_WRITEBACK), 0);
	ck_assert_int_eq(moved(NR_WRITTEN), 3);
	ck_assert_int_eq(filemap_fdatawrite(m), 0);	/* nothing left */
	ck_assert_uint_eq(writes, 3);
	iput(inode);
	ck_assert_int_eq(moved(NR_FILE_PAGES), 0);
}
END_TEST

START_TEST(test_nr_to_write_bounds_a_background_pass)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	struct writeback_control wbc = {
		.sync_mode = WB_SYNC_NONE,
		.range_cyclic = 1,
	};
	pgoff_t i;

	for (i = 0; i < 10; i++)
		dirty_page(m, i);
	wbc.nr_to_write = 4;
	ck_assert_int_eq(do_writepages(m, &wbc), 0);
	ck_assert_uint_eq(writes, 4);
	ck_assert_int_eq(wbc.nr_to_write, 0);
	ck_assert(!PageDirty(find_get_page(m, 3)));
	put_page(find_get_page(m, 3));
	ck_assert(PageDirty(find_get_page(m, 4)));
	put_page(find_get_page(m, 4));
	wbc.nr_to_write = 4;		/* the next pass goes on from there */
	do_writepages(m, &wbc);
	ck_assert_uint_eq(writes, 8);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 2);
	/* WB_SYNC_ALL writes every dirty page, whatever nr_to_write says */
	wbc.sync_mode = WB_SYNC_ALL;
	wbc.range_cyclic = 0;
	wbc.range_end = LLONG_MAX;
	wbc.nr_to_write = 1;
	do_writepages(m, &wbc);
	ck_assert_uint_eq(writes, 10);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 0);
	iput(inode);
}
END_TEST

START_TEST(test_a_background_pass_skips_pages_under_writeback)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	struct writeback_control wbc = {
		.sync_mode = WB_SYNC_NONE,
		.nr_to_write = 16,
		.range_end = LLONG_MAX,
	};

	mode = WRITE_LATER;
	dirty_page(m, 0);
	dirty_page(m, 1);
	filemap_fdatawrite_range(m, 0, PAGE_SIZE - 1);	/* page 0 only */
	ck_assert_uint_eq(writes, 1);
	dirty_page(m, 0);		/* changed while it is written */
	ck_assert(PageDirty(find_get_page(m, 0)));
	put_page(find_get_page(m, 0));
	do_writepages(m, &wbc);
	ck_assert_uint_eq(writes, 2);	/* page 1; page 0 not twice at once */
	complete_pending(0);
	do_writepages(m, &wbc);
	ck_assert_uint_eq(writes, 3);
	complete_pending(0);
	iput(inode);
}
END_TEST

/* An opener of the inode's file, as open makes one. */
static void open_file(struct file *f, struct inode *inode)
{
	memset(f, 0, sizeof(*f));
	f->f_inode = inode;
	f->f_mapping = inode->i_mapping;
	f->f_wb_err = errseq_sample(&inode->i_mapping->wb_err);
}

START_TEST(test_a_write_error_is_seen_once_by_each_opener)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	struct file a, b, late;
	struct page *page;

	open_file(&a, inode);
	open_file(&b, inode);
	mode = FAIL_LATER;
	page = dirty_page(m, 0);
	ck_assert_int_eq(filemap_fdatawrite(m), 0);
	complete_pending(-EIO);
	ck_assert(PageError(page));	/* marked, not silently clean */
	ck_assert_int_eq(file_write_and_wait_range(&a, 0, LLONG_MAX), -EIO);
	ck_assert_int_eq(file_write_and_wait_range(&a, 0, LLONG_MAX), 0);
	open_file(&late, inode);	/* after the error was seen */
	ck_assert_int_eq(generic_file_fsync(&b, 0), -EIO);
	ck_assert_int_eq(file_write_and_wait_range(&late, 0, LLONG_MAX), 0);
	/* a second error is news to everyone again */
	dirty_page(m, 1);
	filemap_fdatawrite(m);
	complete_pending(-ENOSPC);
	ck_assert_int_eq(file_write_and_wait_range(&late, 0, LLONG_MAX),
			 -ENOSPC);
	ck_assert_int_eq(file_write_and_wait_range(&a, 0, LLONG_MAX),
			 -ENOSPC);
	ck_assert_int_eq(file_write_and_wait_range(&a, 0, LLONG_MAX), 0);
	iput(inode);
}
END_TEST

START_TEST(test_the_old_interface_reports_an_error_to_one_caller)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;

	mode = FAIL_LATER;
	dirty_page(m, 0);
	ck_assert_int_eq(filemap_fdatawrite(m), 0);
	complete_pending(-EIO);
	ck_assert_int_eq(filemap_fdatawait_range(m, 0, LLONG_MAX), -EIO);
	ck_assert_int_eq(filemap_fdatawait_range(m, 0, LLONG_MAX), 0);
	iput(inode);
}
END_TEST

START_TEST(test_a_write_that_cannot_start_leaves_the_page_dirty)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	struct file f;
	struct page *page;

	open_file(&f, inode);
	mode = FAIL_NOW;
	page = dirty_page(m, 0);
	ck_assert_int_eq(file_write_and_wait_range(&f, 0, LLONG_MAX), -EIO);
	ck_assert(PageDirty(page) && !PageWriteback(page));
	ck_assert(tagged(m, 0, PAGECACHE_TAG_DIRTY));
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 1);
	ck_assert_int_eq(moved(NR_DIRTIED), 1);
	ck_assert_int_eq(moved(NR_WRITTEN), 0);
	mode = WRITE_NOW;		/* the device is well again */
	ck_assert_int_eq(file_write_and_wait_range(&f, 0, LLONG_MAX), 0);
	ck_assert(!PageDirty(page));
	iput(inode);
}
END_TEST

START_TEST(test_a_device_that_cannot_write_back_is_not_counted)
{
	static struct super_block ram_sb;	/* the noop bdi, as ramfs */
	static const struct address_space_operations ram_aops = {
		.dirty_folio = noop_dirty_folio,
	};
	struct inode *inode;
	struct page *page;

	INIT_LIST_HEAD(&ram_sb.s_inodes);
	inode = new_inode(&ram_sb);
	inode->i_mapping->a_ops = &ram_aops;
	page = dirty_page(inode->i_mapping, 0);
	ck_assert(PageDirty(page));
	ck_assert_int_eq(moved(NR_FILE_PAGES), 1);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 0);
	ck_assert_int_eq(moved(NR_DIRTIED), 0);
	ck_assert(!(inode->i_state & I_DIRTY_PAGES));
	ck_assert_int_eq(filemap_write_and_wait_range(inode->i_mapping, 0,
						      LLONG_MAX), 0);
	ck_assert(PageDirty(page));
	iput(inode);
	ck_assert_int_eq(moved(NR_FILE_PAGES), 0);
}
END_TEST

START_TEST(test_kupdate_writes_the_inodes_dirtied_long_enough_ago)
{
	struct inode *old = test_inode(), *young = test_inode();
	struct bdi_writeback *wb = &test_bdi.wb;
	unsigned long t0 = jiffies;

	dirty_page(old->i_mapping, 0);
	jiffies = t0 + 20 * HZ;
	dirty_page(young->i_mapping, 0);
	dirty_page(young->i_mapping, 1);
	ck_assert_uint_eq(young->dirtied_when, t0 + 20 * HZ);
	/* 31 s: the old one has been dirty over 30 s, the young one 11 */
	jiffies = t0 + 31 * HZ;
	ck_assert_int_eq(wb_do_writeback(wb), 1);
	ck_assert(!(old->i_state & I_DIRTY_PAGES));
	ck_assert(!on_list(old, &wb->b_dirty));
	ck_assert(on_list(young, &wb->b_dirty));
	/* the next pass comes dirty_writeback_centisecs later, not sooner */
	jiffies = t0 + 33 * HZ;
	dirty_expire_interval = 0;	/* everything is old enough now */
	ck_assert_int_eq(wb_do_writeback(wb), 0);
	dirty_expire_interval = 30 * 100;
	jiffies = t0 + 36 * HZ;
	ck_assert_int_eq(wb_do_writeback(wb), 0);	/* young: 16 s */
	jiffies = t0 + 51 * HZ;
	ck_assert_int_eq(wb_do_writeback(wb), 2);
	ck_assert(list_empty(&wb->b_dirty) && list_empty(&wb->b_io));
	ck_assert_uint_eq(writes, 3);
	iput(old);
	iput(young);
}
END_TEST

START_TEST(test_sync_writes_every_inode_of_its_file_system)
{
	struct inode *a = test_inode(), *b = test_inode();

	dirty_page(a->i_mapping, 0);
	dirty_page(b->i_mapping, 5);
	dirty_page(b->i_mapping, 7);
	sync_inodes_sb(&test_sb);
	ck_assert_uint_eq(writes, 3);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 0);
	ck_assert(list_empty(&test_bdi.wb.b_dirty));
	iput(a);
	iput(b);
}
END_TEST

/*
 * Linux 6.1's own thresholds, from the reference boots' /proc/vmstat,
 * and the zones' high watermarks and lowmem_reserve from their
 * /proc/zoneinfo (tests/linux-6.1/dirty-limits.txt): the reserve is
 * chapter 8's totalreserve_pages, the rest the rule of this chapter.
 */
struct linux_zone {
	unsigned long high, managed, protection;
};

struct linux_machine {
	const char *name;
	unsigned long free, file, thresh, bg_thresh;
	struct linux_zone zones[10];
};

static const struct linux_machine linux_machines[] = {
	{ "m128", 13805, 0, 2668, 1332,
	  { { 84, 3840, 56 }, { 319, 16640, 0 } } },
	{ "m256", 45711, 0, 8969, 4479,
	  { { 50, 3840, 182 }, { 620, 48848, 0 } } },
	{ "m4608-smp2", 1118164, 0, 217470, 108602,
	  { { 85, 3840, 4389 }, { 16910, 754602, 1450 },
	    { 8346, 371333, 0 } } },
	{ "numa2-m4g", 989432, 0, 190484, 95126,
	  { { 128, 3840, 1999 }, { 17270, 511891, 0 },
	    { 7832, 234410, 990 }, { 8557, 253638, 0 } } },
};

START_TEST(test_the_thresholds_are_linuxs)
{
	const struct linux_machine *lm = &linux_machines[_i];
	struct dirty_throttle_control dtc;
	unsigned long reserve = 0, r;
	int z;

	for (z = 0; z < 10 && lm->zones[z].managed; z++) {
		r = lm->zones[z].high + lm->zones[z].protection;
		reserve += min(r, lm->zones[z].managed);
	}
	dtc.avail = __global_dirtyable_memory(lm->free, lm->file, reserve);
	domain_dirty_limits(&dtc);
	ck_assert_msg(dtc.thresh == lm->thresh, "%s: nr_dirty_threshold %lu",
		      lm->name, dtc.thresh);
	ck_assert_msg(dtc.bg_thresh == lm->bg_thresh,
		      "%s: nr_dirty_background_threshold %lu", lm->name,
		      dtc.bg_thresh);
}
END_TEST

START_TEST(test_the_bytes_and_the_ratios_clear_each_other)
{
	struct dirty_throttle_control dtc = { .avail = 10000 };

	ck_assert_int_eq(sysctl_vm_write("vm.dirty_bytes", "4096"), -EINVAL);
	ck_assert_int_eq(sysctl_vm_write("vm.dirty_bytes", "4000000"), 0);
	ck_assert_int_eq(vm_dirty_ratio, 0);
	ck_assert_int_eq(sysctl_vm_write("vm.dirty_background_bytes",
					 "1000000\n"), 0);
	ck_assert_int_eq(dirty_background_ratio, 0);
	domain_dirty_limits(&dtc);
	ck_assert_uint_eq(dtc.thresh, 977);	/* 4000000 bytes, rounded up */
	ck_assert_uint_eq(dtc.bg_thresh, 245);
	ck_assert_int_eq(sysctl_vm_write("vm.dirty_background_bytes",
					 "8000000"), 0);
	domain_dirty_limits(&dtc);
	ck_assert_uint_eq(dtc.bg_thresh, 488);	/* over thresh: half */
	ck_assert_int_eq(sysctl_vm_write("vm.dirty_ratio", "20"), 0);
	ck_assert_uint_eq(vm_dirty_bytes, 0);
	ck_assert_int_eq(sysctl_vm_write("vm.dirty_background_ratio", "10"),
			 0);
	ck_assert_uint_eq(dirty_background_bytes, 0);
	domain_dirty_limits(&dtc);
	ck_assert_uint_eq(dtc.thresh, 1999);	/* 819/4096 of 10000 */
	ck_assert_uint_eq(dtc.bg_thresh, 998);
}
END_TEST

START_TEST(test_a_writer_over_the_freerun_ceiling_pauses)
{
	struct inode *inode = test_inode();
	struct address_space *m = inode->i_mapping;
	unsigned long bg, thresh, t;
	pgoff_t i;

	/* only this test's pages dirty: limits of 100 and 50 pages */
	vm_dirty_bytes = 100 * PAGE_SIZE;
	dirty_background_bytes = 50 * PAGE_SIZE;
	global_dirty_limits(&bg, &thresh);
	ck_assert_uint_eq(thresh, 100);
	ck_assert_uint_eq(bg, 50);
	ck_assert_int_eq(global_node_page_state(NR_FILE_DIRTY), 0);
	for (i = 0; i < 60; i++)
		dirty_page(m, i);
	t = jiffies;
	balance_dirty_pages_ratelimited(m);	/* under (100 + 50) / 2 */
	ck_assert_uint_eq(jiffies, t);
	ck_assert(test_bdi.wb.work_flags & WB_WORK_BACKGROUND);
	for (; i < 90; i++)
		dirty_page(m, i);
	balance_dirty_pages_ratelimited(m);	/* 15 of 25 pages over */
	ck_assert_uint_eq(jiffies - t, MAX_PAUSE * 15 / 25);
	ck_assert_uint_eq(dirty_poll_pause(99, 75, 100), MAX_PAUSE * 24 / 25);
	ck_assert_uint_eq(dirty_poll_pause(120, 75, 100), MAX_PAUSE);
	ck_assert_uint_eq(dirty_poll_pause(76, 75, 1000), 1);
	vm_dirty_bytes = dirty_background_bytes = 0;
	iput(inode);
}
END_TEST

START_TEST(test_the_last_iput_writes_a_linked_inode_not_an_unlinked_one)
{
	struct inode *linked = test_inode(), *unlinked = test_inode();

	dirty_page(linked->i_mapping, 0);
	dirty_page(linked->i_mapping, 1);
	dirty_page(unlinked->i_mapping, 0);
	unlinked->i_nlink = 0;
	iput(unlinked);
	ck_assert_uint_eq(writes, 0);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 2);	/* dropped, uncounted */
	iput(linked);
	ck_assert_uint_eq(writes, 2);
	ck_assert_int_eq(moved(NR_FILE_DIRTY), 0);
	ck_assert_int_eq(moved(NR_WRITTEN), 2);
	ck_assert_int_eq(moved(NR_FILE_PAGES), 0);
	ck_assert(list_empty(&test_bdi.wb.b_dirty));
}
END_TEST

START_TEST(test_vmstat_prints_the_counters_in_linuxs_order)
{
	struct inode *inode = test_inode();
	unsigned long bg, thresh;
	char want[160];

	dirty_page(inode->i_mapping, 0);
	vmstat_show(test_seq(), NULL);
	global_dirty_limits(&bg, &thresh);
	libc_snprintf(want, sizeof(want),
		      "nr_free_pages %lu\nnr_file_pages %lu\nnr_dirty %lu\n"
		      "nr_writeback %lu\nnr_dirtied %lu\nnr_written %lu\n"
		      "nr_dirty_threshold %lu\n"
		      "nr_dirty_background_threshold %lu\n",
		      nr_free_pages(), global_node_page_state(NR_FILE_PAGES),
		      global_node_page_state(NR_FILE_DIRTY),
		      global_node_page_state(NR_WRITEBACK),
		      global_node_page_state(NR_DIRTIED),
		      global_node_page_state(NR_WRITTEN),
		      thresh, bg);
	ck_assert_str_eq(test_seq_text(), want);
	ck_assert_uint_ge(global_node_page_state(NR_FILE_DIRTY), 1);
	ck_assert_int_gt(sysctl_vm_read("vm.dirty_ratio", want, 16), 0);
	ck_assert_str_eq(want, "20");
	ck_assert_int_gt(sysctl_vm_read("vm.dirty_bytes", want, 16), 0);
	ck_assert_str_eq(want, "0");
	ck_assert_int_gt(sysctl_vm_read("vm.dirty_expire_centisecs", want,
					16), 0);
	ck_assert_str_eq(want, "3000");
	iput(inode);
}
END_TEST

Suite *writeback_suite(void)
{
	Suite *s = suite_create("writeback");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, writeback_setup, NULL);
	tcase_add_test(tc, test_a_page_goes_dirty_writeback_clean);
	tcase_add_test(tc, test_nr_to_write_bounds_a_background_pass);
	tcase_add_test(tc,
		       test_a_background_pass_skips_pages_under_writeback);
	tcase_add_test(tc, test_a_write_error_is_seen_once_by_each_opener);
	tcase_add_test(tc,
		       test_the_old_interface_reports_an_error_to_one_caller);
	tcase_add_test(tc,
		       test_a_write_that_cannot_start_leaves_the_page_dirty);
	tcase_add_test(tc,
		       test_a_device_that_cannot_write_back_is_not_counted);
	tcase_add_test(tc,
		       test_kupdate_writes_the_inodes_dirtied_long_enough_ago);
	tcase_add_test(tc, test_sync_writes_every_inode_of_its_file_system);
	tcase_add_loop_test(tc, test_the_thresholds_are_linuxs, 0,
			    ARRAY_SIZE(linux_machines));
	tcase_add_test(tc, test_the_bytes_and_the_ratios_clear_each_other);
	tcase_add_test(tc, test_a_writer_over_the_freerun_ceiling_pauses);
	tcase_add_test(tc,
	    test_the_last_iput_writes_a_linked_inode_not_an_unlinked_one);
	tcase_add_test(tc, test_vmstat_prints_the_counters_in_linuxs_order);
	suite_add_tcase(s, tc);
	return s;
}
