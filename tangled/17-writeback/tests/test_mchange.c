/* tests/test_mchange.c: mprotect, madvise(MADV_DONTNEED) and mremap. */
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
static char peek(unsigned long addr)
{
	char c = 0;

	ck_assert_int_eq(host_mmu_read(addr, &c, 1, HOST_ACCESS_USER), 0);
	return c;
}

START_TEST(test_mprotect_splits_changes_pages_and_merges_back)
{
	unsigned long a = map(0, PAGES(4), RW, 0), before;
	char c = 7;

	ck_assert_int_eq(host_mmu_write(a + PAGES(1), &c, 1,
					HOST_ACCESS_USER), 0);
	ck_assert_int_eq(sys_mprotect(a + PAGES(1), PAGES(2), PROT_READ), 0);
	ck_assert_int_eq(mm->map_count, 3);
	ck_assert_uint_eq(find_vma(mm, a)->vm_end, a + PAGES(1));
	ck_assert_uint_eq(find_vma(mm, a + PAGES(1))->vm_end, a + PAGES(3));
	ck_assert_uint_eq(find_vma(mm, a + PAGES(1))->vm_flags & VM_WRITE,
			  0);
	ck_assert(!pte_write(*pte_of(a + PAGES(1))));
	ck_assert(!touch(a + PAGES(1), HOST_ACCESS_WRITE));
	ck_assert(!touch(a + PAGES(2), HOST_ACCESS_WRITE));
	ck_assert(touch(a + PAGES(3), HOST_ACCESS_WRITE));
	ck_assert_int_eq(peek(a + PAGES(1)), 7);
	before = free_pages();
	ck_assert_int_eq(sys_mprotect(a, PAGES(4), RW), 0);
	ck_assert_int_eq(mm->map_count, 1);
	ck_assert_uint_eq(find_vma(mm, a)->vm_end, a + PAGES(4));
	ck_assert(pte_write(*pte_of(a + PAGES(1))));
	ck_assert(touch(a + PAGES(1), HOST_ACCESS_WRITE));
	ck_assert_uint_eq(free_pages(), before);
	ck_assert_int_eq(peek(a + PAGES(1)), 1);
}
END_TEST

START_TEST(test_mprotect_none_keeps_the_page_and_its_contents)
{
	unsigned long a = map(0, PAGES(1), RW, 0), before;
	char c = 9;

	ck_assert_int_eq(host_mmu_write(a, &c, 1, HOST_ACCESS_USER), 0);
	before = free_pages();
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), PROT_NONE), 0);
	ck_assert(!touch(a, 0));
	ck_assert_ptr_null(pte_of(a));
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), PROT_READ), 0);
	ck_assert_int_eq(peek(a), 9);
	ck_assert_uint_eq(free_pages(), before);
	before += 1 + mm->pgtables_bytes / PAGE_SIZE;
	ck_assert_int_eq(sys_munmap(a, PAGES(1)), 0);
	ck_assert_uint_eq(free_pages(),
			  before - mm->pgtables_bytes / PAGE_SIZE);
}
END_TEST

