/*
 * arch/x86_64/selftest_msync.c: a store through a shared mapping after
 * its page was written back faults and dirties the page again.
 */
#include <linux/backing-dev.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/selftest.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/writeback.h>

static unsigned int mkclean_test_writes;

static int mkclean_test_read_folio(struct file *file, struct page *page)
{
	(void)file;
	memset(page_address(page), 0, PAGE_SIZE);
	SetPageUptodate(page);
	unlock_page(page);
	return 0;
}

static int mkclean_test_writepage(struct page *page,
				  struct writeback_control *wbc)
{
	(void)wbc;
	mkclean_test_writes++;
	set_page_writeback(page);
	unlock_page(page);
	end_page_writeback(page);
	return 0;
}

static const struct address_space_operations mkclean_test_aops = {
	.read_folio = mkclean_test_read_folio,
	.dirty_folio = filemap_dirty_folio,
	.writepage = mkclean_test_writepage,
};

static const struct file_operations mkclean_test_fops = {
	.mmap = generic_file_mmap,
	.fsync = generic_file_fsync,
};

void test_a_store_after_writeback_dirties_the_page_again(void)
{
	static struct backing_dev_info bdi;
	static struct super_block sb = { .s_bdi = &bdi };
	static struct file file;
	struct mm_struct *old = current->mm, *mm = mm_alloc();
	struct inode *inode;
	struct page *page;
	char __user *p;
	pte_t *pte;

	EXPECT_TRUE(mm != NULL);
	if (!mm)
		return;
	INIT_LIST_HEAD(&sb.s_inodes);
	bdi_init(&bdi);
	inode = new_inode(&sb);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = PAGE_SIZE;
	inode->i_mapping->a_ops = &mkclean_test_aops;
	file.f_count = 1;
	file.f_mode = FMODE_READ | FMODE_WRITE;
	file.f_op = &mkclean_test_fops;
	file.f_inode = inode;
	file.f_mapping = inode->i_mapping;
	current->mm = mm;
	switch_mm(mm);
	p = (char __user *)do_mmap(mm, &file, 0, PAGE_SIZE,
				   PROT_READ | PROT_WRITE, MAP_SHARED, 0);
	EXPECT_EQ(put_user('x', p), 0);
	page = find_get_page(inode->i_mapping, 0);
	put_page(page);
	pte = lookup_pte(mm, (unsigned long)p);
	EXPECT_TRUE(PageDirty(page) && pte_write(*pte));
	EXPECT_EQ(generic_file_fsync(&file, 0), 0);
	EXPECT_EQ(mkclean_test_writes, 1);
	EXPECT_TRUE(!PageDirty(page) && !pte_write(*pte) && !pte_dirty(*pte));
	EXPECT_EQ(put_user('y', p + 1), 0);
	EXPECT_TRUE(PageDirty(page) && pte_write(*pte) && pte_dirty(*pte));
	EXPECT_EQ(generic_file_fsync(&file, 0), 0);
	EXPECT_EQ(mkclean_test_writes, 2);
	EXPECT_EQ(memcmp(page_address(page), "xy", 2), 0);
	current->mm = old;
	switch_mm(old);
	mmput(mm);
	EXPECT_EQ(file.f_count, 1);
	iput(inode);
}
