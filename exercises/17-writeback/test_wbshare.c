/*
 * Tests of Exercise 17.1, a device's share of the dirty threshold: each
 * test starts from a fresh machine count (1 event, period 0) and devices
 * that have written nothing, drives them through pages written and
 * periods begun, and compares the counts, fractions and thresholds with
 * the ones Linux 6.1's rules give, worked out by hand in the comments.
 * The points table at the end says what each test is worth;
 * `make grade CH=17` runs them.
 */
#include <check.h>

#include "wbshare.h"

static struct fprop_global g;
static struct wb_share a, b, c;

static void fresh(void)
{
	fprop_global_init(&g);
	wb_share_init(&a, 0, 100);
	wb_share_init(&b, 0, 100);
	wb_share_init(&c, 0, 100);
}

static void fraction_is(struct wb_share *wb, unsigned long num,
			unsigned long den)
{
	unsigned long n = ~0UL, d = ~0UL;

	fprop_fraction(&g, &wb->completions, &n, &d);
	ck_assert_uint_eq(n, num);
	ck_assert_uint_eq(d, den);
}

START_TEST(test_writes_count_for_the_device_and_the_machine)
{
	fresh();
	fraction_is(&a, 0, 1);
	wb_writeout_add(&g, &a, 300);
	ck_assert_int_eq(a.completions.events, 300);
	ck_assert_int_eq(g.events, 301);
	fraction_is(&a, 300, 301);
	wb_writeout_add(&g, &b, 99);
	fraction_is(&a, 300, 400);
	fraction_is(&b, 99, 400);
}
END_TEST

START_TEST(test_a_new_period_halves_the_machine_count)
{
	fresh();
	g.events = 1000;
	ck_assert(fprop_new_period(&g, 1));
	ck_assert_int_eq(g.events, 500);
	ck_assert_uint_eq(g.period, 1);
	ck_assert(fprop_new_period(&g, 3));	/* 500 >> 3 */
	ck_assert_int_eq(g.events, 62);
	ck_assert_uint_eq(g.period, 4);
	g.events = 1001;
	ck_assert(fprop_new_period(&g, 1));	/* 1001 >> 1 */
	ck_assert_int_eq(g.events, 500);
	g.events = 2;
	ck_assert(fprop_new_period(&g, 1));
	ck_assert_int_eq(g.events, 1);
	ck_assert_uint_eq(g.period, 6);
}
END_TEST

START_TEST(test_no_new_period_without_events)
{
	fresh();
	ck_assert(!fprop_new_period(&g, 1));	/* the 1 of init only */
	ck_assert_int_eq(g.events, 1);
	ck_assert_uint_eq(g.period, 0);
	g.events = 0;
	ck_assert(!fprop_new_period(&g, 5));
	ck_assert_int_eq(g.events, 0);
	ck_assert_uint_eq(g.period, 0);
}
END_TEST

START_TEST(test_64_periods_or_more_forget_everything)
{
	fresh();
	g.events = 1000;
	ck_assert(fprop_new_period(&g, 63));
	ck_assert_int_eq(g.events, 0);		/* 1000 >> 63 */
	ck_assert_uint_eq(g.period, 63);
	g.events = 1000;
	ck_assert(fprop_new_period(&g, 64));
	ck_assert_int_eq(g.events, 0);
	ck_assert_uint_eq(g.period, 127);
	g.events = 1LL << 40;
	ck_assert(fprop_new_period(&g, 100));
	ck_assert_int_eq(g.events, 0);
	ck_assert_uint_eq(g.period, 227);
}
END_TEST

START_TEST(test_a_device_count_ages_when_it_is_read)
{
	fresh();
	wb_writeout_add(&g, &a, 800);		/* a 800, g 801 */
	wb_writeout_add(&g, &b, 3200);		/* g 4001 */
	ck_assert(fprop_new_period(&g, 2));	/* g 1000 */
	ck_assert_int_eq(g.events, 1000);
	ck_assert_int_eq(a.completions.events, 800);	/* not yet */
	fraction_is(&a, 200, 1000);		/* 800 >> 2 */
	ck_assert_int_eq(a.completions.events, 200);
	ck_assert_uint_eq(a.completions.period, 2);
	fraction_is(&a, 200, 1000);		/* only once */
	fraction_is(&b, 800, 1000);
}
END_TEST