START_TEST(test_mprotect_gets_linux_errors)
{
	unsigned long a = map(0, PAGES(2), RW, 0);
	unsigned long b = map(a + PAGES(3), PAGES(1), RW, MAP_FIXED);

	ck_assert_int_eq(sys_mprotect(a + 1, PAGES(1), PROT_READ), -EINVAL);
	ck_assert_int_eq(sys_mprotect(a, 0, PROT_READ), 0);
	ck_assert_int_eq(sys_mprotect(a, -PAGES(1), PROT_READ), -ENOMEM);
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), 0x10), -EINVAL);
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), PROT_READ |
				      PROT_GROWSDOWN), -EINVAL);
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), PROT_READ |
				      PROT_GROWSDOWN | PROT_GROWSUP),
			 -EINVAL);
	ck_assert_int_eq(sys_mprotect(a - PAGES(1), PAGES(1), PROT_READ),
			 -ENOMEM);
	/* The hole at a + 2 pages: the area before it is changed. */
	ck_assert_int_eq(sys_mprotect(a, PAGES(4), PROT_READ), -ENOMEM);
	ck_assert_uint_eq(find_vma(mm, a)->vm_flags & VM_WRITE, 0);
	ck_assert_uint_eq(find_vma(mm, b)->vm_flags & VM_WRITE, VM_WRITE);
	find_vma(mm, b)->vm_flags &= ~VM_MAYWRITE;
	ck_assert_int_eq(sys_mprotect(b, PAGES(1), RW), -EACCES);
	ck_assert_int_eq(sys_mprotect(b, PAGES(1), PROT_READ), 0);
}
END_TEST
START_TEST(test_madvise_dontneed_frees_pages_that_read_back_as_zero)
{
	unsigned long a = map(0, PAGES(4), RW, MAP_POPULATE), before;
	char c = 5;

	ck_assert_int_eq(host_mmu_write(a, &c, 1, HOST_ACCESS_USER), 0);
	ck_assert_int_eq(host_mmu_write(a + PAGES(3), &c, 1,
					HOST_ACCESS_USER), 0);
	before = free_pages();
	ck_assert_int_eq(sys_madvise(a, PAGES(2), MADV_DONTNEED), 0);
	ck_assert_uint_eq(free_pages(), before + 2);
	ck_assert_int_eq(mm->map_count, 1);
	ck_assert_int_eq(peek(a), 0);
	ck_assert_int_eq(peek(a + PAGES(3)), 5);
	ck_assert_int_eq(sys_munmap(a + PAGES(1), PAGES(1)), 0);
	ck_assert_int_eq(sys_madvise(a, PAGES(4), MADV_DONTNEED), -ENOMEM);
	ck_assert_int_eq(peek(a + PAGES(3)), 0);
	ck_assert_int_eq(sys_madvise(a + 1, PAGES(1), MADV_DONTNEED),
			 -EINVAL);
	ck_assert_int_eq(sys_madvise(a, -1UL, MADV_DONTNEED), -EINVAL);
	ck_assert_int_eq(sys_madvise(a, PAGES(1), 12345), -EINVAL);
	ck_assert_int_eq(sys_madvise(a, 0, MADV_DONTNEED), 0);
	ck_assert_int_eq(sys_madvise(a + PAGES(1), PAGES(1), MADV_NORMAL),
			 -ENOMEM);
}
END_TEST
START_TEST(test_mremap_moves_the_entries_not_the_pages)
{
	unsigned long a = map(0, PAGES(2), RW, 0), b, before, pfn;
	char c = 3;

	ck_assert_int_eq(host_mmu_write(a + PAGES(1), &c, 1,
					HOST_ACCESS_USER), 0);
	map(a + PAGES(2), PAGES(1), PROT_READ, MAP_FIXED);
	pfn = pte_pfn(*pte_of(a + PAGES(1)));
	before = free_pages() + mm->pgtables_bytes / PAGE_SIZE;
	ck_assert_int_eq((long)sys_mremap(a, PAGES(2), PAGES(8), 0, 0),
			 -ENOMEM);
	b = sys_mremap(a, PAGES(2), PAGES(8), MREMAP_MAYMOVE, 0);
	ck_assert(!IS_ERR_VALUE(b));
	ck_assert_uint_ne(b, a);
	ck_assert_ptr_null(find_vma_intersection(mm, a, a + PAGES(2)));
	ck_assert_uint_eq(find_vma(mm, b)->vm_start, b);
	ck_assert_uint_eq(find_vma(mm, b)->vm_end, b + PAGES(8));
	ck_assert_uint_eq(pte_pfn(*pte_of(b + PAGES(1))), pfn);
	ck_assert_ptr_null(pte_of(a + PAGES(1)));
	ck_assert_int_eq(peek(b + PAGES(1)), 3);
	ck_assert_uint_eq(free_pages() + mm->pgtables_bytes / PAGE_SIZE,
			  before);
	ck_assert_uint_eq(mm->total_vm, 9);
}
END_TEST

