/* tests/test_pgtable.c: entries, the walker, the mapper, the direct map. */
#include <string.h>
#include "tests.h"
#include "pgtable_helpers.h"
#include <asm/host.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/ptdump.h>
#include <linux/seq_file.h>

START_TEST(test_indexes_split_an_address_into_four_nine_bit_fields)
{
	ck_assert_uint_eq(pgd_index(0xffff888000101234UL), 273);
	ck_assert_uint_eq(pud_index(0xffff888000101234UL), 0);
	ck_assert_uint_eq(pmd_index(0xffff888000101234UL), 0);
	ck_assert_uint_eq(pte_index(0xffff888000101234UL), 257);
	ck_assert_uint_eq(pmd_index(0xffff888000201234UL), 1);
	ck_assert_uint_eq(pgd_index(__START_KERNEL_map), 511);
	ck_assert_uint_eq(pud_index(__START_KERNEL_map), 510);
	ck_assert_uint_eq(pgd_index(PAGE_OFFSET - 1), 272);
}
END_TEST

START_TEST(test_entries_keep_frame_and_flags_apart)
{
	pte_t pte = pfn_pte(0x12345, PAGE_KERNEL_RO);
	pmd_t large = __pmd(0x40000000UL | _PAGE_PSE | _PAGE_PAT_LARGE |
			    _PAGE_PRESENT);

	ck_assert_uint_eq(pte_pfn(pte), 0x12345);
	ck_assert_uint_eq(pte_flags(pte), __PAGE_KERNEL_RO);
	ck_assert(!pte_write(pte) && !pte_exec(pte) && pte_present(pte));
	ck_assert_uint_eq(pte_val(pte_mkwrite(pte)),
			  pte_val(pte) | _PAGE_RW);
	ck_assert_uint_eq(pte_val(pte_mkclean(pte_mkold(pte))),
			  pte_val(pte) & ~(_PAGE_ACCESSED | _PAGE_DIRTY));
	ck_assert(pte_exec(pte_mkexec(pte)));
	ck_assert_uint_eq(pmd_pfn(large), 0x40000);
	ck_assert(pmd_large(large) && !pmd_large(__pmd(_PAGE_PSE)));
}
END_TEST

START_TEST(test_vmap_range_uses_the_largest_pages_that_fit)
{
	unsigned long base = TEST_VA, before = pgt_buf_end;
	unsigned int level;

	ck_assert_int_eq(vmap_range(swapper_pg_dir, base + 0x100000,
				    base + 0x40001000, 0x100000,
				    PAGE_KERNEL, PUD_SHIFT), 0);
	ck_assert_uint_eq(pgt_buf_end - before, 5);
	ck_assert_uint_eq(leaf_of(base + 0x1ff000, &level) & PTE_PFN_MASK,
			  0x1ff000);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert_uint_eq(leaf_of(base + 0x3fe00000, &level) &
			  PHYSICAL_PMD_PAGE_MASK, 0x3fe00000);
	ck_assert_uint_eq(level, PG_LEVEL_2M);
	leaf_of(base + 0x40000000, &level);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert(pte_none(*lookup_address(base + 0x40001000, &level)));
	ck_assert_ptr_null(lookup_address(base + 0x40200000, &level));
	ck_assert_ptr_null(lookup_address(base - PUD_SIZE, &level));
}
END_TEST

START_TEST(test_vmap_range_refuses_misaligned_and_overlapping_ranges)
{
	ck_assert_int_eq(vmap_range(swapper_pg_dir, TEST_VA + 1,
				    TEST_VA + PAGE_SIZE, TEST_PA,
				    PAGE_KERNEL, PAGE_SHIFT), -EINVAL);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, TEST_VA, TEST_VA + PMD_SIZE,
				    0, PAGE_KERNEL, PMD_SHIFT), 0);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, TEST_VA + PAGE_SIZE,
				    TEST_VA + 2 * PAGE_SIZE, TEST_PA,
				    PAGE_KERNEL, PAGE_SHIFT), -EEXIST);
}
END_TEST

START_TEST(test_ptdump_merges_ranges_in_linux_format)
{
	const char *dump;

	ptdump_walk_pgd_level(test_seq(), swapper_pg_dir);
	dump = test_seq_text();
	ck_assert_str_eq(host_console_output(), "");
	ck_assert_ptr_nonnull(strstr(dump, "---[ Low Kernel Mapping ]---\n"
		"0xffff888000000000-0xffff888000200000           2M     RW"
		"                 GLB NX pte\n"
		"0xffff888000200000-0xffff888040000000        1022M     RW"
		"         PSE     GLB NX pmd\n"
		"0xffff888040000000-0xffff888080000000           1G     RW"
		"         PSE     GLB NX pud\n"));
	ck_assert_ptr_nonnull(strstr(dump, "0x0000000000000000-"
		"0xffff800000000000    16777088T     "));
}
END_TEST

START_TEST(test_wx_check_finds_a_writable_executable_page)
{
	ck_assert_uint_eq(ptdump_check_wx(), 0);
	ck_assert_int_eq(vmap_range(swapper_pg_dir, TEST_VA,
				    TEST_VA + PAGE_SIZE, TEST_PA,
				    PAGE_KERNEL_EXEC, PAGE_SHIFT), 0);
	ck_assert_uint_eq(ptdump_check_wx(), 1);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"x86/mm: Checked W+X mappings: FAILED, 1 W+X pages found.\n"));
}
END_TEST

