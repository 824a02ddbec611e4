/* tests/test_mmap.c: areas, mmap, munmap, brk and demand paging. */
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
START_TEST(test_find_vma_returns_the_first_area_ending_above)
{
	unsigned long a = 0x10000000, b = a + PAGES(8), c = b + PAGES(8);

	ck_assert_uint_eq(map(a, PAGES(2), RW, MAP_FIXED), a);
	ck_assert_uint_eq(map(b, PAGES(2), PROT_READ, MAP_FIXED), b);
	ck_assert_uint_eq(map(c, PAGES(2), RW | PROT_EXEC, MAP_FIXED), c);
	ck_assert_int_eq(mm->map_count, 3);
	ck_assert_uint_eq(find_vma(mm, 0)->vm_start, a);
	ck_assert_uint_eq(find_vma(mm, a + PAGES(2) - 1)->vm_start, a);
	ck_assert_uint_eq(find_vma(mm, a + PAGES(2))->vm_start, b);
	ck_assert_uint_eq(find_vma(mm, c + PAGES(1))->vm_start, c);
	ck_assert_ptr_null(find_vma(mm, c + PAGES(2)));
	ck_assert_ptr_null(find_vma_intersection(mm, a + PAGES(2), b));
	ck_assert_uint_eq(find_vma_intersection(mm, a + PAGES(2),
						b + 1)->vm_start, b);
}
END_TEST

START_TEST(test_mmap_places_top_down_below_mmap_base_and_merges)
{
	unsigned long first, second;

	ck_assert_uint_eq(mm->mmap_base, TASK_SIZE_MAX - (128UL << 20));
	ck_assert_uint_eq(mm->mmap_base, 0x7ffff7fff000UL);
	first = map(0, PAGES(4), RW, 0);
	ck_assert_uint_eq(first, mm->mmap_base - PAGES(4));
	second = map(0, PAGES(4), RW, 0);
	ck_assert_uint_eq(second, first - PAGES(4));
	ck_assert_int_eq(mm->map_count, 1);
	ck_assert_uint_eq(mm->mmap->vm_start, second);
	ck_assert_uint_eq(mm->mmap->vm_end, mm->mmap_base);
	ck_assert_uint_eq(map(0, PAGES(1), PROT_READ, 0), second - PAGES(1));
	ck_assert_int_eq(mm->map_count, 2);	/* other flags: no merge */
	ck_assert_uint_eq(mm->total_vm, 9);
}
END_TEST

START_TEST(test_mmap_takes_a_free_hint_and_moves_a_used_one)
{
	unsigned long hint = 0x20000000, r;

	ck_assert_uint_eq(map(hint + 123, PAGES(2), RW, 0), hint);
	r = map(hint + PAGES(1), PAGES(2), RW, 0);
	ck_assert_uint_ne(r, hint + PAGES(1));
	ck_assert(r >= hint + PAGES(2) || r + PAGES(2) <= hint);
	ck_assert_uint_eq(map(0x1000, PAGES(1), RW, 0), 0x10000);
}
END_TEST

START_TEST(test_mmap_below_a_stack_keeps_the_guard_gap)
{
	unsigned long top = 0x40000000, low;

	ck_assert_uint_eq(map(top - PAGES(4), PAGES(4), RW,
			      MAP_FIXED | MAP_GROWSDOWN), top - PAGES(4));
	mm->mmap_base = top;
	low = map(0, PAGES(1), RW, 0);
	ck_assert_uint_eq(low, top - PAGES(4) - stack_guard_gap - PAGES(1));
}
END_TEST