START_TEST(test_mremap_grows_shrinks_and_moves_to_a_fixed_place)
{
	unsigned long a = 0x40000000, far = 0x50000000;
	char c = 4;

	ck_assert_uint_eq(map(a, PAGES(2), RW, MAP_FIXED), a);
	ck_assert_uint_eq(sys_mremap(a, PAGES(2), PAGES(6), 0, 0), a);
	ck_assert_uint_eq(find_vma(mm, a)->vm_end, a + PAGES(6));
	ck_assert_int_eq(host_mmu_write(a + PAGES(5), &c, 1,
					HOST_ACCESS_USER), 0);
	ck_assert_uint_eq(sys_mremap(a, PAGES(6), PAGES(3), 0, 0), a);
	ck_assert_uint_eq(find_vma(mm, a)->vm_end, a + PAGES(3));
	ck_assert_uint_eq(sys_mremap(a, PAGES(3), PAGES(6), 0, 0), a);
	ck_assert_int_eq(peek(a + PAGES(5)), 0);
	ck_assert_int_eq(host_mmu_write(a, &c, 1, HOST_ACCESS_USER), 0);
	map(far, PAGES(1), PROT_READ, MAP_FIXED);
	ck_assert_uint_eq(sys_mremap(a, PAGES(6), PAGES(2),
				     MREMAP_MAYMOVE | MREMAP_FIXED, far), far);
	ck_assert_int_eq(peek(far), 4);
	ck_assert_uint_eq(find_vma(mm, far)->vm_flags & VM_WRITE, VM_WRITE);
	ck_assert_int_eq(mm->map_count, 1);
	ck_assert_uint_eq(mm->total_vm, 2);
}
END_TEST

START_TEST(test_mremap_gets_linux_errors)
{
	unsigned long a = map(0, PAGES(2), RW, 0);

	ck_assert_int_eq((long)sys_mremap(a, PAGES(1), PAGES(2), 8, 0),
			 -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a, PAGES(1), PAGES(2),
					  MREMAP_FIXED, a + PAGES(8)),
			 -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a + 1, PAGES(1), PAGES(2), 0, 0),
			 -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a, PAGES(1), 0, 0, 0), -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a + PAGES(2), PAGES(1), PAGES(1),
					  0, 0), -EFAULT);
	ck_assert_int_eq((long)sys_mremap(a, PAGES(3), PAGES(4), 0, 0),
			 -EFAULT);
	ck_assert_int_eq((long)sys_mremap(a, 0, PAGES(1), MREMAP_MAYMOVE,
					  0), -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a, PAGES(2), PAGES(2),
					  MREMAP_MAYMOVE | MREMAP_FIXED,
					  a + PAGES(1)), -EINVAL);
	ck_assert_int_eq((long)sys_mremap(a, PAGES(2), PAGES(2),
					  MREMAP_MAYMOVE | MREMAP_FIXED,
					  a + 1), -EINVAL);
	ck_assert_int_eq(mm->map_count, 1);
}
END_TEST

Suite *mchange_suite(void)
{
	Suite *s = suite_create("mchange");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, mm_setup, mm_teardown);
	tcase_add_test(tc, test_mprotect_splits_changes_pages_and_merges_back);
	tcase_add_test(tc, test_mprotect_none_keeps_the_page_and_its_contents);
	tcase_add_test(tc, test_mprotect_gets_linux_errors);
	tcase_add_test(tc, test_madvise_dontneed_frees_pages_that_read_back_as_zero);
	tcase_add_test(tc, test_mremap_moves_the_entries_not_the_pages);
	tcase_add_test(tc, test_mremap_grows_shrinks_and_moves_to_a_fixed_place);
	tcase_add_test(tc, test_mremap_gets_linux_errors);
	suite_add_tcase(s, tc);
	return s;
}
