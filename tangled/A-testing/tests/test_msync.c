/* tests/test_msync.c: page_mkclean, the write fault after it, msync. */
#include "tests.h"
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/backing-dev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/pagemap.h>
#include <linux/pgtable.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/writeback.h>

#define RW	(PROT_READ | PROT_WRITE)

static unsigned int writes;

static int msync_read_folio(struct file *file, struct page *page)
{
	(void)file;
	memset(page_address(page), 0, PAGE_SIZE);
	SetPageUptodate(page);
	unlock_page(page);
	return 0;
}

static int msync_writepage(struct page *page, struct writeback_control *wbc)
{
	(void)wbc;
	writes++;
	set_page_writeback(page);
	unlock_page(page);
	end_page_writeback(page);
	return 0;
}

static const struct address_space_operations msync_aops = {
	.read_folio = msync_read_folio,
	.dirty_folio = filemap_dirty_folio,
	.writepage = msync_writepage,
};

static const struct file_operations msync_fops = {
	.mmap = generic_file_mmap,
	.fsync = generic_file_fsync,
};

static struct backing_dev_info msync_bdi;
static struct super_block msync_sb = { .s_bdi = &msync_bdi };
static struct file file;
static struct mm_struct *mm;
static long dirty0;

/* A task with an address space, and a file of 8 pages open to it. */
static void msync_setup(void)
{
	struct inode *inode;

	host_test_setup();
	bdi_init(&msync_bdi);
	INIT_LIST_HEAD(&msync_sb.s_inodes);
	inode = new_inode(&msync_sb);
	ck_assert_ptr_nonnull(inode);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = 8 * PAGE_SIZE;
	inode->i_mapping->a_ops = &msync_aops;
	memset(&file, 0, sizeof(file));
	file.f_count = 1;
	file.f_mode = FMODE_READ | FMODE_WRITE;
	file.f_op = &msync_fops;
	file.f_inode = inode;
	file.f_mapping = inode->i_mapping;
	mm = mm_alloc();
	ck_assert_ptr_nonnull(mm);
	current->mm = mm;
	load_cr3(mm->pgd);
	writes = 0;
	dirty0 = global_node_page_state(NR_FILE_DIRTY);
}

static void msync_teardown(void)
{
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	mmput(mm);
	ck_assert_int_eq(file.f_count, 1);	/* the areas let it go */
	generic_file_fsync(&file, 0);
	iput(file.f_inode);
}

static unsigned long map(unsigned long pages, unsigned long flags,
			 unsigned long pgoff)
{
	unsigned long a = do_mmap(mm, &file, 0, pages * PAGE_SIZE, RW, flags,
				  pgoff);

	ck_assert(!IS_ERR_VALUE(a));
	return a;
}

static bool store(unsigned long addr, char c)
{
	return host_mmu_write(addr, &c, 1, HOST_ACCESS_USER) == 0;
}

static char load(unsigned long addr)
{
	char c = 0;

	ck_assert_int_eq(host_mmu_read(addr, &c, 1, HOST_ACCESS_USER), 0);
	return c;
}

static pte_t entry(unsigned long addr)
{
	pte_t *pte = lookup_pte(mm, addr);

	ck_assert_ptr_nonnull(pte);
	return *pte;
}

static struct page *cached(pgoff_t index)
{
	struct page *page = find_get_page(file.f_mapping, index);

	ck_assert_ptr_nonnull(page);
	put_page(page);		/* the cache still holds it */
	return page;
}

static long dirty(void)
{
	return (long)global_node_page_state(NR_FILE_DIRTY) - dirty0;
}

START_TEST(test_writeback_write_protects_and_the_next_store_redirties)
{
	unsigned long a = map(4, MAP_SHARED, 0);
	struct page *page;

	ck_assert(store(a + PAGE_SIZE, 'x'));
	page = cached(1);
	ck_assert(PageDirty(page));
	ck_assert(pte_write(entry(a + PAGE_SIZE)));
	ck_assert_int_eq(dirty(), 1);
	ck_assert_int_eq(generic_file_fsync(&file, 0), 0);
	ck_assert_uint_eq(writes, 1);
	ck_assert(!PageDirty(page));
	ck_assert_int_eq(dirty(), 0);
	ck_assert(!pte_write(entry(a + PAGE_SIZE)));
	ck_assert(!pte_dirty(entry(a + PAGE_SIZE)));
	ck_assert_int_eq(load(a + PAGE_SIZE), 'x');	/* still mapped */
	/* the second store faults, and the page is dirty again */
	ck_assert(store(a + PAGE_SIZE + 1, 'y'));
	ck_assert(PageDirty(page));
	ck_assert_int_eq(dirty(), 1);
	ck_assert(pte_write(entry(a + PAGE_SIZE)));
	ck_assert_int_eq(generic_file_fsync(&file, 0), 0);
	ck_assert_uint_eq(writes, 2);
	ck_assert_int_eq(((char *)page_address(page))[1], 'y');
}
END_TEST

