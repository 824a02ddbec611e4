/* tests/test_filemap.c: the page cache, readahead, truncation. */
#include "tests.h"
#include <linux/dcache.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../mm/slab.h"

static unsigned long nodes(void)
{
	unsigned long a, total, slabs;

	kmem_cache_shrink(radix_tree_node_cachep);
	get_slabinfo(radix_tree_node_cachep, &a, &total, &slabs);
	return a;
}

static void filemap_setup(void)
{
	host_test_setup();
	current->files = dup_fd(NULL);
	ck_assert_ptr_nonnull(current->files);
}

static void filemap_teardown(void)
{
	exit_files(current);
}

/* A file system on a made-up disk: page i holds bytes i & 0xff. */
static unsigned int read_folio_calls, readahead_calls, pages_read;

static void fill(struct page *page)
{
	memset(page_address(page), (int)(page->index & 0xff), PAGE_SIZE);
	SetPageUptodate(page);
	unlock_page(page);
	pages_read++;
}

static int test_read_folio(struct file *file, struct page *page)
{
	(void)file;
	read_folio_calls++;
	fill(page);
	return 0;
}

static void test_readahead(struct readahead_control *rac)
{
	struct page *page;

	readahead_calls++;
	while ((page = readahead_page(rac))) {
		fill(page);
		put_page(page);
	}
}

static const struct address_space_operations test_aops = {
	.read_folio = test_read_folio,
	.readahead = test_readahead,
};

static struct backing_dev_info test_bdi = {
	.ra_pages = VM_READAHEAD_PAGES,
};

static struct super_block test_sb = { .s_bdi = &test_bdi };

/* A file of 1000 pages on it, opened (a file of our own, no dentry). */
static struct file *test_file(void)
{
	static struct file f;
	struct inode *inode;

	INIT_LIST_HEAD(&test_sb.s_inodes);
	inode = new_inode(&test_sb);
	ck_assert_ptr_nonnull(inode);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = 1000 * PAGE_SIZE;
	inode->i_mapping->a_ops = &test_aops;
	memset(&f, 0, sizeof(f));
	f.f_inode = inode;
	f.f_mapping = inode->i_mapping;
	file_ra_state_init(&f.f_ra, f.f_mapping);
	read_folio_calls = readahead_calls = pages_read = 0;
	return &f;
}

/* Read page index of f whole, and check it holds its pattern. */
static void read_page(struct file *f, pgoff_t index)
{
	static char buf[PAGE_SIZE];
	loff_t pos = index * PAGE_SIZE;
	struct iov_iter to;
	unsigned int i;

	iov_iter_init(&to, ITER_KVEC, buf, PAGE_SIZE);
	ck_assert_int_eq(generic_file_read_iter(f, &to, &pos), PAGE_SIZE);
	for (i = 0; i < PAGE_SIZE; i += 512)
		ck_assert_int_eq((unsigned char)buf[i], index & 0xff);
}

START_TEST(test_sequential_reads_read_ahead)
{
	unsigned long base = nodes();
	struct file *f = test_file();
	struct address_space *m = f->f_mapping;
	pgoff_t i;

	ck_assert_uint_eq(f->f_ra.ra_pages, 32);	/* 128 KiB */
	read_page(f, 0);	/* the first window: pages 0 to 31 */
	ck_assert_uint_eq(readahead_calls, 1);
	ck_assert_uint_eq(m->nrpages, 32);
	for (i = 1; i < 64; i++)
		read_page(f, i);
	/* page 1 marked, then page 32: two more windows, to page 95 */
	ck_assert_uint_eq(readahead_calls, 3);
	ck_assert_uint_eq(read_folio_calls, 0);
	ck_assert_uint_eq(pages_read, 96);
	ck_assert_uint_eq(m->nrpages, 96);
	ck_assert(PageReadahead(find_get_page(m, 64)));
	put_page(find_get_page(m, 64));
	ck_assert_ptr_null(find_get_page(m, 96));
	iput(f->f_inode);
	ck_assert_uint_eq(nodes(), base);
}
END_TEST

