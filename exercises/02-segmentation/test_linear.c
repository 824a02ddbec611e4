/*
 * Tests of Exercise 2.1, segment_linear_address(). The points table at the
 * end says what each test is worth; `make grade CH=2` runs them.
 */
#include <check.h>

#include "linear.h"

/* The access must succeed and give the linear address want. */
static void expect_linear(struct desc_struct d, u32 offset, u32 size,
			  enum seg_access access, bool stack, u32 want)
{
	u32 linear = 0xdeadbeef;
	int r = segment_linear_address(&d, offset, size, access, stack,
				       &linear);

	ck_assert_msg(r == 0, "offset %#x size %u: got vector %d, expected "
		      "success", offset, size, r);
	ck_assert_msg(linear == want, "offset %#x: linear %#x, expected %#x",
		      offset, linear, want);
}

/* The access must fail with vector want and leave *linear alone. */
static void expect_fault(struct desc_struct d, u32 offset, u32 size,
			 enum seg_access access, bool stack, int want)
{
	u32 linear = 0xdeadbeef;
	int r = segment_linear_address(&d, offset, size, access, stack,
				       &linear);

	ck_assert_msg(r == want, "offset %#x size %u access %d stack %d: got "
		      "vector %d, expected %d", offset, size, access, stack,
		      r, want);
	ck_assert_msg(linear == 0xdeadbeef, "a failed access stored %#x",
		      linear);
}

/* Linux's flat segments: base 0, limit 4 GiB. */
static const struct desc_struct flat_code = GDT_ENTRY_INIT(0xc09b, 0,
							   0xfffff);
static const struct desc_struct flat_data = GDT_ENTRY_INIT(0xc093, 0,
							   0xfffff);

START_TEST(test_flat_segments_translate_to_the_offset)
{
	expect_linear(flat_data, 0, 4, SEG_READ, false, 0);
	expect_linear(flat_data, 0x12345678, 4, SEG_WRITE, false, 0x12345678);
	expect_linear(flat_data, 0xfffffffc, 4, SEG_WRITE, true, 0xfffffffc);
	expect_linear(flat_code, 0xc0100000, 1, SEG_EXECUTE, false,
		      0xc0100000);
}
END_TEST

START_TEST(test_the_base_is_added_modulo_4_gib)
{
	struct desc_struct d = GDT_ENTRY_INIT(0xc093, 0x00100000, 0xfffff);
	struct desc_struct high = GDT_ENTRY_INIT(0xc093, 0xf0000000, 0xfffff);

	expect_linear(d, 0x2000, 4, SEG_READ, false, 0x00102000);
	expect_linear(high, 0x20000000, 4, SEG_READ, false, 0x10000000);
}
END_TEST

START_TEST(test_byte_granular_limit_is_the_last_valid_offset)
{
	struct desc_struct d = GDT_ENTRY_INIT(0x4093, 0x8000, 0xfff);

	expect_linear(d, 0xfff, 1, SEG_READ, false, 0x8fff);
	expect_linear(d, 0xffc, 4, SEG_WRITE, false, 0x8ffc);
	expect_fault(d, 0xffe, 4, SEG_READ, false, X86_TRAP_GP);
	expect_fault(d, 0x1000, 1, SEG_READ, false, X86_TRAP_GP);
	expect_fault(d, 0xffffffff, 2, SEG_READ, false, X86_TRAP_GP);
}
END_TEST

START_TEST(test_page_granular_limit_counts_4_kib_units)
{
	struct desc_struct d = GDT_ENTRY_INIT(0xc093, 0, 0xf);

	expect_linear(d, 0xffff, 1, SEG_READ, false, 0xffff);
	expect_linear(d, 0xfff8, 8, SEG_READ, false, 0xfff8);
	expect_fault(d, 0x10000, 1, SEG_READ, false, X86_TRAP_GP);
	expect_fault(d, 0xfffc, 8, SEG_READ, false, X86_TRAP_GP);
}
END_TEST