START_TEST(test_seq_file_keeps_what_fits)
{
	char buf[8];
	struct seq_file m = { .buf = buf, .size = sizeof(buf) };

	seq_printf(&m, "%d-%s", 12, "ab");
	seq_putc(&m, '!');
	ck_assert_str_eq(buf, "12-ab!");
	ck_assert(!seq_has_overflowed(&m));
	seq_puts(&m, "xy");
	ck_assert(seq_has_overflowed(&m));
	ck_assert_str_eq(buf, "12-ab!");
	seq_putc(&m, 'z');
	seq_printf(&m, "%s", "");
	ck_assert(seq_has_overflowed(&m));
	ck_assert_str_eq(buf, "12-ab!");
}
END_TEST

static char flushed[64];

static void flush_to_string(struct seq_file *m)
{
	strncat(flushed, m->buf, m->count);
	m->count = 0;
}

START_TEST(test_seq_file_hands_each_piece_to_flush)
{
	char buf[4];
	struct seq_file m = {
		.buf = buf, .size = sizeof(buf), .flush = flush_to_string,
	};

	flushed[0] = '\0';
	seq_puts(&m, "abc");
	seq_printf(&m, "%d", 123);
	seq_putc(&m, '\n');
	ck_assert_str_eq(flushed, "abc123\n");
	ck_assert_uint_eq(m.count, 0);
	seq_printf(&m, "%s", "abcd");
	ck_assert(seq_has_overflowed(&m));
	ck_assert_str_eq(flushed, "abc123\n");
}
END_TEST

static unsigned long direct_map_kb(void)
{
	return (direct_pages_count[PG_LEVEL_4K] << 2) +
	       (direct_pages_count[PG_LEVEL_2M] << 11) +
	       (direct_pages_count[PG_LEVEL_1G] << 20);
}

START_TEST(test_direct_map_uses_1g_pages_when_the_cpu_has_them)
{
	unsigned int level;

	ck_assert_uint_eq(direct_pages_count[PG_LEVEL_1G], 2);
	ck_assert_uint_eq(direct_pages_count[PG_LEVEL_4K], 992);
	ck_assert_uint_eq(direct_map_kb(), 4718464);
	ck_assert_uint_eq(max_pfn_mapped, HOST_RAM_END >> PAGE_SHIFT);
	leaf_of(PAGE_OFFSET + 0x123456789UL, &level);
	ck_assert_uint_eq(level, PG_LEVEL_1G);
	ck_assert_ptr_null(lookup_address(PAGE_OFFSET + 0xc0000000UL,
					  &level));
}
END_TEST

START_TEST(test_direct_map_falls_back_to_2m_pages)
{
	unsigned int level;

	pgt_buf_setup(HOST_PGT_BUF_BASE, HOST_PGT_BUF_PAGES);
	direct_gbpages = false;
	init_mem_mapping();
	ck_assert_uint_eq(direct_pages_count[PG_LEVEL_1G], 0);
	ck_assert_uint_eq(direct_pages_count[PG_LEVEL_2M], 2302);
	ck_assert_uint_eq(direct_map_kb(), 4718464);
	leaf_of(PAGE_OFFSET + 0x123456789UL, &level);
	ck_assert_uint_eq(level, PG_LEVEL_2M);
}
END_TEST

START_TEST(test_print_vm_layout_shows_the_map_and_the_cost)
{
	const char *out;

	print_vm_layout();
	out = host_console_output();
	ck_assert_ptr_nonnull(strstr(out, "\nffff888000000000-"
		"ffffc87fffffffff   64 TB  direct mapping of all physical"));
	ck_assert_ptr_nonnull(strstr(out, "\nffffc90000000000-"
		"ffffe8ffffffffff   32 TB  vmalloc/ioremap space\n"));
	ck_assert_ptr_nonnull(strstr(out, " 1520 MB  module mapping"));
	ck_assert_ptr_nonnull(strstr(out, "  8.5 TB  guard hole"));
	ck_assert_ptr_nonnull(strstr(out, "  512 MB  kernel text"));
	ck_assert_ptr_nonnull(strstr(out, "DirectMap1G:     2097152 kB\n"));
	ck_assert_ptr_nonnull(strstr(out, "address space: 512 GiB\n"));
}
END_TEST

Suite *pgtable_suite(void)
{
	Suite *s = suite_create("pgtable");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc,
		test_indexes_split_an_address_into_four_nine_bit_fields);
	tcase_add_test(tc, test_entries_keep_frame_and_flags_apart);
	tcase_add_test(tc, test_vmap_range_uses_the_largest_pages_that_fit);
	tcase_add_test(tc,
		test_vmap_range_refuses_misaligned_and_overlapping_ranges);
	tcase_add_test(tc,
		test_direct_map_uses_1g_pages_when_the_cpu_has_them);
	tcase_add_test(tc, test_direct_map_falls_back_to_2m_pages);
	tcase_add_test(tc, test_print_vm_layout_shows_the_map_and_the_cost);
	tcase_add_test(tc, test_ptdump_merges_ranges_in_linux_format);
	tcase_add_test(tc, test_wx_check_finds_a_writable_executable_page);
	tcase_add_test(tc, test_seq_file_keeps_what_fits);
	tcase_add_test(tc, test_seq_file_hands_each_piece_to_flush);
	suite_add_tcase(s, tc);
	return s;
}
