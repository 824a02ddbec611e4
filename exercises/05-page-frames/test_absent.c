/*
 * Tests of Exercise 5.3, absent_pages_in_range(), on the memory of the
 * simulated machine (QEMU's 4608 MiB map). The points table at the end
 * says what each test is worth; `make grade CH=5` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include "absent.h"

static void expect_absent(unsigned long start, unsigned long end,
			  unsigned long want)
{
	unsigned long got;

	host_boot("");
	got = absent_pages_in_range(start, end);
	ck_assert_msg(got == want, "[%#lx, %#lx): %lu absent, expected %lu",
		      start, end, got, want);
}

START_TEST(test_memory_only_has_nothing_absent)
{
	expect_absent(0x100, 0x9000, 0);
	expect_absent(0x100000, 0x160000, 0);
}
END_TEST

START_TEST(test_linux_zone_dma_has_97_absent)
{
	/* Linux: DMA spans 4095 pages from pfn 1, present 3998 */
	expect_absent(1, 0x1000, 97);
}
END_TEST

START_TEST(test_the_hole_below_4g)
{
	expect_absent(0x1000, 0x100000, 0x100000 - 0xbffe0);
	expect_absent(0xc0000, 0x100000, 0x40000);
}
END_TEST

START_TEST(test_the_whole_machine)
{
	expect_absent(0, 0x160000, 1 + 97 + 0x40020);
	expect_absent(0x160000, 0x200000, 0xa0000);
}
END_TEST

START_TEST(test_an_empty_range)
{
	expect_absent(0x5000, 0x5000, 0);
	expect_absent(0x9f, 0x9f, 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_memory_only_has_nothing_absent, 1);
	add(test_linux_zone_dma_has_97_absent, 2);
	add(test_the_hole_below_4g, 2);
	add(test_the_whole_machine, 2);
	add(test_an_empty_range, 1);
}