START_TEST(test_map_fixed_noreplace_refuses_and_map_fixed_replaces)
{
	unsigned long a = map(0, PAGES(3), RW, 0);
	char buf[3] = { 1, 1, 1 };

	ck_assert_int_eq(host_mmu_write(a, buf, 1, HOST_ACCESS_USER), 0);
	ck_assert_int_eq(host_mmu_write(a + PAGES(1), buf, 1,
					HOST_ACCESS_USER), 0);
	ck_assert_int_eq(host_mmu_write(a + PAGES(2), buf, 1,
					HOST_ACCESS_USER), 0);
	ck_assert_int_eq((long)map(a + PAGES(1), PAGES(1), RW,
				   MAP_FIXED_NOREPLACE), -EEXIST);
	ck_assert_uint_eq(map(a + PAGES(1), PAGES(1), RW, MAP_FIXED),
			  a + PAGES(1));
	ck_assert_int_eq(host_mmu_read(a, buf, 1, HOST_ACCESS_USER), 0);
	ck_assert_int_eq(host_mmu_read(a + PAGES(1), buf + 1, 1,
				       HOST_ACCESS_USER), 0);
	ck_assert_int_eq(host_mmu_read(a + PAGES(2), buf + 2, 1,
				       HOST_ACCESS_USER), 0);
	ck_assert_int_eq(buf[0], 1);
	ck_assert_int_eq(buf[1], 0);
	ck_assert_int_eq(buf[2], 1);
	ck_assert_int_eq(mm->map_count, 1);	/* merged back into one */
}
END_TEST
START_TEST(test_munmap_in_the_middle_splits_the_area)
{
	unsigned long a = map(0, PAGES(8), RW, 0);

	ck_assert(touch(a + PAGES(3), HOST_ACCESS_WRITE));
	ck_assert_int_eq(sys_munmap(a + PAGES(2), PAGES(3)), 0);
	ck_assert_int_eq(mm->map_count, 2);
	ck_assert_uint_eq(find_vma(mm, a)->vm_end, a + PAGES(2));
	ck_assert_uint_eq(find_vma(mm, a + PAGES(2))->vm_start, a + PAGES(5));
	ck_assert_uint_eq(find_vma(mm, a + PAGES(5))->vm_pgoff,
			  (a >> PAGE_SHIFT) + 5);
	ck_assert_uint_eq(mm->total_vm, 5);
	ck_assert(!touch(a + PAGES(3), 0));
	ck_assert(touch(a + PAGES(1), HOST_ACCESS_WRITE));
	ck_assert(touch(a + PAGES(5), HOST_ACCESS_WRITE));
	ck_assert_int_eq(sys_munmap(a, PAGES(8)), 0);
	ck_assert_int_eq(mm->map_count, 0);
	ck_assert_ptr_null(mm->mmap);
	ck_assert_int_eq(sys_munmap(a, PAGES(8)), 0);
}
END_TEST

START_TEST(test_munmap_gives_back_pages_and_page_tables)
{
	unsigned long before = free_pages(), a, i, n = 1030;

	a = map(0, PAGES(n), RW, 0);
	for (i = 0; i < n; i++)
		ck_assert(touch(a + PAGES(i), HOST_ACCESS_WRITE));
	ck_assert_uint_eq(mm->pgtables_bytes, PAGES(3 + 2));
	ck_assert_uint_le(free_pages(), before - n - 5);
	ck_assert_int_eq(sys_munmap(a, PAGES(n)), 0);
	ck_assert_uint_eq(mm->pgtables_bytes, 0);
	ck_assert_uint_eq(free_pages(), before);
}
END_TEST

START_TEST(test_munmap_keeps_a_table_that_still_maps_a_page)
{
	unsigned long a = map(0x30000000, PAGES(2), RW, MAP_FIXED);
	unsigned long bytes;

	ck_assert(touch(a, HOST_ACCESS_WRITE));
	ck_assert(touch(a + PAGES(1), HOST_ACCESS_WRITE));
	bytes = mm->pgtables_bytes;
	ck_assert_uint_eq(bytes, PAGES(3));
	ck_assert_int_eq(sys_munmap(a + PAGES(1), PAGES(1)), 0);
	ck_assert_uint_eq(mm->pgtables_bytes, bytes);
	ck_assert_ptr_nonnull(pte_of(a));
	ck_assert_int_eq(sys_munmap(a, PAGES(1)), 0);
	ck_assert_uint_eq(mm->pgtables_bytes, 0);
}
END_TEST

START_TEST(test_an_address_space_gives_back_everything_at_its_end)
{
	unsigned long before = free_pages(), a, i;
	struct mm_struct *other = mm_alloc();

	current->mm = other;
	load_cr3(other->pgd);
	a = sys_mmap(0, PAGES(40), RW, ANON, -1UL, 0);
	for (i = 0; i < 40; i += 3)
		ck_assert(touch(a + PAGES(i), i % 2 ? 0 : HOST_ACCESS_WRITE));
	ck_assert_int_eq(sys_munmap(a + PAGES(10), PAGES(5)), 0);
	load_cr3(mm->pgd);
	current->mm = mm;
	mmput(other);
	ck_assert_uint_eq(free_pages(), before);
}
END_TEST
START_TEST(test_a_read_maps_the_zero_page_and_a_write_replaces_it)
{
	unsigned long a = map(0, PAGES(1), RW, 0), before;
	char c = 42;
	pte_t *pte;

	ck_assert(touch(a + 5, 0));
	before = free_pages();
	pte = pte_of(a);
	ck_assert_ptr_nonnull(pte);
	ck_assert(is_zero_pfn(pte_pfn(*pte)));
	ck_assert(!pte_write(*pte));
	ck_assert_int_eq(host_mmu_write(a + 5, &c, 1, HOST_ACCESS_USER), 0);
	pte = pte_of(a);
	ck_assert(!is_zero_pfn(pte_pfn(*pte)));
	ck_assert(pte_write(*pte));
	ck_assert_uint_eq(free_pages(), before - 1);
	c = 0;
	ck_assert_int_eq(host_mmu_read(a + 5, &c, 1, HOST_ACCESS_USER), 0);
	ck_assert_int_eq(c, 42);
	ck_assert_int_eq(*((char *)__va(zero_pfn << PAGE_SHIFT) + 5), 0);
}
END_TEST