START_TEST(test_random_reads_read_only_their_pages)
{
	static const pgoff_t idx[] = { 500, 100, 900, 100 };
	struct file *f = test_file();
	struct address_space *m = f->f_mapping;
	unsigned long i;
	struct page *page;

	for (i = 0; i < ARRAY_SIZE(idx); i++)
		read_page(f, idx[i]);
	ck_assert_uint_eq(pages_read, 3);	/* the second 100 is cached */
	ck_assert_uint_eq(m->nrpages, 3);
	xa_for_each(&m->i_pages, i, page)
		ck_assert(!PageReadahead(page));
	iput(f->f_inode);
}
END_TEST

START_TEST(test_reads_stop_at_the_end_of_the_file)
{
	struct file *f = test_file();
	char buf[16];
	loff_t pos = 1000 * PAGE_SIZE - 4;
	struct iov_iter to;

	f->f_inode->i_size -= 4;	/* the last page has 4092 bytes */
	iov_iter_init(&to, ITER_KVEC, buf, sizeof(buf));
	ck_assert_int_eq(generic_file_read_iter(f, &to, &pos), 0);
	pos -= 4;
	ck_assert_int_eq(generic_file_read_iter(f, &to, &pos), 4);
	ck_assert_int_eq(buf[0], (char)(999 & 0xff));
	ck_assert_uint_eq(f->f_mapping->nrpages, 1);	/* random: one */
	iput(f->f_inode);
}
END_TEST

/* A ramfs file of len bytes of c, open for reading and writing. */
static struct file *ramfs_file(const char *name, char c, size_t len)
{
	static char buf[3 * PAGE_SIZE];
	struct file *f = do_filp_open(AT_FDCWD, name, O_RDWR | O_CREAT,
				      0644);
	loff_t pos = 0;

	ck_assert(!IS_ERR(f));
	memset(buf, c, len);
	ck_assert_int_eq(kernel_write(f, buf, len, &pos), len);
	return f;
}

START_TEST(test_pagecache_get_page_flags)
{
	struct file *f = ramfs_file("/pc", 'x', 0);
	struct address_space *m = f->f_mapping;
	struct page *page;

	ck_assert_ptr_null(find_get_page(m, 3));
	ck_assert_ptr_null(pagecache_get_page(m, 3, FGP_LOCK, 0));
	page = pagecache_get_page(m, 3, FGP_LOCK | FGP_CREAT, GFP_KERNEL);
	ck_assert_ptr_nonnull(page);
	ck_assert(PageLocked(page));
	ck_assert(!PageUptodate(page));
	ck_assert_ptr_eq(page->mapping, m);
	ck_assert_uint_eq(page->index, 3);
	ck_assert_uint_eq(m->nrpages, 1);
	ck_assert_int_eq(page_count(page), 2);	/* the cache's and ours */
	ck_assert_ptr_null(pagecache_get_page(m, 3, FGP_LOCK | FGP_NOWAIT,
					      0));
	ck_assert_int_eq(page_count(page), 2);
	unlock_page(page);
	ck_assert_ptr_eq(find_lock_page(m, 3), page);
	ck_assert(PageLocked(page));
	ck_assert_int_eq(page_count(page), 3);
	delete_from_page_cache(page);
	unlock_page(page);
	ck_assert_ptr_null(page->mapping);
	ck_assert_uint_eq(m->nrpages, 0);
	ck_assert(xa_empty(&m->i_pages));
	ck_assert_int_eq(page_count(page), 2);
	put_page(page);
	put_page(page);
	fput(f);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/pc", false), 0);
}
END_TEST

START_TEST(test_file_path_says_deleted)
{
	struct file *f;
	char buf[64];

	f = ramfs_file("/fpx", 'x', 10);
	ck_assert_str_eq(file_path(f, buf, sizeof(buf)), "/fpx");
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/fpx", false), 0);
	ck_assert_str_eq(file_path(f, buf, sizeof(buf)), "/fpx (deleted)");
	ck_assert(IS_ERR(file_path(f, buf, 14)));	/* no room for it */
	fput(f);
}
END_TEST

static unsigned int filled;

static int fill_q(struct file *file, struct page *page)
{
	(void)file;
	filled++;
	memset(page_address(page), 'q', PAGE_SIZE);
	SetPageUptodate(page);
	unlock_page(page);
	return 0;
}

static int fail_to_fill(struct file *file, struct page *page)
{
	(void)file;
	unlock_page(page);	/* not up to date: an I/O error */
	return 0;
}