START_TEST(test_a_device_count_ages_before_it_grows)
{
	fresh();
	wb_writeout_add(&g, &a, 800);		/* a 800, g 801 */
	wb_writeout_add(&g, &b, 3200);		/* g 4001 */
	ck_assert(fprop_new_period(&g, 2));	/* g 1000 */
	wb_writeout_add(&g, &a, 10);		/* a 200 + 10 */
	ck_assert_int_eq(a.completions.events, 210);
	ck_assert_uint_eq(a.completions.period, 2);
	ck_assert_int_eq(g.events, 1010);
	ck_assert(fprop_new_period(&g, 1));	/* g 505 */
	wb_writeout_add(&g, &a, 0);
	ck_assert_int_eq(a.completions.events, 105);
	ck_assert_uint_eq(a.completions.period, 3);
}
END_TEST

START_TEST(test_a_device_idle_for_64_periods_counts_nothing)
{
	fresh();
	a.completions.events = 4096;
	a.completions.period = 5;
	g.events = 100;
	g.period = 15;
	fraction_is(&a, 4, 100);		/* 4096 >> 10 */
	ck_assert_uint_eq(a.completions.period, 15);
	b.completions.events = 1LL << 62;
	b.completions.period = 15;
	g.period = 77;
	fraction_is(&b, 1, 100);		/* 2^62 >> 62 */
	g.period = 78;
	b.completions.events = 800;
	b.completions.period = 14;
	fraction_is(&b, 0, 100);		/* 64 periods */
	ck_assert_uint_eq(b.completions.period, 78);
	c.completions.events = 800;
	c.completions.period = 10;
	fraction_is(&c, 0, 100);
}
END_TEST

START_TEST(test_a_fraction_is_never_over_one_and_never_over_zero)
{
	fresh();
	a.completions.events = 5;
	g.events = 3;
	fraction_is(&a, 5, 5);
	a.completions.events = 7;
	g.events = 7;
	fraction_is(&a, 7, 7);
	a.completions.events = 0;
	g.events = 0;
	fraction_is(&a, 0, 1);
	a.completions.events = 0;
	g.events = 9;
	fraction_is(&a, 0, 9);
}
END_TEST

START_TEST(test_a_capped_device_gets_no_more_than_its_share)
{
	fresh();
	wb_share_init(&a, 0, 50);		/* max_prop_frac 512 */
	/* 0/1: room 1 * 512 - 0, enough for (512 + 511) / 512 pages */
	wb_writeout_add(&g, &a, 100);
	ck_assert_int_eq(a.completions.events, 1);
	ck_assert_int_eq(g.events, 2);
	/* 1/2: room 0, so (0 + 511) / 512 = 0 pages */
	wb_writeout_add(&g, &a, 100);
	ck_assert_int_eq(a.completions.events, 1);
	ck_assert_int_eq(g.events, 2);
	wb_writeout_add(&g, &b, 1000);		/* g 1002 */
	/* 1/1002: room 512000, over the 100 * 512 that 100 pages need */
	wb_writeout_add(&g, &a, 100);
	ck_assert_int_eq(a.completions.events, 101);
	ck_assert_int_eq(g.events, 1102);
	/* 101/1102: room 460800, 900 pages of the 1000 */
	wb_writeout_add(&g, &a, 1000);
	ck_assert_int_eq(a.completions.events, 1001);
	ck_assert_int_eq(g.events, 2002);
	wb_writeout_add(&g, &a, 1);		/* at 50 per cent */
	ck_assert_int_eq(a.completions.events, 1001);
	ck_assert_int_eq(g.events, 2002);
}
END_TEST

START_TEST(test_a_capped_device_rounds_up_to_its_share)
{
	fresh();
	wb_share_init(&a, 0, 30);		/* max_prop_frac 307 */
	ck_assert_uint_eq(a.max_prop_frac, 307);
	wb_writeout_add(&g, &b, 1000);		/* g 1001 */
	/* room 1001 * 307 = 307307, over the 400 * 717 that 400 need */
	wb_writeout_add(&g, &a, 400);
	ck_assert_int_eq(a.completions.events, 400);
	ck_assert_int_eq(g.events, 1401);
	/* room 1401 * 307 - 400 * 1024 = 20507: (20507 + 716) / 717 */
	wb_writeout_add(&g, &a, 1000);
	ck_assert_int_eq(a.completions.events, 429);
	ck_assert_int_eq(g.events, 1430);
	/* 429/1430 is 30 per cent: room 1430 * 307 - 429 * 1024 < 0 */
	wb_writeout_add(&g, &a, 1);
	ck_assert_int_eq(a.completions.events, 429);
	ck_assert_int_eq(g.events, 1430);

	fresh();
	wb_share_init(&a, 0, 30);
	wb_writeout_add(&g, &b, 354);		/* g 355 */
	/* room 355 * 307 = 108985 = 152 * 717 + 1: 153 pages */
	wb_writeout_add(&g, &a, 1000);
	ck_assert_int_eq(a.completions.events, 153);
	ck_assert_int_eq(g.events, 508);
}
END_TEST

