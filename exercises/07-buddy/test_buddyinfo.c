/*
 * Tests of Exercise 7.2, buddyinfo_line(), against lines of the
 * reference Linux 6.1 log. The points table at the end says what each
 * test is worth; `make grade CH=7` runs them.
 */
#include <check.h>
#include <string.h>
#include "buddyinfo.h"

static char buf[256];

START_TEST(test_linux_dma_line)
{
	static const unsigned long n[] = { 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 3 };
	const char *linux_line = "Node 0, zone      DMA      0      0      0"
		"      0      0      1      1      1      0      1      3 \n";

	ck_assert_int_eq(buddyinfo_line(buf, sizeof(buf), 0, "DMA", n),
			 (int)strlen(linux_line));
	ck_assert_str_eq(buf, linux_line);
}
END_TEST

START_TEST(test_linux_dma32_line)
{
	static const unsigned long n[] = { 5, 3, 15, 9, 8, 5, 6, 5, 6, 2, 37 };

	buddyinfo_line(buf, sizeof(buf), 0, "DMA32", n);
	ck_assert_str_eq(buf, "Node 0, zone    DMA32      5      3     15"
			 "      9      8      5      6      5      6      2"
			 "     37 \n");
}
END_TEST

START_TEST(test_wide_counts_push_the_columns)
{
	static const unsigned long n[] = { 1234567, 0, 0, 0, 0, 0, 0, 0, 0,
					   0, 0 };

	buddyinfo_line(buf, sizeof(buf), 1, "Normal", n);
	ck_assert_str_eq(buf, "Node 1, zone   Normal 1234567      0      0"
			 "      0      0      0      0      0      0      0"
			 "      0 \n");
}
END_TEST

START_TEST(test_a_short_buffer_stays_terminated)
{
	static const unsigned long n[EX_NR_ORDERS];
	char small[20];
	int len = buddyinfo_line(small, sizeof(small), 0, "DMA", n);

	ck_assert_int_eq(len, 13 + 8 + 1 + 7 * EX_NR_ORDERS + 1);
	ck_assert_str_eq(small, "Node 0, zone      D");
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_linux_dma_line, 2);
	add(test_linux_dma32_line, 2);
	add(test_wide_counts_push_the_columns, 2);
	add(test_a_short_buffer_stays_terminated, 2);
}
