/* tests/test_uaccess.c: copies to and from user memory, with faults. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mman.h>
#include <linux/pgtable.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define PAGES(n)	((unsigned long)(n) * PAGE_SIZE)
#define RW		(PROT_READ | PROT_WRITE)
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)

static struct mm_struct *mm;

static void mm_setup(void)
{
	host_test_setup();
	mm = mm_alloc();
	ck_assert_ptr_nonnull(mm);
	current->mm = mm;
	load_cr3(mm->pgd);
	sys_munmap(sys_mmap(0, PAGES(1), RW, ANON, -1UL, 0), PAGES(1));
}

static void mm_teardown(void)
{
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	mmput(mm);
}

static unsigned long map(unsigned long addr, unsigned long len,
			 unsigned long prot, unsigned long flags)
{
	return sys_mmap(addr, len, prot, ANON | flags, -1UL, 0);
}

static bool touch(unsigned long addr, unsigned int access)
{
	char c = 1;

	if (access & HOST_ACCESS_WRITE)
		return host_mmu_write(addr, &c, 1, HOST_ACCESS_USER) == 0;
	return host_mmu_read(addr, &c, 1, HOST_ACCESS_USER | access) == 0;
}

static pte_t *pte_of(unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address_in_pgd(pgd_offset(mm, addr), addr,
					   &level);

	return pte && pte_present(*pte) && level == PG_LEVEL_4K ? pte : NULL;
}

static unsigned long free_pages(void)
{
	drain_all_pages(NULL);
	return nr_free_pages();
}
START_TEST(test_a_copy_off_the_end_returns_what_was_left)
{
	unsigned long a = map(0, PAGES(1), RW, 0);
	char buf[32], *end = (char *)(a + PAGES(1));
	unsigned long before = free_pages();

	memset(buf, 'x', sizeof(buf));
	ck_assert_uint_eq(copy_to_user(end - 8, buf, 24), 16);
	ck_assert_uint_eq(free_pages() + mm->pgtables_bytes / PAGE_SIZE,
			  before - 1);
	memset(buf, 0, sizeof(buf));
	ck_assert_uint_eq(copy_from_user(buf, end - 8, 24), 16);
	ck_assert_int_eq(buf[7], 'x');
	ck_assert_uint_eq(clear_user(end - 4, 12), 8);
	ck_assert_uint_eq(copy_from_user(buf, end - 8, 8), 0);
	ck_assert_int_eq(buf[3], 'x');
	ck_assert_int_eq(buf[4], 0);
	ck_assert_uint_eq(copy_from_user(buf, (void *)TASK_SIZE_MAX - 8, 16),
			  16);
	ck_assert_uint_eq(copy_from_user(buf, (void *)__va(0), 8), 8);
	ck_assert_uint_eq(copy_to_user(NULL, buf, 8), 8);
	ck_assert_ptr_nonnull(pte_of(a));
}
END_TEST

START_TEST(test_get_user_and_put_user_fail_with_efault)
{
	unsigned long a = map(0, PAGES(1), RW, 0);
	unsigned long r = map(0, PAGES(1), PROT_READ, 0);
	unsigned long v = 99;
	int i = 5;
	char c = 7;

	ck_assert_int_eq(put_user(0x1234567890UL, (unsigned long *)a), 0);
	ck_assert_int_eq(get_user(v, (unsigned long *)a), 0);
	ck_assert_uint_eq(v, 0x1234567890UL);
	ck_assert_int_eq(get_user(c, (char *)(a + 1)), 0);
	ck_assert_int_eq(c, 0x78);
	ck_assert_int_eq(get_user(v, (unsigned long *)NULL), -EFAULT);
	ck_assert_uint_eq(v, 0);
	ck_assert_int_eq(get_user(i, (int *)(a + PAGES(1) - 2)), -EFAULT);
	ck_assert_int_eq(i, 0);
	ck_assert_int_eq(put_user(3, (int *)r), -EFAULT);
	ck_assert_int_eq(get_user(i, (int *)r), 0);
	ck_assert(!touch(r, HOST_ACCESS_WRITE));
	ck_assert_int_eq(put_user(3, (int *)__va(0)), -EFAULT);
}
END_TEST

START_TEST(test_strncpy_from_user_stops_at_zero_count_or_fault)
{
	unsigned long a = map(0, PAGES(1), RW, 0);
	char *end = (char *)(a + PAGES(1)), dst[16];

	ck_assert_uint_eq(copy_to_user((void *)a, "hello", 6), 0);
	ck_assert_int_eq(strncpy_from_user(dst, (char *)a, sizeof(dst)), 5);
	ck_assert_str_eq(dst, "hello");
	ck_assert_int_eq(strncpy_from_user(dst, (char *)a, 3), 3);
	ck_assert_int_eq(dst[2], 'l');
	ck_assert_uint_eq(copy_to_user(end - 4, "abcd", 4), 0);
	ck_assert_int_eq(strncpy_from_user(dst, end - 4, sizeof(dst)),
			 -EFAULT);
	ck_assert_int_eq(strncpy_from_user(dst, end - 4, 4), 4);
	ck_assert_int_eq(strncpy_from_user(dst, NULL, 4), -EFAULT);
}
END_TEST

Suite *uaccess_suite(void)
{
	Suite *s = suite_create("uaccess");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, mm_setup, mm_teardown);
	tcase_add_test(tc, test_a_copy_off_the_end_returns_what_was_left);
	tcase_add_test(tc, test_get_user_and_put_user_fail_with_efault);
	tcase_add_test(tc, test_strncpy_from_user_stops_at_zero_count_or_fault);
	suite_add_tcase(s, tc);
	return s;
}
