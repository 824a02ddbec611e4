/*
 * Tests of Exercise 4.3, e820_from_e801(). The points table at the end
 * says what each test is worth; `make grade CH=4` runs them.
 */
#include <check.h>
#include <string.h>
#include <linux/errno.h>
#include "e801.h"

static struct e820_table t;

static void expect_entry(u32 i, u64 addr, u64 size)
{
	ck_assert_uint_gt(t.nr_entries, i);
	ck_assert_msg(t.entries[i].addr == addr && t.entries[i].size == size &&
		      t.entries[i].type == E820_TYPE_RAM,
		      "entry %u is [%#lx + %#lx] type %u, expected [%#lx + "
		      "%#lx] usable", i, t.entries[i].addr, t.entries[i].size,
		      t.entries[i].type, addr, size);
}

START_TEST(test_qemu_256m_gives_two_entries)
{
	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(e820_from_e801(&t, 639, 260992), 2);
	ck_assert_uint_eq(t.nr_entries, 2);
	expect_entry(0, 0, LOWMEMSIZE);
	expect_entry(1, 0x100000, 0xfee0000);
}
END_TEST

START_TEST(test_low_memory_is_capped)
{
	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(e820_from_e801(&t, 1024, 1024), 2);
	expect_entry(0, 0, LOWMEMSIZE);
}
END_TEST

START_TEST(test_no_low_memory_gives_one_entry)
{
	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(e820_from_e801(&t, 0, 2048), 1);
	expect_entry(0, 0x100000, 0x200000);
}
END_TEST

START_TEST(test_no_high_memory_is_an_error)
{
	t.nr_entries = 3;
	ck_assert_int_eq(e820_from_e801(&t, 639, 0), -EINVAL);
	ck_assert_uint_eq(t.nr_entries, 0);
}
END_TEST

START_TEST(test_the_map_survives_the_repair)
{
	memset(&t, 0, sizeof(t));
	t.nr_entries = 5;	/* stale entries must not survive */
	ck_assert_int_eq(e820_from_e801(&t, 639, 130048), 2);
	ck_assert_int_eq(e820__update_table(&t), 2);
	expect_entry(0, 0, LOWMEMSIZE);
	expect_entry(1, 0x100000, 0x7f00000);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_qemu_256m_gives_two_entries, 3);
	add(test_low_memory_is_capped, 1);
	add(test_no_low_memory_gives_one_entry, 1);
	add(test_no_high_memory_is_an_error, 1);
	add(test_the_map_survives_the_repair, 2);
}
