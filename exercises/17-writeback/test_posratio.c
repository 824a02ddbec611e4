/*
 * Tests of Exercise 17.2, the position ratio. The machine is the 128 MiB
 * one of the chapter: thresh 2668 and bg_thresh 1332 pages, so freerun
 * is 2000, the limit 2668 and the setpoint 2334. The expected ratios are
 * those of Linux 6.1's fixed-point formulas, one worked out in full in
 * the comments. The points table at the end says what each test is
 * worth; `make grade CH=17` runs them.
 */
#include <check.h>

#include "posratio.h"

#define ONE	(1 << RATELIMIT_CALC_SHIFT)

/* The ratio of a machine with `dirty` pages, the device's as given. */
static unsigned long ratio(unsigned long dirty, unsigned long dirty_limit,
			   unsigned long wb_thresh, unsigned long wb_dirty,
			   unsigned long write_bw)
{
	struct dirty_throttle_control dtc = {
		.thresh = 2668, .bg_thresh = 1332, .dirty = dirty,
		.dirty_limit = dirty_limit, .wb_thresh = wb_thresh,
		.wb_dirty = wb_dirty, .write_bw = write_bw,
		.pos_ratio = 12345,
	};

	wb_position_ratio(&dtc);
	return dtc.pos_ratio;
}

START_TEST(test_the_curve_is_one_at_the_setpoint)
{
	ck_assert_int_eq(pos_ratio_polynom(2334, 2334, 2668), ONE);
	ck_assert_int_eq(pos_ratio_polynom(100, 100, 200), ONE);
	ck_assert_int_eq(pos_ratio_polynom(0, 0, 0), ONE);
}
END_TEST

START_TEST(test_the_curve_below_the_setpoint)
{
	/* x = 234 * 1024 / 335 = 715; 715 * 715 >> 10 = 499; 499 * 715
	 * >> 10 = 348 */
	ck_assert_int_eq(pos_ratio_polynom(2334, 2100, 2668), 1372);
	ck_assert_int_eq(pos_ratio_polynom(2334, 2200, 2668), 1089);
	ck_assert_int_eq(pos_ratio_polynom(100, 50, 200), 1147);
	ck_assert_int_eq(pos_ratio_polynom(100, 0, 200), 2015);
	ck_assert_int_eq(pos_ratio_polynom(2334, 2000, 2668), 2036);
}
END_TEST

START_TEST(test_the_curve_above_the_setpoint)
{
	/* x = -166 * 1024 / 335 = -507; 507 * 507 >> 10 = 251;
	 * 251 * -507 >> 10 = -125 (the shift rounds down) */
	ck_assert_int_eq(pos_ratio_polynom(2334, 2500, 2668), 899);
	ck_assert_int_eq(pos_ratio_polynom(2334, 2400, 2668), 1016);
	ck_assert_int_eq(pos_ratio_polynom(2334, 2600, 2668), 511);
	ck_assert_int_eq(pos_ratio_polynom(100, 150, 200), 900);
}
END_TEST

START_TEST(test_the_curve_is_not_quite_zero_at_the_limit)
{
	/* x = -334 * 1024 / 335 = -1020 (the division truncates) */
	ck_assert_int_eq(pos_ratio_polynom(2334, 2668, 2668), 11);
	ck_assert_int_eq(pos_ratio_polynom(2334, 2667, 2668), 20);
	ck_assert_int_eq(pos_ratio_polynom(100, 200, 200), 32);
}
END_TEST

START_TEST(test_the_curve_is_clamped_to_0_and_2)
{
	ck_assert_int_eq(pos_ratio_polynom(2334, 0, 2668), 2 * ONE);
	ck_assert_int_eq(pos_ratio_polynom(2334, 1000, 2668), 2 * ONE);
	ck_assert_int_eq(pos_ratio_polynom(2334, 3000, 2668), 0);
	ck_assert_int_eq(pos_ratio_polynom(2334, 100000, 2668), 0);
}
END_TEST

START_TEST(test_the_curve_in_64_bits)
{
	/* x = +-10^8 * 1024 / 10^9 = +-102: -1020 >> 10 is -1 */
	ck_assert_int_eq(pos_ratio_polynom(3000000000UL, 2900000000UL,
					   4000000000UL), ONE);
	ck_assert_int_eq(pos_ratio_polynom(3000000000UL, 3100000000UL,
					   4000000000UL), ONE - 1);
	ck_assert_int_eq(pos_ratio_polynom(3000000000UL, 0, 4000000000UL),
			 2 * ONE);
}
END_TEST

START_TEST(test_at_the_limit_writers_stop)
{
	ck_assert_uint_eq(ratio(2668, 0, 2668, 2668, 256), 0);
	ck_assert_uint_eq(ratio(3000, 0, 2668, 2668, 256), 0);
	ck_assert_uint_eq(ratio(3000, 2900, 2668, 10, 256), 0);
	ck_assert_uint_eq(ratio(100000, 0, 0, 0, 0), 0);
}
END_TEST