START_TEST(test_read_cache_page)
{
	struct file *f = ramfs_file("/rc", 'x', 0);
	struct address_space *m = f->f_mapping;
	struct page *page;

	filled = 0;
	page = read_cache_page(m, 2, fill_q, NULL);
	ck_assert(!IS_ERR(page));
	ck_assert(PageUptodate(page) && !PageLocked(page));
	ck_assert_int_eq(((char *)page_address(page))[100], 'q');
	put_page(page);
	page = read_cache_page(m, 2, fill_q, NULL);	/* cached now */
	ck_assert_uint_eq(filled, 1);
	put_page(page);
	page = read_cache_page(m, 4, NULL, NULL);	/* ramfs: a hole */
	ck_assert_int_eq(((char *)page_address(page))[0], 0);
	put_page(page);
	page = read_cache_page(m, 6, fail_to_fill, NULL);
	ck_assert_int_eq(PTR_ERR(page), -EIO);
	ck_assert_uint_eq(m->nrpages, 3);	/* 6 stays, not up to date */
	fput(f);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/rc", false), 0);
}
END_TEST

START_TEST(test_truncate_range_zeroes_the_edges)
{
	struct file *f = ramfs_file("/tr", 'x', 3 * PAGE_SIZE);
	struct address_space *m = f->f_mapping;
	char *p0, *p2;
	struct page *page;

	truncate_inode_pages_range(m, 100, 2 * PAGE_SIZE + 99);
	ck_assert_uint_eq(m->nrpages, 2);
	ck_assert_ptr_null(find_get_page(m, 1));
	page = find_get_page(m, 0);
	p0 = page_address(page);
	ck_assert(p0[99] == 'x' && p0[100] == 0 && p0[PAGE_SIZE - 1] == 0);
	put_page(page);
	page = find_get_page(m, 2);
	p2 = page_address(page);
	ck_assert(p2[0] == 0 && p2[99] == 0 && p2[100] == 'x');
	put_page(page);
	truncate_inode_pages_range(m, 10, 20);	/* inside one page */
	ck_assert(p0[9] == 'x' && p0[10] == 0);
	ck_assert_uint_eq(m->nrpages, 2);
	fput(f);
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/tr", false), 0);
}
END_TEST

START_TEST(test_unlinked_file_gives_back_pages_and_nodes)
{
	unsigned long base = nodes();
	unsigned long cached = global_node_page_state(NR_FILE_PAGES);
	struct file *f = ramfs_file("/big", 'z', 3 * PAGE_SIZE);
	loff_t pos = 99 * PAGE_SIZE;
	char c = 'e';

	ck_assert_int_eq(kernel_write(f, &c, 1, &pos), 1);
	ck_assert_uint_eq(f->f_mapping->nrpages, 4);
	ck_assert_uint_eq(global_node_page_state(NR_FILE_PAGES), cached + 4);
	ck_assert_uint_eq(nodes() - base, 3);	/* a root, two leaves */
	ck_assert_int_eq(do_unlinkat(AT_FDCWD, "/big", false), 0);
	ck_assert_uint_eq(nodes() - base, 3);	/* still open */
	fput(f);
	ck_assert_uint_eq(nodes(), base);
	ck_assert_uint_eq(global_node_page_state(NR_FILE_PAGES), cached);
}
END_TEST

/* For chapter 14's test of mmap's errors: a directory's descriptor. */
int test_open_dir_fd(void)
{
	struct file *f;
	int fd;

	if (!current->files)
		current->files = dup_fd(NULL);
	f = do_filp_open(AT_FDCWD, "/", O_RDONLY, 0);
	ck_assert(!IS_ERR(f));
	fd = get_unused_fd_flags(0);
	fd_install(fd, f);
	return fd;
}

Suite *filemap_suite(void)
{
	Suite *s = suite_create("filemap");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, filemap_setup, filemap_teardown);
	tcase_add_test(tc, test_sequential_reads_read_ahead);
	tcase_add_test(tc, test_random_reads_read_only_their_pages);
	tcase_add_test(tc, test_reads_stop_at_the_end_of_the_file);
	tcase_add_test(tc, test_pagecache_get_page_flags);
	tcase_add_test(tc, test_read_cache_page);
	tcase_add_test(tc, test_truncate_range_zeroes_the_edges);
	tcase_add_test(tc, test_unlinked_file_gives_back_pages_and_nodes);
	tcase_add_test(tc, test_file_path_says_deleted);
	suite_add_tcase(s, tc);
	return s;
}
