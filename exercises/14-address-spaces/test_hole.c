/*
 * Tests of Exercise 14.1, the highest hole: holes of every size, the
 * limits, a stack's guard gap, alignment and its offset. The points
 * table at the end says what each test is worth; `make grade CH=14` runs
 * them.
 */
#include <check.h>
#include <linux/errno.h>
#include "hole.h"

#define P		HOLE_PAGE_SIZE
#define MIB		0x100000UL
#define NOMEM		((unsigned long)-ENOMEM)
#define ALIGN_2M	(0x200000UL - P)	/* 2 MiB, as huge pages ask */

static unsigned long find(const struct hole_area *a, int n,
			  unsigned long low, unsigned long high,
			  unsigned long length, unsigned long mask,
			  unsigned long offset)
{
	struct vm_unmapped_area_info info = {
		.length = length, .low_limit = low, .high_limit = high,
		.align_mask = mask, .align_offset = offset,
	};

	return unmapped_area_topdown(a, n, &info);
}

/* Under 0x600000: a hole of one page on top, 1 MiB, then 960 KiB. */
static const struct hole_area three[] = {
	{ 0x100000, 0x200000, false },
	{ 0x300000, 0x5ff000, false },
};

START_TEST(test_an_empty_space_gives_the_top)
{
	ck_assert_uint_eq(find(NULL, 0, 0x10000, 0x7ffff7fff000, 4 * P, 0, 0),
			  0x7ffff7fff000 - 4 * P);
}
END_TEST

START_TEST(test_the_highest_hole_that_fits_is_taken)
{
	ck_assert_uint_eq(find(three, 2, 0x10000, 0x600000, 2 * P, 0, 0),
			  0x300000 - 2 * P);
	ck_assert_uint_eq(find(three, 2, 0x10000, 0x600000, 0xf0000, 0, 0),
			  0x300000 - 0xf0000);
}
END_TEST

START_TEST(test_a_hole_fits_exactly)
{
	ck_assert_uint_eq(find(three, 2, 0x10000, 0x600000, P, 0, 0),
			  0x5ff000);
	ck_assert_uint_eq(find(three, 2, 0x10000, 0x600000, MIB, 0, 0),
			  0x200000);
}
END_TEST

START_TEST(test_no_hole_fits)
{
	ck_assert_uint_eq(find(three, 2, 0x10000, 0x600000, MIB + P, 0, 0),
			  NOMEM);
	ck_assert_uint_eq(find(NULL, 0, 0x10000, 0x20000, 0x11000, 0, 0),
			  NOMEM);
}
END_TEST

START_TEST(test_the_low_limit_is_kept)
{
	static const struct hole_area one[] = {
		{ 0x300000, 0x600000, false },
	};

	ck_assert_uint_eq(find(one, 1, 0x100000, 0x600000, 2 * MIB, 0, 0),
			  0x100000);
	ck_assert_uint_eq(find(one, 1, 0x101000, 0x600000, 2 * MIB, 0, 0),
			  NOMEM);
}
END_TEST

/* A stack at 16 MiB with half a MiB free above it, under the limit. */
START_TEST(test_a_stack_keeps_its_guard_gap)
{
	struct hole_area stack[] = {
		{ 0x1000000, 0x1100000, true },
	};

	ck_assert_uint_eq(find(stack, 1, 0x10000, 0x1180000, MIB, 0, 0),
			  0x1000000 - HOLE_GUARD_GAP - MIB);
	stack[0].growsdown = false;
	ck_assert_uint_eq(find(stack, 1, 0x10000, 0x1180000, MIB, 0, 0),
			  0x1000000 - MIB);
}
END_TEST

START_TEST(test_a_stack_near_zero_leaves_no_hole_under_it)
{
	static const struct hole_area stack[] = {
		{ 0x80000, 0x100000, true },
	};

	ck_assert_uint_eq(find(stack, 1, 0, 0x101000, 2 * P, 0, 0), NOMEM);
}
END_TEST

START_TEST(test_an_aligned_range_is_aligned)
{
	ck_assert_uint_eq(find(NULL, 0, 0x10000, 0x7ffff7fff000, 2 * MIB,
			       ALIGN_2M, 0), 0x7ffff7c00000);
}
END_TEST

/*
 * 2.5 MiB free under 0x700000 hold no 2 MiB-aligned 2 MiB: the hole
 * under 0x400000 does.
 */
START_TEST(test_an_aligned_fit_may_need_a_lower_hole)
{
	static const struct hole_area two[] = {
		{ 0x400000, 0x480000, false },
		{ 0x700000, 0x1000000, false },
	};

	ck_assert_uint_eq(find(two, 2, 0x10000, 0x1000000, 2 * MIB, ALIGN_2M,
			       0), 0x200000);
	ck_assert_uint_eq(find(two, 2, 0x10000, 0x1000000, 2 * MIB, 0, 0),
			  0x500000);
}
END_TEST

START_TEST(test_the_offset_moves_the_alignment)
{
	ck_assert_uint_eq(find(NULL, 0, 0x10000, 0x1000000, P, ALIGN_2M,
			       0x5000), 0xe05000);
}
END_TEST

START_TEST(test_an_area_across_the_limit_bounds_the_hole)
{
	static const struct hole_area one[] = {
		{ 0x700000, 0x900000, false },
	};

	ck_assert_uint_eq(find(one, 1, 0x10000, 0x800000, MIB, 0, 0),
			  0x600000);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_an_empty_space_gives_the_top, 1);
	add(test_the_highest_hole_that_fits_is_taken, 2);
	add(test_a_hole_fits_exactly, 1);
	add(test_no_hole_fits, 1);
	add(test_the_low_limit_is_kept, 1);
	add(test_a_stack_keeps_its_guard_gap, 2);
	add(test_a_stack_near_zero_leaves_no_hole_under_it, 1);
	add(test_an_aligned_range_is_aligned, 2);
	add(test_an_aligned_fit_may_need_a_lower_hole, 2);
	add(test_the_offset_moves_the_alignment, 1);
	add(test_an_area_across_the_limit_bounds_the_hole, 1);
}
