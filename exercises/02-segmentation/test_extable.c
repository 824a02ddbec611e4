/*
 * Tests of Exercise 2.4, the exception table. The points table at the end
 * says what each test is worth; `make grade CH=2` runs them.
 */
#include <check.h>
#include <string.h>

#include "extable.h"

/*
 * Stand-ins for kernel code: entries point into this array. The tables
 * are static too, since a 32-bit offset reaches only 2 GiB either way,
 * and the stack may be farther than that from the program's data.
 */
static char code[4096];

/* Make e point at instruction code + insn and fixup code + fixup. */
static void set_entry(struct exception_table_entry *e, int insn, int fixup)
{
	e->insn = (int)(&code[insn] - (char *)&e->insn);
	e->fixup = (int)(&code[fixup] - (char *)&e->fixup);
	e->data = insn;		/* remembers which entry this was */
}

/* Check that e names code + insn, its fixup and its data. */
static void expect_entry(const struct exception_table_entry *e, int insn,
			 int fixup)
{
	ck_assert_msg(e != NULL, "no entry for code + %d", insn);
	ck_assert_msg(ex_to_insn(e) == (unsigned long)&code[insn],
		      "entry points at code + %ld, expected code + %d",
		      (long)(ex_to_insn(e) - (unsigned long)code), insn);
	ck_assert_msg(ex_fixup_addr(e) == (unsigned long)&code[fixup],
		      "entry for code + %d has fixup code + %ld, expected "
		      "code + %d", insn,
		      (long)(ex_fixup_addr(e) - (unsigned long)code), fixup);
	ck_assert_int_eq(e->data, insn);
}

START_TEST(test_search_finds_each_entry_of_a_sorted_table)
{
	static struct exception_table_entry t[5];
	int i;

	for (i = 0; i < 5; i++)
		set_entry(&t[i], 10 * (i + 1), 1000 + i);
	for (i = 0; i < 5; i++)
		expect_entry(search_extable(t, 5, (unsigned long)&code[10 *
					    (i + 1)]), 10 * (i + 1), 1000 + i);
}
END_TEST

START_TEST(test_search_returns_null_between_and_outside)
{
	static struct exception_table_entry t[3];

	set_entry(&t[0], 10, 500);
	set_entry(&t[1], 20, 510);
	set_entry(&t[2], 30, 520);
	ck_assert_ptr_null(search_extable(t, 3, (unsigned long)&code[0]));
	ck_assert_ptr_null(search_extable(t, 3, (unsigned long)&code[15]));
	ck_assert_ptr_null(search_extable(t, 3, (unsigned long)&code[31]));
	ck_assert_ptr_null(search_extable(t, 0, (unsigned long)&code[10]));
}
END_TEST

START_TEST(test_sort_orders_by_instruction_address)
{
	static const int order[] = { 50, 10, 40, 20, 30 };
	static struct exception_table_entry t[5];
	int i;

	for (i = 0; i < 5; i++)
		set_entry(&t[i], order[i], 2000 + order[i]);
	sort_extable(t, t + 5);
	for (i = 0; i < 5; i++)
		ck_assert_msg(ex_to_insn(&t[i]) == (unsigned long)&code[10 *
			      (i + 1)], "entry %d points at code + %ld, "
			      "expected code + %d", i,
			      (long)(ex_to_insn(&t[i]) - (unsigned long)code),
			      10 * (i + 1));
}
END_TEST

START_TEST(test_sort_keeps_each_entry_pointing_at_its_addresses)
{
	static const int order[] = { 300, 100, 200, 700, 600, 500, 400 };
	static struct exception_table_entry t[7];
	int i;

	for (i = 0; i < 7; i++)
		set_entry(&t[i], order[i], order[i] + 3);
	sort_extable(t, t + 7);
	for (i = 0; i < 7; i++)
		expect_entry(&t[i], 100 * (i + 1), 100 * (i + 1) + 3);
}
END_TEST

START_TEST(test_fixup_moves_ip_to_the_fixup_code)
{
	static struct exception_table_entry t[3];
	struct pt_regs regs, before;

	set_entry(&t[0], 10, 900);
	set_entry(&t[1], 20, 910);
	set_entry(&t[2], 30, 920);
	memset(&regs, 0x5a, sizeof(regs));
	regs.ip = (unsigned long)&code[20];
	before = regs;
	ck_assert(extable_fixup(t, 3, &regs));
	ck_assert_uint_eq(regs.ip, (unsigned long)&code[910]);
	before.ip = regs.ip;
	ck_assert_msg(memcmp(&regs, &before, sizeof(regs)) == 0,
		      "extable_fixup changed a register other than ip");
}
END_TEST

START_TEST(test_fixup_leaves_unknown_faults_alone)
{
	static struct exception_table_entry t[2];
	struct pt_regs regs, before;

	set_entry(&t[0], 10, 900);
	set_entry(&t[1], 20, 910);
	memset(&regs, 0x33, sizeof(regs));
	regs.ip = (unsigned long)&code[21];
	before = regs;
	ck_assert(!extable_fixup(t, 2, &regs));
	ck_assert(memcmp(&regs, &before, sizeof(regs)) == 0);
}
END_TEST

START_TEST(test_a_large_shuffled_table_sorts_and_searches)
{
	static struct exception_table_entry t[1000];
	unsigned int seed = 12345, i, j;

	for (i = 0; i < 1000; i++)
		set_entry(&t[i], 2 * i + 1, 2 * i + 2);
	for (i = 999; i > 0; i--) {	/* shuffle, rebuilding the offsets */
		int a, b;

		seed = seed * 1103515245 + 12345;
		j = (seed >> 8) % (i + 1);
		a = t[i].data;
		b = t[j].data;
		set_entry(&t[i], b, b + 1);
		set_entry(&t[j], a, a + 1);
	}
	sort_extable(t, t + 1000);
	for (i = 0; i < 1000; i++)
		expect_entry(search_extable(t, 1000, (unsigned long)&code[2 *
					    i + 1]), 2 * i + 1, 2 * i + 2);
	ck_assert_ptr_null(search_extable(t, 1000, (unsigned long)&code[0]));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_search_finds_each_entry_of_a_sorted_table, 2);
	add(test_search_returns_null_between_and_outside, 1);
	add(test_sort_orders_by_instruction_address, 2);
	add(test_sort_keeps_each_entry_pointing_at_its_addresses, 2);
	add(test_fixup_moves_ip_to_the_fixup_code, 2);
	add(test_fixup_leaves_unknown_faults_alone, 1);
	add(test_a_large_shuffled_table_sorts_and_searches, 2);
}