START_TEST(test_one_device_alone)
{
	/*
	 * dirty 2500: the curve gives 899. The device's share is all of
	 * thresh: x = (2668 << 16) / 2669 = 65511, its setpoint 2334 * x
	 * >> 16 = 2333, its span (0 + 8 * 256) * x >> 16 = 2047, so its
	 * line meets 0 at 4380, and 899 * (4380 - 2500) / 2047 = 825.
	 */
	ck_assert_uint_eq(ratio(2500, 0, 2668, 2500, 256), 825);
	ck_assert_uint_eq(ratio(2334, 0, 2668, 2334, 256), 1023);
	ck_assert_uint_eq(ratio(2100, 0, 2668, 2100, 256), 1528);
	/* a fast device: its line is flatter */
	ck_assert_uint_eq(ratio(2500, 0, 2668, 2500, 25600), 898);
}
END_TEST

START_TEST(test_a_device_with_half_the_share)
{
	ck_assert_uint_eq(ratio(2334, 0, 1334, 1000, 256), 1123);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 1167, 256), 1022);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 2000, 256), 518);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 2400, 256), 276);
}
END_TEST

START_TEST(test_a_device_far_over_its_setpoint_gets_a_quarter)
{
	/* its line would cross 1/4 at 2434 pages; it stays there after */
	ck_assert_uint_eq(ratio(2334, 0, 1334, 2434, 256), 256);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 2600, 256), 256);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 3000, 256), 256);
	ck_assert_uint_eq(ratio(2500, 0, 1334, 5000, 256), 899 / 4);
}
END_TEST

START_TEST(test_a_device_under_half_its_share_goes_faster)
{
	/* under wb_thresh / 2 = 667: the line's ratio times 667 / wb_dirty */
	ck_assert_uint_eq(ratio(2334, 0, 1334, 600, 256), 1518);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 84, 256), 13324);
	/* at most 667 / 8 = 83 pages: eight times the line */
	ck_assert_uint_eq(ratio(2334, 0, 1334, 83, 256), 13432);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 50, 256), 13592);
	ck_assert_uint_eq(ratio(2334, 0, 1334, 0, 256), 8 * 1729);
}
END_TEST

START_TEST(test_the_share_is_at_least_an_eighth_of_the_room)
{
	/* (2668 - 2500) / 8 = 21 pages, not 0 and not 20 */
	ck_assert_uint_eq(ratio(2500, 0, 0, 20, 256), 826);
	ck_assert_uint_eq(ratio(2500, 0, 21, 20, 256), 826);
	ck_assert_uint_eq(ratio(2500, 0, 22, 20, 256), 852);
	/* (2668 - 2100) / 8 = 71 */
	ck_assert_uint_eq(ratio(2100, 0, 0, 20, 256), 3220);
	ck_assert_uint_eq(ratio(2100, 0, 65, 20, 256), 3220);
	ck_assert_uint_eq(ratio(2100, 0, 72, 20, 256), 3297);
	/* and at most thresh */
	ck_assert_uint_eq(ratio(2334, 0, 5000, 2334, 256), 1023);
}
END_TEST

START_TEST(test_the_limit_is_the_domain_s_if_higher)
{
	ck_assert_uint_eq(ratio(2668, 3000, 2668, 2668, 256), 903);
	ck_assert_uint_eq(ratio(2334, 3000, 2668, 2334, 256), 1146);
	ck_assert_uint_eq(ratio(2334, 2000, 2668, 2334, 256), 1023);
}
END_TEST

START_TEST(test_freerun_is_halfway_between_the_thresholds)
{
	struct dirty_throttle_control dtc = {
		.thresh = 2668, .bg_thresh = 1000, .dirty = 2334,
		.wb_thresh = 2668, .wb_dirty = 2334, .write_bw = 256,
	};

	/* freerun 1834, setpoint 2251 */
	wb_position_ratio(&dtc);
	ck_assert_uint_eq(dtc.pos_ratio, 974);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_the_curve_is_one_at_the_setpoint, 1);
	add(test_the_curve_below_the_setpoint, 1);
	add(test_the_curve_above_the_setpoint, 1);
	add(test_the_curve_is_not_quite_zero_at_the_limit, 1);
	add(test_the_curve_is_clamped_to_0_and_2, 1);
	add(test_the_curve_in_64_bits, 1);
	add(test_at_the_limit_writers_stop, 1);
	add(test_one_device_alone, 2);
	add(test_a_device_with_half_the_share, 2);
	add(test_a_device_far_over_its_setpoint_gets_a_quarter, 1);
	add(test_a_device_under_half_its_share_goes_faster, 2);
	add(test_the_share_is_at_least_an_eighth_of_the_room, 1);
	add(test_the_limit_is_the_domain_s_if_higher, 1);
	add(test_freerun_is_halfway_between_the_thresholds, 1);
}
