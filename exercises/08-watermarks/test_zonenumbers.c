/*
 * Tests of Exercise 8.1, ex_min_free_kbytes() and ex_zone_numbers(),
 * against the numbers of the Linux 6.1 reference logs. The points table
 * at the end says what each test is worth; `make grade CH=8` runs them.
 */
#include <check.h>
#include "zonenumbers.h"

static const int ratio[EX_NR_ZONES] = { 256, 256, 32, 0 };

static void expect_zone(const struct ex_zone_numbers *z, unsigned long min,
			unsigned long low, unsigned long high, long p1,
			long p2, long p3)
{
	ck_assert_uint_eq(z->min, min);
	ck_assert_uint_eq(z->low, low);
	ck_assert_uint_eq(z->high, high);
	ck_assert_int_eq(z->protection[0], 0);
	ck_assert_int_eq(z->protection[1], p1);
	ck_assert_int_eq(z->protection[2], p2);
	ck_assert_int_eq(z->protection[3], p3);
}

START_TEST(test_min_free_kbytes_of_the_small_machines)
{
	ck_assert_int_eq(ex_min_free_kbytes(3840 + 14386), 1080);
	ck_assert_int_eq(ex_min_free_kbytes(3840 + 46594), 1796);
}
END_TEST

START_TEST(test_min_free_kbytes_bounds)
{
	ck_assert_int_eq(ex_min_free_kbytes(100), 128);
	ck_assert_int_eq(ex_min_free_kbytes(1UL << 32), 262144);
	ck_assert_int_eq(ex_min_free_kbytes(1127521), 8494);
}
END_TEST

START_TEST(test_the_256_mib_machine)
{
	const unsigned long managed[EX_NR_ZONES] = { 3840, 46594, 0, 0 };
	struct ex_zone_numbers out[EX_NR_ZONES];

	ex_zone_numbers(1796, 10, ratio, managed, out);
	expect_zone(&out[0], 34, 42, 50, 182, 182, 182);
	expect_zone(&out[1], 414, 517, 620, 0, 0, 0);
	expect_zone(&out[2], 0, 0, 0, 0, 0, 0);
}
END_TEST

START_TEST(test_the_4608_mib_machine)
{
	const unsigned long managed[EX_NR_ZONES] = { 3840, 752348, 371333, 0 };
	struct ex_zone_numbers out[EX_NR_ZONES];

	ex_zone_numbers(67584, 10, ratio, managed, out);
	expect_zone(&out[0], 57, 71, 85, 2938, 4389, 4389);
	expect_zone(&out[1], 11274, 14092, 16910, 0, 1450, 1450);
	expect_zone(&out[2], 5564, 6955, 8346, 0, 0, 0);
}
END_TEST

START_TEST(test_scale_factor_and_ratios)
{
	const unsigned long managed[EX_NR_ZONES] = { 3840, 46594, 0, 0 };
	const int other[EX_NR_ZONES] = { 0, 128, 32, 0 };
	struct ex_zone_numbers out[EX_NR_ZONES];

	ex_zone_numbers(1796, 100, other, managed, out);
	expect_zone(&out[0], 34, 72, 110, 0, 0, 0);
	expect_zone(&out[1], 414, 879, 1344, 0, 0, 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_min_free_kbytes_of_the_small_machines, 2);
	add(test_min_free_kbytes_bounds, 1);
	add(test_the_256_mib_machine, 3);
	add(test_the_4608_mib_machine, 2);
	add(test_scale_factor_and_ratios, 2);
}
