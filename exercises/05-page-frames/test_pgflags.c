/*
 * Tests of Exercise 5.2, format_page_flags(). The points table at the
 * end says what each test is worth; `make grade CH=5` runs them.
 */
#include <check.h>
#include <string.h>
#include <linux/kernel.h>
#include "pgflags.h"

static void expect_format(unsigned long flags, const char *want)
{
	char buf[256];
	int n = format_page_flags(buf, sizeof(buf), flags);

	ck_assert_str_eq(buf, want);
	ck_assert_int_eq(n, (int)strlen(want));
}

static unsigned long links(unsigned int zone, int nid, unsigned long sec)
{
	struct page page = { 0 };

	set_page_links(&page, zone, nid, sec << PFN_SECTION_SHIFT);
	return page.flags;
}

START_TEST(test_one_flag_and_the_fields)
{
	expect_format(1UL << PG_reserved,
		      "0x1000(reserved|section=0|node=0|zone=0)");
}
END_TEST

START_TEST(test_no_flags_prints_only_the_fields)
{
	expect_format(0, "0x0(section=0|node=0|zone=0)");
	expect_format(links(1, 0, 0),
		      "0x1000000000(section=0|node=0|zone=1)");
}
END_TEST

START_TEST(test_several_flags_in_bit_order)
{
	unsigned long f = links(2, 1, 33) | 1UL << PG_lru | 1UL << PG_dirty |
			  1UL << PG_referenced | 1UL << PG_mlocked;
	char want[128];

	snprintf(want, sizeof(want), "0x%lx(referenced|dirty|lru|mlocked|"
		 "section=33|node=1|zone=2)", f);
	expect_format(f, want);
}
END_TEST

START_TEST(test_bits_without_a_name_are_printed_as_a_number)
{
	unsigned long f = 1UL << PG_slab | 1UL << 30 | 1UL << 23;
	char want[128];

	snprintf(want, sizeof(want),
		 "0x%lx(slab|0x40800000|section=0|node=0|zone=0)", f);
	expect_format(f, want);
}
END_TEST

START_TEST(test_a_short_buffer_is_cut_and_terminated)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	format_page_flags(buf, sizeof(buf), 1UL << PG_reserved);
	ck_assert_str_eq(buf, "0x1000(");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_one_flag_and_the_fields, 2);
	add(test_no_flags_prints_only_the_fields, 1);
	add(test_several_flags_in_bit_order, 2);
	add(test_bits_without_a_name_are_printed_as_a_number, 2);
	add(test_a_short_buffer_is_cut_and_terminated, 1);
}