START_TEST(test_page_mkclean_counts_the_shared_entries_it_cleans)
{
	unsigned long s1 = map(4, MAP_SHARED, 0);
	unsigned long s2 = map(2, MAP_SHARED, 2);	/* pages 2 and 3 */
	unsigned long pr = map(4, MAP_PRIVATE, 0);
	struct page *page;

	ck_assert(store(s1 + 2 * PAGE_SIZE, 'a'));
	ck_assert_int_eq(load(s2), 'a');	/* read: mapped read-only */
	ck_assert_int_eq(load(pr + 2 * PAGE_SIZE), 'a');
	ck_assert(store(s2 + 1, 'b'));		/* now writable too */
	page = cached(2);
	ck_assert_int_eq(page_mapcount(page), 3);
	lock_page(page);
	ck_assert_int_eq(page_mkclean(page), 2);
	ck_assert_int_eq(page_mkclean(page), 0);	/* all clean now */
	unlock_page(page);
	ck_assert(!pte_write(entry(s1 + 2 * PAGE_SIZE)));
	ck_assert(!pte_write(entry(s2)));
	ck_assert_int_eq(load(pr + 2 * PAGE_SIZE + 1), 'b');
	page = find_or_create_page(file.f_mapping, 5, GFP_KERNEL);
	ck_assert_int_eq(page_mkclean(page), 0);	/* not mapped */
	unlock_page(page);
	put_page(page);
}
END_TEST

START_TEST(test_unmapping_moves_the_dirty_bit_into_the_page)
{
	unsigned long a = map(1, MAP_SHARED, 0);
	struct page *page;
	pte_t *pte;

	ck_assert(store(a, 'x'));
	ck_assert_int_eq(generic_file_fsync(&file, 0), 0);
	page = cached(0);
	ck_assert(!PageDirty(page));
	/* writable and clean, as in an area without write notification */
	pte = lookup_pte(mm, a);
	set_pte(pte, pte_mkwrite(*pte));
	flush_tlb_one_user(a);
	ck_assert(store(a, 'y'));		/* no fault: only the bit */
	ck_assert(pte_dirty(*pte));
	ck_assert(!PageDirty(page));
	ck_assert_int_eq(sys_munmap(a, PAGE_SIZE), 0);
	ck_assert(PageDirty(page));
	ck_assert_int_eq(dirty(), 1);
}
END_TEST

START_TEST(test_msync_ms_sync_writes_and_ms_async_does_not)
{
	unsigned long a = map(4, MAP_SHARED, 0);
	unsigned long pr = map(1, MAP_PRIVATE, 0);

	ck_assert(store(a, 'x'));
	ck_assert(store(pr, 'p'));	/* a copy: nothing to write */
	ck_assert_int_eq(sys_msync(a, 4 * PAGE_SIZE, MS_ASYNC), 0);
	ck_assert_int_eq(sys_msync(a, PAGE_SIZE, MS_INVALIDATE), 0);
	ck_assert_int_eq(sys_msync(pr, PAGE_SIZE, MS_SYNC), 0);
	ck_assert_uint_eq(writes, 0);
	ck_assert(PageDirty(cached(0)));
	ck_assert_int_eq(sys_msync(a, 1, MS_SYNC), 0);
	ck_assert_uint_eq(writes, 1);
	ck_assert(!PageDirty(cached(0)));
	ck_assert_int_eq(sys_msync(a, 0, MS_SYNC), 0);	/* empty */
}
END_TEST

START_TEST(test_msync_errors_are_linuxs)
{
	unsigned long a = map(3, MAP_SHARED, 0);
	struct vm_area_struct *vma;

	ck_assert_int_eq(sys_msync(a, PAGE_SIZE, 8), -EINVAL);
	ck_assert_int_eq(sys_msync(a + 1, PAGE_SIZE, MS_SYNC), -EINVAL);
	ck_assert_int_eq(sys_msync(a, PAGE_SIZE, MS_ASYNC | MS_SYNC),
			 -EINVAL);
	ck_assert_int_eq(sys_msync(a, -PAGE_SIZE, MS_SYNC), -ENOMEM);
	/* a hole in the middle: the mapped parts are synced all the same */
	ck_assert_int_eq(sys_munmap(a + PAGE_SIZE, PAGE_SIZE), 0);
	ck_assert(store(a, 'x'));
	ck_assert(store(a + 2 * PAGE_SIZE, 'z'));
	ck_assert_int_eq(sys_msync(a, 3 * PAGE_SIZE, MS_ASYNC), -ENOMEM);
	ck_assert_uint_eq(writes, 0);
	ck_assert_int_eq(sys_msync(a, 3 * PAGE_SIZE, MS_SYNC), -ENOMEM);
	ck_assert_uint_eq(writes, 2);
	ck_assert_int_eq(sys_msync(a + PAGE_SIZE, PAGE_SIZE, MS_SYNC),
			 -ENOMEM);
	ck_assert_int_eq(sys_msync(0x10000000000UL, PAGE_SIZE, MS_SYNC),
			 -ENOMEM);
	vma = find_vma(mm, a);
	vma->vm_flags |= VM_LOCKED;
	ck_assert_int_eq(sys_msync(a, PAGE_SIZE, MS_INVALIDATE), -EBUSY);
	ck_assert_int_eq(sys_msync(a, PAGE_SIZE, MS_SYNC), 0);
	vma->vm_flags &= ~VM_LOCKED;
}
END_TEST

Suite *msync_suite(void)
{
	Suite *s = suite_create("msync");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, msync_setup, msync_teardown);
	tcase_add_test(tc,
		test_writeback_write_protects_and_the_next_store_redirties);
	tcase_add_test(tc,
		test_page_mkclean_counts_the_shared_entries_it_cleans);
	tcase_add_test(tc, test_unmapping_moves_the_dirty_bit_into_the_page);
	tcase_add_test(tc, test_msync_ms_sync_writes_and_ms_async_does_not);
	tcase_add_test(tc, test_msync_errors_are_linuxs);
	suite_add_tcase(s, tc);
	return s;
}
