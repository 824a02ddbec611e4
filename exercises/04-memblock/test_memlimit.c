/*
 * Tests of Exercise 4.2, memblock_enforce_memory_limit(). The points
 * table at the end says what each test is worth; `make grade CH=4` runs
 * them.
 */
#include <check.h>
#include "memlimit.h"

/* memory as QEMU's 4608 MiB machine has it, and the first MiB reserved */
static void qemu_4608m(void)
{
	memblock_reset();
	memblock_add(0x1000, 0x9e000);
	memblock_add(0x100000, 0xbfee0000);
	memblock_add(0x100000000, 0x60000000);
	memblock_reserve(0, 0x100000);
	memblock_reserve(0x150000000, 0x1000);
}

static void expect_end(phys_addr_t end, unsigned long cnt)
{
	ck_assert_msg(memblock_end_of_DRAM() == end,
		      "memory ends at %#lx, expected %#lx",
		      memblock_end_of_DRAM(), end);
	ck_assert_uint_eq(memblock.memory.cnt, cnt);
}

START_TEST(test_a_limit_of_zero_changes_nothing)
{
	qemu_4608m();
	memblock_enforce_memory_limit(0);
	expect_end(0x160000000, 3);
	ck_assert_uint_eq(memblock.reserved.cnt, 2);
}
END_TEST

START_TEST(test_a_limit_inside_the_first_ranges)
{
	qemu_4608m();
	memblock_enforce_memory_limit(0x9e000 + 0x1000);
	expect_end(0x101000, 2);
	ck_assert_uint_eq(memblock_phys_mem_size(), 0x9f000);
}
END_TEST

START_TEST(test_holes_do_not_count)
{
	qemu_4608m();
	memblock_enforce_memory_limit(0xc0000000);	/* 3 GiB of memory */
	ck_assert_uint_eq(memblock_phys_mem_size(), 0xc0000000);
	expect_end(0x100000000 + 0xc0000000 - 0x9e000 - 0xbfee0000, 3);
}
END_TEST

START_TEST(test_reserved_memory_above_the_limit_goes_too)
{
	qemu_4608m();
	memblock_enforce_memory_limit(0x10000000);
	ck_assert_uint_eq(memblock.reserved.cnt, 1);
	ck_assert(!memblock_is_reserved(0x150000000));
	ck_assert(memblock_is_reserved(0x1000));
}
END_TEST

START_TEST(test_a_limit_above_all_memory_changes_nothing)
{
	qemu_4608m();
	memblock_enforce_memory_limit(0x200000000);
	expect_end(0x160000000, 3);
	ck_assert_uint_eq(memblock.reserved.cnt, 2);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_limit_of_zero_changes_nothing, 1);
	add(test_a_limit_inside_the_first_ranges, 2);
	add(test_holes_do_not_count, 3);
	add(test_reserved_memory_above_the_limit_goes_too, 2);
	add(test_a_limit_above_all_memory_changes_nothing, 1);
}
