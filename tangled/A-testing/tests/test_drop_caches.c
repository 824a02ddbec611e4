/* tests/test_drop_caches.c: which pages invalidate_mapping_pages drops. */
#include "tests.h"
#include <linux/backing-dev.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/writeback.h>

static int drop_test_writepage(struct page *page,
			       struct writeback_control *wbc)
{
	(void)wbc;
	set_page_writeback(page);	/* and the disk never answers */
	unlock_page(page);
	return 0;
}

static const struct address_space_operations drop_test_aops = {
	.dirty_folio = filemap_dirty_folio,
	.writepage = drop_test_writepage,
};

static struct backing_dev_info drop_test_bdi;
static struct super_block drop_test_sb = { .s_bdi = &drop_test_bdi };

static void drop_setup(void)
{
	host_test_setup();
	bdi_init(&drop_test_bdi);
	INIT_LIST_HEAD(&drop_test_sb.s_inodes);
}

/* Page index of the file, up to date, unlocked, held by the cache only. */
static struct page *clean_page(struct address_space *m, pgoff_t index)
{
	struct page *page = find_or_create_page(m, index, GFP_KERNEL);

	ck_assert_ptr_nonnull(page);
	SetPageUptodate(page);
	unlock_page(page);
	put_page(page);
	return page;
}

START_TEST(test_only_clean_unused_pages_are_dropped)
{
	struct inode *inode = new_inode(&drop_test_sb);
	struct writeback_control wbc = { .sync_mode = WB_SYNC_NONE };
	struct address_space *m;
	struct page *locked, *held, *wb, *buf;
	unsigned long dropped = 0;

	ck_assert_ptr_nonnull(inode);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = 8 * PAGE_SIZE;
	m = inode->i_mapping;
	m->a_ops = &drop_test_aops;
	clean_page(m, 0);			/* goes */
	set_page_dirty(clean_page(m, 1));	/* dirty */
	locked = clean_page(m, 2);
	lock_page(locked);			/* locked */
	held = clean_page(m, 3);
	get_page(held);				/* someone's reference */
	wb = clean_page(m, 4);
	lock_page(wb);				/* under writeback */
	ck_assert(!clear_page_dirty_for_io(wb));
	drop_test_writepage(wb, &wbc);
	buf = clean_page(m, 5);
	SetPagePrivate(buf);			/* buffers */
	ck_assert_uint_eq(m->nrpages, 6);
	ck_assert_uint_eq(invalidate_mapping_pages(m, 0, ULONG_MAX), 1);
	ck_assert_uint_eq(m->nrpages, 5);
	ck_assert_ptr_null(xa_load(&m->i_pages, 0));
	ck_assert_ptr_eq(xa_load(&m->i_pages, 2), locked);

	/* Freed of what kept them, all five go: the dirty one once written */
	unlock_page(locked);
	put_page(held);
	__folio_end_writeback(wb);
	ClearPagePrivate(buf);
	ck_assert(clear_page_dirty_for_io(xa_load(&m->i_pages, 1)));
	drop_pagecache_sb(&drop_test_sb, &dropped);
	ck_assert_uint_eq(dropped, 5);
	ck_assert_uint_eq(m->nrpages, 0);
	iput(inode);
}
END_TEST

START_TEST(test_a_range_drops_only_its_pages)
{
	struct inode *inode = new_inode(&drop_test_sb);
	struct address_space *m;
	pgoff_t i;

	ck_assert_ptr_nonnull(inode);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = 8 * PAGE_SIZE;
	m = inode->i_mapping;
	m->a_ops = &drop_test_aops;
	for (i = 0; i < 8; i++)
		clean_page(m, i);
	ck_assert_uint_eq(invalidate_mapping_pages(m, 2, 4), 3);
	ck_assert_ptr_nonnull(xa_load(&m->i_pages, 1));
	ck_assert_ptr_null(xa_load(&m->i_pages, 2));
	ck_assert_ptr_null(xa_load(&m->i_pages, 4));
	ck_assert_ptr_nonnull(xa_load(&m->i_pages, 5));
	ck_assert_uint_eq(m->nrpages, 5);
	iput(inode);
}
END_TEST

Suite *drop_caches_suite(void)
{
	Suite *s = suite_create("drop_caches");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, drop_setup, NULL);
	tcase_add_test(tc, test_only_clean_unused_pages_are_dropped);
	tcase_add_test(tc, test_a_range_drops_only_its_pages);
	suite_add_tcase(s, tc);
	return s;
}
