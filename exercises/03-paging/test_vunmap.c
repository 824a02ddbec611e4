/*
 * Tests of Exercise 3.2, vunmap_range(). The points table at the end says
 * what each test is worth; `make grade CH=3` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/errno.h>

#include "vunmap.h"

#define VA	VMALLOC_START
#define PA	0x2000000UL

static void boot_and_map(unsigned long va, unsigned long size,
			 unsigned int shift)
{
	host_boot("");
	ck_assert_int_eq(vmap_range(swapper_pg_dir, va, va + size,
				    shift == PAGE_SHIFT ? PA : 0x40000000,
				    PAGE_KERNEL, shift), 0);
}

static bool reads(unsigned long va)
{
	char c;

	return host_mmu_read(va, &c, 1, 0) == 0;
}

START_TEST(test_vunmap_clears_4k_pages_and_flushes)
{
	unsigned long i;

	boot_and_map(VA, 5 * PAGE_SIZE, PAGE_SHIFT);
	for (i = 0; i < 5; i++)
		ck_assert(reads(VA + i * PAGE_SIZE));
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA + PAGE_SIZE,
				      VA + 4 * PAGE_SIZE), 0);
	for (i = 1; i < 4; i++) {
		ck_assert_msg(!reads(VA + i * PAGE_SIZE),
			      "page %lu of the range can still be read", i);
		ck_assert_uint_eq(host_cpu.error_code, 0);
	}
	ck_assert_msg(reads(VA) && reads(VA + 4 * PAGE_SIZE),
		      "a page outside the range was unmapped");
}
END_TEST

START_TEST(test_vunmap_clears_large_pages)
{
	boot_and_map(VA, PUD_SIZE + 2 * PMD_SIZE, PMD_SHIFT);
	ck_assert(reads(VA + PMD_SIZE + 0x123));
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA,
				      VA + PUD_SIZE + 2 * PMD_SIZE), 0);
	ck_assert_msg(!reads(VA + PMD_SIZE + 0x123),
		      "a 2 MiB page is still readable");
	ck_assert(!reads(VA + PUD_SIZE + PMD_SIZE));
	ck_assert(!reads(VA));
}
END_TEST

START_TEST(test_vunmap_skips_what_is_not_mapped)
{
	unsigned long far = VA + 3 * PUD_SIZE + 7 * PAGE_SIZE;

	boot_and_map(VA, PAGE_SIZE, PAGE_SHIFT);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, far, far + PAGE_SIZE,
				    PA, PAGE_KERNEL, PAGE_SHIFT), 0);
	ck_assert(reads(far));
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA - 2 * PGDIR_SIZE,
				      far + PMD_SIZE), 0);
	ck_assert_msg(!reads(VA), "the first page is still mapped");
	ck_assert_msg(!reads(far), "the page beyond the holes is still mapped");
}
END_TEST

START_TEST(test_vunmap_flushes_everything_only_for_large_ranges)
{
	unsigned long other = VA + PUD_SIZE;

	boot_and_map(VA, 64 * PAGE_SIZE, PAGE_SHIFT);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, other, other + PAGE_SIZE,
				    PA, PAGE_KERNEL, PAGE_SHIFT), 0);
	ck_assert(reads(other));
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA,
				      VA + 2 * PAGE_SIZE), 0);
	ck_assert_msg(host_tlb_cached(other),
		      "unmapping 2 pages flushed an unrelated translation");
	ck_assert(reads(VA + 40 * PAGE_SIZE));
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA + 2 * PAGE_SIZE,
				      VA + 64 * PAGE_SIZE), 0);
	ck_assert_msg(!host_tlb_cached(other), "unmapping 62 pages did not "
		      "flush the whole TLB");
	ck_assert(!reads(VA + 40 * PAGE_SIZE));
	ck_assert(reads(other));
}
END_TEST

START_TEST(test_vunmap_refuses_bad_ranges)
{
	boot_and_map(VA, PMD_SIZE, PMD_SHIFT);
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA + 1, VA + PAGE_SIZE),
			 -EINVAL);
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA + PAGE_SIZE, VA),
			 -EINVAL);
	ck_assert_int_eq(vunmap_range(swapper_pg_dir, VA, VA + PAGE_SIZE),
			 -EINVAL);
	ck_assert(reads(VA + PAGE_SIZE));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_vunmap_clears_4k_pages_and_flushes, 3);
	add(test_vunmap_clears_large_pages, 2);
	add(test_vunmap_skips_what_is_not_mapped, 2);
	add(test_vunmap_flushes_everything_only_for_large_ranges, 2);
	add(test_vunmap_refuses_bad_ranges, 1);
}
