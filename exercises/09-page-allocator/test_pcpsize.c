/*
 * Tests of Exercise 9.1, pcp_batch() and pcp_high(), on the managed
 * pages, low watermarks and processors of the four machines of the
 * reference Linux 6.1 logs. `make grade CH=8` runs them.
 */
#include <check.h>
#include "pcpsize.h"

START_TEST(test_batch_of_small_zones_is_one)
{
	ck_assert_int_eq(pcp_batch(3840), 1);
	ck_assert_int_eq(pcp_batch(0), 1);
	ck_assert_int_eq(pcp_batch(4096), 1);
}
END_TEST

START_TEST(test_batch_is_linux_on_the_small_machines)
{
	ck_assert_int_eq(pcp_batch(16640), 3);
	ck_assert_int_eq(pcp_batch(48848), 15);
}
END_TEST

START_TEST(test_batch_stops_at_63)
{
	ck_assert_int_eq(pcp_batch(234410), 63);
	ck_assert_int_eq(pcp_batch(754602), 63);
	ck_assert_int_eq(pcp_batch(1UL << 30), 63);
}
END_TEST

START_TEST(test_high_is_shared_among_the_node_cpus)
{
	ck_assert_int_eq(pcp_high(517, 15, 1, 1), 517);
	ck_assert_int_eq(pcp_high(14092, 63, 2, 2), 7046);
	ck_assert_int_eq(pcp_high(71, 1, 2, 2), 35);
	ck_assert_int_eq(pcp_high(6527, 63, 1, 2), 6527);
}
END_TEST

START_TEST(test_high_without_cpus_and_at_least_four_batches)
{
	ck_assert_int_eq(pcp_high(6527, 63, 0, 2), 3263);
	ck_assert_int_eq(pcp_high(100, 63, 1, 1), 252);
	ck_assert_int_eq(pcp_high(0, 1, 1, 1), 4);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_batch_of_small_zones_is_one, 1);
	add(test_batch_is_linux_on_the_small_machines, 2);
	add(test_batch_stops_at_63, 1);
	add(test_high_is_shared_among_the_node_cpus, 2);
	add(test_high_without_cpus_and_at_least_four_batches, 2);
}
