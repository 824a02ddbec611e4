/* tests/test_desc.c: descriptors encode and decode as the SDM says. */
#include <stddef.h>
#include <string.h>
#include "tests.h"
#include <asm/desc_defs.h>
#include <asm/host.h>
#include <linux/start_kernel.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

static u64 qword(const void *p)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

START_TEST(test_gdt_entry_init_encodes_linux_segments)
{
	struct desc_struct gdt[] = {
		GDT_ENTRY_INIT(0xc09b, 0, 0xfffff),
		GDT_ENTRY_INIT(0xa09b, 0, 0xfffff),
		GDT_ENTRY_INIT(0xc093, 0, 0xfffff),
		GDT_ENTRY_INIT(0xc0fb, 0, 0xfffff),
		GDT_ENTRY_INIT(0xc0f3, 0, 0xfffff),
		GDT_ENTRY_INIT(0xa0fb, 0, 0xfffff),
	};

	ck_assert_uint_eq(sizeof(struct desc_struct), 8);
	ck_assert_uint_eq(qword(&gdt[0]), 0x00cf9b000000ffffULL);
	ck_assert_uint_eq(qword(&gdt[1]), 0x00af9b000000ffffULL);
	ck_assert_uint_eq(qword(&gdt[2]), 0x00cf93000000ffffULL);
	ck_assert_uint_eq(qword(&gdt[3]), 0x00cffb000000ffffULL);
	ck_assert_uint_eq(qword(&gdt[4]), 0x00cff3000000ffffULL);
	ck_assert_uint_eq(qword(&gdt[5]), 0x00affb000000ffffULL);
}
END_TEST

START_TEST(test_descriptor_fields_decode_back)
{
	struct desc_struct d = GDT_ENTRY_INIT(0xc0f3, 0x12345678, 0xabcde);

	ck_assert_uint_eq(qword(&d), 0x12caf3345678bcdeULL);
	ck_assert_uint_eq(get_desc_base(&d), 0x12345678);
	ck_assert_uint_eq(get_desc_limit(&d), 0xabcde);
	ck_assert_uint_eq(d.type, 0x3);
	ck_assert_uint_eq(d.s, 1);
	ck_assert_uint_eq(d.dpl, 3);
	ck_assert_uint_eq(d.p, 1);
	ck_assert_uint_eq(d.g, 1);
	ck_assert_uint_eq(d.d, 1);
	ck_assert_uint_eq(d.l, 0);
}
END_TEST

START_TEST(test_tss_descriptor_takes_two_slots)
{
	struct ldttss_desc d[2];

	memset(d, 0xff, sizeof(d));
	set_tssldt_descriptor(&d[0], 0xffffffff80123450UL, DESC_TSS, 0x67);
	ck_assert_uint_eq(sizeof(struct ldttss_desc), 16);
	ck_assert_uint_eq(qword(&d[0]), 0x8000891234500067ULL);
	ck_assert_uint_eq(qword((char *)&d[0] + 8), 0x00000000ffffffffULL);
	ck_assert_uint_eq(qword(&d[1]), ~0ULL);
}
END_TEST

START_TEST(test_pack_gate_splits_the_handler_address)
{
	gate_desc g;

	pack_gate(&g, GATE_INTERRUPT, 0xffffffff80101234UL, 0, 1, 0x10);
	ck_assert_uint_eq(sizeof(gate_desc), 16);
	ck_assert_uint_eq(qword(&g), 0x80108e0100101234ULL);
	ck_assert_uint_eq(qword((char *)&g + 8), 0x00000000ffffffffULL);
	ck_assert_uint_eq(gate_offset(&g), 0xffffffff80101234UL);
	ck_assert_uint_eq(gate_segment(&g), 0x10);
}
END_TEST

START_TEST(test_frame_and_tss_layouts_match_the_hardware)
{
	ck_assert_uint_eq(offsetof(struct pt_regs, r15), 0);
	ck_assert_uint_eq(offsetof(struct pt_regs, di), 14 * 8);
	ck_assert_uint_eq(offsetof(struct pt_regs, orig_ax), 15 * 8);
	ck_assert_uint_eq(offsetof(struct pt_regs, ip), 16 * 8);
	ck_assert_uint_eq(offsetof(struct pt_regs, ss), 20 * 8);
	ck_assert_uint_eq(sizeof(struct pt_regs), 21 * 8);
	ck_assert_uint_eq(sizeof(struct desc_ptr), 10);
	ck_assert_uint_eq(sizeof(struct x86_hw_tss), 104);
	ck_assert_uint_eq(offsetof(struct x86_hw_tss, sp0), 4);
	ck_assert_uint_eq(offsetof(struct x86_hw_tss, ist), 36);
	ck_assert_uint_eq(offsetof(struct x86_hw_tss, io_bitmap_base), 102);
}
END_TEST

static void run_monitor(void *arg)
{
	monitor_run();
}

START_TEST(test_host_monitor_says_it_has_no_descriptor_tables)
{
	host_console_set_input("gdt\nidt\ncrash BUG\n");
	ck_assert_int_eq(host_catch_exit(run_monitor, NULL), -1);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "gdt: the host machine has no GDT\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "idt: the host machine has no IDT\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"crash: the host machine raises no exceptions\n"));
}
END_TEST

Suite *desc_suite(void)
{
	Suite *s = suite_create("desc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_gdt_entry_init_encodes_linux_segments);
	tcase_add_test(tc, test_descriptor_fields_decode_back);
	tcase_add_test(tc, test_tss_descriptor_takes_two_slots);
	tcase_add_test(tc, test_pack_gate_splits_the_handler_address);
	tcase_add_test(tc, test_frame_and_tss_layouts_match_the_hardware);
	tcase_add_test(tc, test_host_monitor_says_it_has_no_descriptor_tables);
	suite_add_tcase(s, tc);
	return s;
}
