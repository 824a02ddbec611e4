/* tests/test_desc.c: descriptors encode and decode as the SDM says. */
#include <string.h>
#include "tests.h"
#include <asm/desc_defs.h>
#include <asm/ptrace.h>
#include <asm/trap_pf.h>
#include <asm/traps.h>

static u64 desc_bits(const struct desc_struct *d)
{
	u64 v;

	memcpy(&v, d, sizeof(v));
	return v;
}

START_TEST(test_gdt_entry_init_encodes_linux_kernel_segments)
{
	struct desc_struct cs = GDT_ENTRY_INIT(0xa09b, 0, 0xfffff);
	struct desc_struct ds = GDT_ENTRY_INIT(0xc093, 0, 0xfffff);
	struct desc_struct cs32 = GDT_ENTRY_INIT(0xc09b, 0, 0xfffff);

	ck_assert_uint_eq(sizeof(struct desc_struct), 8);
	ck_assert_uint_eq(desc_bits(&cs), 0x00af9b000000ffffULL);
	ck_assert_uint_eq(desc_bits(&ds), 0x00cf93000000ffffULL);
	ck_assert_uint_eq(desc_bits(&cs32), 0x00cf9b000000ffffULL);
}
END_TEST

Suite *desc_suite(void)
{
	Suite *s = suite_create("desc");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_gdt_entry_init_encodes_linux_kernel_segments);
	suite_add_tcase(s, tc);
	return s;
}