START_TEST(test_the_area_decides_what_an_access_may_do)
{
	unsigned long ro = map(0, PAGES(1), PROT_READ, 0);
	unsigned long rx = map(0, PAGES(1), PROT_READ | PROT_EXEC, 0);
	unsigned long none = map(0, PAGES(1), PROT_NONE, 0);
	unsigned long faults = host_cpu.nr_faults;

	ck_assert(!touch(ro, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(host_cpu.nr_faults, faults + 1);
	ck_assert_ptr_null(pte_of(ro));
	ck_assert(touch(ro, 0));
	faults = host_cpu.nr_faults;
	ck_assert(!touch(ro, HOST_ACCESS_WRITE));
	ck_assert(!touch(ro, HOST_ACCESS_FETCH));
	ck_assert_uint_eq(host_cpu.nr_faults, faults + 2);
	ck_assert(touch(rx, HOST_ACCESS_FETCH));
	ck_assert(!touch(rx, HOST_ACCESS_WRITE));
	faults = host_cpu.nr_faults;
	ck_assert(!touch(none, 0));
	ck_assert_uint_eq(host_cpu.nr_faults, faults + 1);
	ck_assert_ptr_null(pte_of(none));
}
END_TEST

START_TEST(test_the_stack_grows_to_its_limit)
{
	unsigned long top = 0x70000000, below = top - _STK_LIM;
	struct vm_area_struct *stack;

	ck_assert_uint_eq(map(top - PAGES(4), PAGES(4), RW,
			      MAP_FIXED | MAP_GROWSDOWN), top - PAGES(4));
	stack = find_vma(mm, top - 1);
	ck_assert(touch(top - PAGES(100), HOST_ACCESS_WRITE));
	ck_assert_uint_eq(stack->vm_start, top - PAGES(100));
	ck_assert(touch(below, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(stack->vm_start, below);
	ck_assert_uint_eq(mm->total_vm, _STK_LIM >> PAGE_SHIFT);
	ck_assert(!touch(below - 1, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(stack->vm_start, below);
}
END_TEST

START_TEST(test_the_stack_stops_at_the_guard_gap)
{
	unsigned long top = 0x60000000;
	unsigned long end = top - PAGES(3) - stack_guard_gap;

	ck_assert_uint_eq(map(top - PAGES(1), PAGES(1), RW,
			      MAP_FIXED | MAP_GROWSDOWN), top - PAGES(1));
	ck_assert_uint_eq(map(end - PAGES(1), PAGES(1), RW, MAP_FIXED),
			  end - PAGES(1));
	ck_assert(touch(top - PAGES(2), HOST_ACCESS_WRITE));
	ck_assert(touch(top - PAGES(3), 0));
	ck_assert(!touch(top - PAGES(4), 0));
	ck_assert_uint_eq(find_vma(mm, top - 1)->vm_start, top - PAGES(3));
}
END_TEST

START_TEST(test_a_touch_outside_every_area_fails)
{
	unsigned long faults;

	map(0x50000000, PAGES(1), RW, MAP_FIXED);
	faults = host_cpu.nr_faults;
	ck_assert(!touch(0x50000000 + PAGES(1), 0));
	ck_assert(!touch(0x50000000 - 1, HOST_ACCESS_WRITE));
	ck_assert(!touch(0x200000000000UL, 0));
	ck_assert_uint_gt(host_cpu.nr_faults, faults);
	ck_assert(touch(0x50000000, HOST_ACCESS_WRITE));
}
END_TEST

START_TEST(test_map_populate_leaves_nothing_to_fault)
{
	unsigned long a = map(0, PAGES(20), RW, MAP_POPULATE), faults, i;

	faults = host_cpu.nr_faults;
	for (i = 0; i < 20; i++) {
		ck_assert_ptr_nonnull(pte_of(a + PAGES(i)));
		ck_assert(pte_write(*pte_of(a + PAGES(i))));
		ck_assert(touch(a + PAGES(i), HOST_ACCESS_WRITE));
	}
	ck_assert_uint_eq(host_cpu.nr_faults, faults);
}
END_TEST
START_TEST(test_brk_grows_shrinks_and_stops_short_of_the_next_area)
{
	unsigned long start = 0x10000000;

	mm->start_brk = mm->brk = start;
	ck_assert_uint_eq(sys_brk(0), start);
	ck_assert_uint_eq(sys_brk(start + PAGES(3) + 5), start + PAGES(3) + 5);
	ck_assert(touch(start + PAGES(3) + 4, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(sys_brk(start + PAGES(1)), start + PAGES(1));
	ck_assert(!touch(start + PAGES(2), 0));
	ck_assert(touch(start, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(sys_brk(start - 1), start + PAGES(1));
	map(start + PAGES(16), PAGES(1), PROT_READ, MAP_FIXED);
	ck_assert_uint_eq(sys_brk(start + PAGES(15)), start + PAGES(15));
	ck_assert_uint_eq(sys_brk(start + PAGES(15) + 1), start + PAGES(15));
	ck_assert_int_eq(mm->map_count, 2);
	ck_assert_uint_eq(sys_brk(-1UL), start + PAGES(15));
	ck_assert_uint_eq(sys_brk(start), start);
	ck_assert_int_eq(mm->map_count, 1);
}
END_TEST

START_TEST(test_bad_arguments_get_linux_errors)
{
	ck_assert_int_eq((long)map(0, 0, RW, 0), -EINVAL);
	ck_assert_int_eq(sys_mmap(0, PAGES(1), RW, ANON, -1UL, 1), -EINVAL);
	ck_assert_int_eq(sys_mmap(0, PAGES(1), RW, MAP_ANONYMOUS, -1UL, 0),
			 -EINVAL);
	ck_assert_int_eq(sys_mmap(0, PAGES(1), RW, MAP_PRIVATE, 99, 0),
			 -EBADF);
	ck_assert_int_eq(sys_mmap(0, PAGES(1), RW, MAP_PRIVATE, 1, 0), -ENODEV);
	ck_assert_int_eq((long)map(0, 1UL << 62, RW, 0), -ENOMEM);
	ck_assert_int_eq((long)map(0, -1UL, RW, 0), -ENOMEM);
	ck_assert_int_eq((long)map(0x10000001, PAGES(1), RW, MAP_FIXED),
			 -EINVAL);
	ck_assert_int_eq((long)map(0x1000, PAGES(1), RW, MAP_FIXED), -EPERM);
	ck_assert_int_eq((long)map(TASK_SIZE_MAX - PAGES(1), PAGES(2), RW,
				   MAP_FIXED), -ENOMEM);
	ck_assert_int_eq(sys_munmap(0x10000001, PAGES(1)), -EINVAL);
	ck_assert_int_eq(sys_munmap(0x10000000, 0), -EINVAL);
	ck_assert_int_eq(sys_munmap(TASK_SIZE_MAX + PAGES(1), PAGES(1)),
			 -EINVAL);
	ck_assert_int_eq(mm->map_count, 0);
}
END_TEST

Suite *mmap_suite(void)
{
	Suite *s = suite_create("mmap");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, mm_setup, mm_teardown);
	tcase_add_test(tc, test_find_vma_returns_the_first_area_ending_above);
	tcase_add_test(tc, test_mmap_places_top_down_below_mmap_base_and_merges);
	tcase_add_test(tc, test_mmap_takes_a_free_hint_and_moves_a_used_one);
	tcase_add_test(tc, test_mmap_below_a_stack_keeps_the_guard_gap);
	tcase_add_test(tc, test_map_fixed_noreplace_refuses_and_map_fixed_replaces);
	tcase_add_test(tc, test_munmap_in_the_middle_splits_the_area);
	tcase_add_test(tc, test_munmap_gives_back_pages_and_page_tables);
	tcase_add_test(tc, test_munmap_keeps_a_table_that_still_maps_a_page);
	tcase_add_test(tc, test_an_address_space_gives_back_everything_at_its_end);
	tcase_add_test(tc, test_a_read_maps_the_zero_page_and_a_write_replaces_it);
	tcase_add_test(tc, test_the_area_decides_what_an_access_may_do);
	tcase_add_test(tc, test_the_stack_grows_to_its_limit);
	tcase_add_test(tc, test_the_stack_stops_at_the_guard_gap);
	tcase_add_test(tc, test_a_touch_outside_every_area_fails);
	tcase_add_test(tc, test_map_populate_leaves_nothing_to_fault);
	tcase_add_test(tc, test_brk_grows_shrinks_and_stops_short_of_the_next_area);
	tcase_add_test(tc, test_bad_arguments_get_linux_errors);
	suite_add_tcase(s, tc);
	return s;
}
