/*
 * Tests of Exercise 2.2, load_segment_check(). The points table at the
 * end says what each test is worth; `make grade CH=2` runs them.
 */
#include <check.h>

#include "segload.h"

/* Linux's GDT (entries 0 to 6 and the TSS at 8), and a few odd ones. */
static const struct desc_struct gdt[] = {
	[1] = GDT_ENTRY_INIT(0xc09b, 0, 0xfffff),	/* 0x08 kernel32 cs */
	[2] = GDT_ENTRY_INIT(0xa09b, 0, 0xfffff),	/* 0x10 kernel cs */
	[3] = GDT_ENTRY_INIT(0xc093, 0, 0xfffff),	/* 0x18 kernel ds */
	[4] = GDT_ENTRY_INIT(0xc0fb, 0, 0xfffff),	/* 0x23 user32 cs */
	[5] = GDT_ENTRY_INIT(0xc0f3, 0, 0xfffff),	/* 0x2b user ds */
	[6] = GDT_ENTRY_INIT(0xa0fb, 0, 0xfffff),	/* 0x33 user cs */
	[7] = GDT_ENTRY_INIT(0xc0f9, 0, 0xfffff),	/* execute-only */
	[8] = GDT_ENTRY_INIT(0x0089, 0x1000, 0x67),	/* a TSS */
	[10] = GDT_ENTRY_INIT(0xc0f1, 0, 0xfffff),	/* read-only data */
	[11] = GDT_ENTRY_INIT(0xc073, 0, 0xfffff),	/* not present */
	[12] = GDT_ENTRY_INIT(0xc09f, 0, 0xfffff),	/* conforming code */
};
#define NR	(sizeof(gdt) / sizeof(gdt[0]))

static void expect_load(u16 sel, unsigned int cpl, enum seg_reg reg,
			int want, unsigned long want_code)
{
	unsigned long code = 0xbad;
	int r = load_segment_check(gdt, NR, sel, cpl, reg, &code);

	ck_assert_msg(r == want, "selector %#x at CPL %u into reg %d: vector "
		      "%d, expected %d", sel, cpl, reg, r, want);
	if (want)
		ck_assert_msg(code == want_code, "selector %#x at CPL %u: "
			      "error code %#lx, expected %#lx", sel, cpl,
			      code, want_code);
}

START_TEST(test_each_level_loads_its_own_data_segment)
{
	expect_load(0x18, 0, SEG_DS, 0, 0);
	expect_load(0x2b, 3, SEG_ES, 0, 0);
	expect_load(0x18, 0, SEG_SS, 0, 0);
	expect_load(0x2b, 3, SEG_SS, 0, 0);
}
END_TEST

START_TEST(test_the_kernel_may_load_user_data)
{
	expect_load(0x2b, 0, SEG_DS, 0, 0);
	expect_load(0x28, 0, SEG_FS, 0, 0);
}
END_TEST

START_TEST(test_user_code_may_not_load_kernel_data)
{
	expect_load(0x1b, 3, SEG_DS, X86_TRAP_GP, 0x18);
	expect_load(0x18, 3, SEG_GS, X86_TRAP_GP, 0x18);
}
END_TEST

START_TEST(test_rpl_3_stops_even_the_kernel)
{
	expect_load(0x1b, 0, SEG_DS, X86_TRAP_GP, 0x18);
	expect_load(0x2b, 0, SEG_DS, 0, 0);
}
END_TEST

START_TEST(test_null_selector_is_fine_except_in_ss)
{
	expect_load(0x0, 3, SEG_DS, 0, 0);
	expect_load(0x3, 0, SEG_GS, 0, 0);
	expect_load(0x0, 0, SEG_SS, X86_TRAP_GP, 0);
}
END_TEST

START_TEST(test_selectors_outside_the_gdt_are_refused)
{
	expect_load(13 * 8, 0, SEG_DS, X86_TRAP_GP, 13 * 8);
	expect_load(0x803, 3, SEG_DS, X86_TRAP_GP, 0x800);
	expect_load(0x1c, 0, SEG_DS, X86_TRAP_GP, 0x1c);	/* LDT */
}
END_TEST

START_TEST(test_readable_code_loads_and_execute_only_does_not)
{
	expect_load(0x10, 0, SEG_DS, 0, 0);
	expect_load(0x33, 3, SEG_ES, 0, 0);
	expect_load(7 * 8 + 3, 3, SEG_DS, X86_TRAP_GP, 7 * 8);
	expect_load(8 * 8, 0, SEG_DS, X86_TRAP_GP, 8 * 8);	/* a TSS */
}
END_TEST

START_TEST(test_conforming_code_skips_the_privilege_check)
{
	expect_load(12 * 8 + 3, 3, SEG_DS, 0, 0);
	expect_load(0x13, 3, SEG_DS, X86_TRAP_GP, 0x10);
}
END_TEST

START_TEST(test_ss_needs_rpl_and_dpl_equal_to_cpl)
{
	expect_load(0x28, 0, SEG_SS, X86_TRAP_GP, 0x28);
	expect_load(0x2b, 0, SEG_SS, X86_TRAP_GP, 0x28);
	expect_load(0x1b, 3, SEG_SS, X86_TRAP_GP, 0x18);
	expect_load(0x10, 0, SEG_SS, X86_TRAP_GP, 0x10);
	expect_load(10 * 8 + 3, 3, SEG_SS, X86_TRAP_GP, 10 * 8);
}
END_TEST

START_TEST(test_not_present_is_np_or_ss_after_the_other_checks)
{
	expect_load(11 * 8 + 3, 3, SEG_DS, X86_TRAP_NP, 11 * 8);
	expect_load(11 * 8 + 3, 3, SEG_SS, X86_TRAP_SS, 11 * 8);
	expect_load(11 * 8 + 3, 2, SEG_SS, X86_TRAP_GP, 11 * 8);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_each_level_loads_its_own_data_segment, 1);
	add(test_the_kernel_may_load_user_data, 1);
	add(test_user_code_may_not_load_kernel_data, 1);
	add(test_rpl_3_stops_even_the_kernel, 1);
	add(test_null_selector_is_fine_except_in_ss, 1);
	add(test_selectors_outside_the_gdt_are_refused, 2);
	add(test_readable_code_loads_and_execute_only_does_not, 2);
	add(test_conforming_code_skips_the_privilege_check, 1);
	add(test_ss_needs_rpl_and_dpl_equal_to_cpl, 2);
	add(test_not_present_is_np_or_ss_after_the_other_checks, 2);
}