START_TEST(test_a_device_over_its_share_adds_nothing)
{
	fresh();
	wb_share_init(&a, 0, 50);
	a.completions.events = 600;
	g.events = 1000;
	wb_writeout_add(&g, &a, 10);
	ck_assert_int_eq(a.completions.events, 600);
	ck_assert_int_eq(g.events, 1000);
	/* aged to 300 of 1000: room 1000 * 512 - 300 * 1024 = 204800 */
	g.period = 1;
	wb_writeout_add(&g, &a, 10);
	ck_assert_int_eq(a.completions.events, 310);
	ck_assert_uint_eq(a.completions.period, 1);
	ck_assert_int_eq(g.events, 1010);
}
END_TEST

START_TEST(test_the_share_is_the_fraction_of_the_threshold)
{
	fresh();
	a.completions.events = 250;
	g.events = 1000;
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 2668), 667);
	wb_writeout_add(&g, &b, 0);
	ck_assert_uint_eq(wb_calc_thresh(&g, &b, 0, 2668), 0);
	a.completions.events = 999;
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 2668), 2665);
	a.completions.events = 1000;
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 2668), 2668);
	/* 64-bit sums: 4294967295 * 999999 / 1000000 */
	a.completions.events = 999999;
	g.events = 1000000;
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 4294967295UL),
			  4294963000UL);
}
END_TEST

START_TEST(test_the_share_follows_the_periods)
{
	fresh();
	wb_writeout_add(&g, &a, 800);
	wb_writeout_add(&g, &b, 3200);
	ck_assert(fprop_new_period(&g, 2));	/* a 200 of 1000 */
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 1000), 200);
	ck_assert_uint_eq(wb_calc_thresh(&g, &b, 0, 1000), 800);
}
END_TEST

START_TEST(test_minimum_shares_come_off_the_top)
{
	fresh();
	g.events = 1000;
	wb_share_init(&b, 5, 100);
	wb_share_init(&a, 10, 100);
	a.completions.events = 250;
	/* 2668 * 90 / 100 = 2401; 2401 / 4 = 600; + 266 */
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 10, 2668), 866);
	/* 2668 * 70 / 100 = 1867; 1867 / 4 = 466; + 266 */
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 30, 2668), 732);
	/* a device that wrote nothing keeps its minimum */
	ck_assert_uint_eq(wb_calc_thresh(&g, &b, 15, 2668), 133);
	/* Linux truncates 199 * 50 / 100 to 99 before the fraction */
	wb_share_init(&a, 0, 100);
	a.completions.events = 199;
	g.events = 200;
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 50, 199), 98);
}
END_TEST

/* The share of a device that wrote 250 of the 1000 pages, thresh 2668. */
static unsigned long quarter(unsigned int min_ratio, unsigned int max_ratio,
			     unsigned int bdi_min_ratio)
{
	fresh();
	g.events = 1000;
	wb_share_init(&a, min_ratio, max_ratio);
	a.completions.events = 250;
	return wb_calc_thresh(&g, &a, bdi_min_ratio, 2668);
}

START_TEST(test_the_maximum_caps_the_share_and_the_minimum)
{
	ck_assert_uint_eq(quarter(10, 20, 10), 533);	/* not 866 */
	ck_assert_uint_eq(quarter(0, 30, 0), 667);
	ck_assert_uint_eq(quarter(0, 25, 0), 667);	/* 2668 * 25 / 100 */
	ck_assert_uint_eq(quarter(0, 24, 0), 640);
	a.completions.events = 241;		/* 642, over 640 */
	ck_assert_uint_eq(wb_calc_thresh(&g, &a, 0, 2668), 640);
	ck_assert_uint_eq(quarter(0, 0, 0), 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_writes_count_for_the_device_and_the_machine, 1);
	add(test_a_new_period_halves_the_machine_count, 1);
	add(test_no_new_period_without_events, 1);
	add(test_64_periods_or_more_forget_everything, 1);
	add(test_a_device_count_ages_when_it_is_read, 2);
	add(test_a_device_count_ages_before_it_grows, 1);
	add(test_a_device_idle_for_64_periods_counts_nothing, 1);
	add(test_a_fraction_is_never_over_one_and_never_over_zero, 1);
	add(test_a_capped_device_gets_no_more_than_its_share, 2);
	add(test_a_capped_device_rounds_up_to_its_share, 1);
	add(test_a_device_over_its_share_adds_nothing, 1);
	add(test_the_share_is_the_fraction_of_the_threshold, 1);
	add(test_the_share_follows_the_periods, 1);
	add(test_minimum_shares_come_off_the_top, 2);
	add(test_the_maximum_caps_the_share_and_the_minimum, 1);
}