START_TEST(test_stack_limit_violation_is_a_stack_fault)
{
	struct desc_struct d = GDT_ENTRY_INIT(0x4093, 0, 0xfff);

	expect_linear(d, 0xff8, 8, SEG_WRITE, true, 0xff8);
	expect_fault(d, 0x1000, 4, SEG_WRITE, true, X86_TRAP_SS);
}
END_TEST

START_TEST(test_expand_down_segment_is_valid_above_the_limit)
{
	struct desc_struct big = GDT_ENTRY_INIT(0x4097, 0x10000, 0xfff);
	struct desc_struct small = GDT_ENTRY_INIT(0x0097, 0, 0xfff);

	expect_linear(big, 0x1000, 4, SEG_WRITE, true, 0x11000);
	expect_linear(big, 0xfffffffc, 4, SEG_READ, false, 0xfffc);
	expect_fault(big, 0xfff, 1, SEG_READ, false, X86_TRAP_GP);
	expect_fault(big, 0xffe, 4, SEG_WRITE, true, X86_TRAP_SS);
	expect_linear(small, 0xfffc, 4, SEG_READ, false, 0xfffc);
	expect_fault(small, 0xfffe, 4, SEG_READ, false, X86_TRAP_GP);
	expect_fault(small, 0x10000, 1, SEG_READ, false, X86_TRAP_GP);
}
END_TEST

START_TEST(test_type_decides_what_an_access_may_do)
{
	struct desc_struct ro_data = GDT_ENTRY_INIT(0xc091, 0, 0xfffff);
	struct desc_struct xo_code = GDT_ENTRY_INIT(0xc099, 0, 0xfffff);

	expect_linear(flat_code, 0x100, 4, SEG_READ, false, 0x100);
	expect_linear(ro_data, 0x100, 4, SEG_READ, false, 0x100);
	expect_fault(ro_data, 0x100, 4, SEG_WRITE, false, X86_TRAP_GP);
	expect_fault(flat_code, 0x100, 4, SEG_WRITE, false, X86_TRAP_GP);
	expect_fault(xo_code, 0x100, 4, SEG_READ, false, X86_TRAP_GP);
	expect_linear(xo_code, 0x100, 1, SEG_EXECUTE, false, 0x100);
	expect_fault(flat_data, 0x100, 1, SEG_EXECUTE, false, X86_TRAP_GP);
}
END_TEST

START_TEST(test_a_stack_must_be_writable_data)
{
	struct desc_struct ro_data = GDT_ENTRY_INIT(0xc091, 0, 0xfffff);

	expect_fault(flat_code, 0x100, 8, SEG_WRITE, true, X86_TRAP_GP);
	expect_fault(ro_data, 0x100, 8, SEG_READ, true, X86_TRAP_GP);
}
END_TEST

START_TEST(test_not_present_and_system_segments_fault)
{
	struct desc_struct absent = GDT_ENTRY_INIT(0xc013, 0, 0xfffff);
	struct desc_struct tss = GDT_ENTRY_INIT(0x0089, 0x1000, 0x67);

	expect_fault(absent, 0, 4, SEG_READ, false, X86_TRAP_NP);
	expect_fault(absent, 0, 4, SEG_WRITE, true, X86_TRAP_SS);
	expect_fault(tss, 0, 4, SEG_READ, false, X86_TRAP_GP);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_flat_segments_translate_to_the_offset, 1);
	add(test_the_base_is_added_modulo_4_gib, 1);
	add(test_byte_granular_limit_is_the_last_valid_offset, 2);
	add(test_page_granular_limit_counts_4_kib_units, 2);
	add(test_stack_limit_violation_is_a_stack_fault, 1);
	add(test_expand_down_segment_is_valid_above_the_limit, 2);
	add(test_type_decides_what_an_access_may_do, 2);
	add(test_a_stack_must_be_writable_data, 1);
	add(test_not_present_and_system_segments_fault, 1);
}
