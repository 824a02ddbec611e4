/*
 * Tests of Exercise 2.3, exception_frame_rsp(). The points table at the
 * end says what each test is worth; `make grade CH=2` runs them.
 */
#include <check.h>

#include "exframe.h"

#define HANDLER	0xffffffff80104000UL

static struct x86_hw_tss tss = {
	.sp0 = 0xffffc90000004000UL,
	.ist = { 0xffffffff80120000UL, 0xffffffff80121000UL,
		 0xffffffff80122000UL, 0xffffffff80123000UL,
		 0xffffffff80124008UL, 0, 0xffffffff80127000UL },
};

static gate_desc gate_with_ist(unsigned int ist)
{
	gate_desc g;

	pack_gate(&g, GATE_INTERRUPT, HANDLER, 0, ist, 0x10);
	return g;
}

static void expect_rsp(unsigned int ist, unsigned int vector,
		       unsigned int cpl, unsigned long rsp,
		       unsigned long want)
{
	gate_desc g = gate_with_ist(ist);
	unsigned long got = exception_frame_rsp(&tss, &g, vector, cpl, rsp);

	ck_assert_msg(got == want, "vector %u, IST %u, CPL %u, rsp %#lx: "
		      "got %#lx, expected %#lx", vector, ist, cpl, rsp, got,
		      want);
}

START_TEST(test_error_code_vectors_are_the_sdm_list)
{
	static const unsigned int with[] = { 8, 10, 11, 12, 13, 14, 17, 21,
					     29, 30 };
	unsigned int v, i, n = 0;

	for (v = 0; v < 32; v++) {
		bool want = false;

		for (i = 0; i < sizeof(with) / sizeof(with[0]); i++)
			want = want || with[i] == v;
		ck_assert_msg(exception_has_error_code(v) == want,
			      "vector %u: expected %s error code", v,
			      want ? "an" : "no");
		n += want;
	}
	ck_assert_uint_eq(n, 10);
	ck_assert(!exception_has_error_code(32));
	ck_assert(!exception_has_error_code(255));
}
END_TEST

START_TEST(test_kernel_exception_stays_on_the_current_stack)
{
	expect_rsp(0, X86_TRAP_UD, 0, 0xffffffff80110f00UL,
		   0xffffffff80110f00UL - 40);
	expect_rsp(0, X86_TRAP_BP, 0, 0xffffffff80110000UL,
		   0xffffffff80110000UL - 40);
}
END_TEST

START_TEST(test_error_code_takes_eight_more_bytes)
{
	expect_rsp(0, X86_TRAP_GP, 0, 0xffffffff80110f00UL,
		   0xffffffff80110f00UL - 48);
	expect_rsp(0, X86_TRAP_PF, 0, 0xffffffff80110f00UL,
		   0xffffffff80110f00UL - 48);
}
END_TEST

START_TEST(test_the_stack_is_aligned_to_16_bytes_first)
{
	expect_rsp(0, X86_TRAP_UD, 0, 0xffffffff80110f08UL,
		   0xffffffff80110f00UL - 40);
	expect_rsp(0, X86_TRAP_PF, 0, 0xffffffff80110f0fUL,
		   0xffffffff80110f00UL - 48);
}
END_TEST

START_TEST(test_user_mode_exception_switches_to_rsp0)
{
	expect_rsp(0, X86_TRAP_PF, 3, 0x00007ffffffde000UL,
		   0xffffc90000004000UL - 48);
	expect_rsp(0, X86_TRAP_DE, 3, 0x1000, 0xffffc90000004000UL - 40);
}
END_TEST

START_TEST(test_ist_gate_always_switches_to_its_stack)
{
	expect_rsp(1, X86_TRAP_DF, 0, 0xffff800000002000UL,
		   0xffffffff80120000UL - 48);
	expect_rsp(3, X86_TRAP_DB, 0, 0xffffffff80110f00UL,
		   0xffffffff80122000UL - 40);
	expect_rsp(7, X86_TRAP_NMI, 0, 0, 0xffffffff80127000UL - 40);
}
END_TEST

START_TEST(test_ist_wins_over_rsp0_and_is_aligned_too)
{
	expect_rsp(2, X86_TRAP_NMI, 3, 0x1000, 0xffffffff80121000UL - 40);
	expect_rsp(5, X86_TRAP_MC, 3, 0x1000, 0xffffffff80124000UL - 40);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_error_code_vectors_are_the_sdm_list, 2);
	add(test_kernel_exception_stays_on_the_current_stack, 1);
	add(test_error_code_takes_eight_more_bytes, 1);
	add(test_the_stack_is_aligned_to_16_bytes_first, 1);
	add(test_user_mode_exception_switches_to_rsp0, 2);
	add(test_ist_gate_always_switches_to_its_stack, 2);
	add(test_ist_wins_over_rsp0_and_is_aligned_too, 1);
}
