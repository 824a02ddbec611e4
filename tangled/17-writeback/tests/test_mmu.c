/* tests/test_mmu.c: the software MMU, driven through the kernel's tables. */
#include <string.h>
#include "tests.h"
#include "pgtable_helpers.h"
#include <asm/host.h>
#include <asm/processor-flags.h>
#include <asm/tlbflush.h>
#include <linux/errno.h>
#include <linux/fault.h>
#include <linux/reboot.h>
#include <linux/start_kernel.h>

static void map(unsigned long va, phys_addr_t pa, unsigned long size,
		pteval_t prot, unsigned int shift)
{
	ck_assert_int_eq(vmap_range(swapper_pg_dir, va, va + size, pa,
				    __pgprot(prot), shift), 0);
}

static phys_addr_t translate(unsigned long va, unsigned int access)
{
	phys_addr_t pa = 0;

	ck_assert_int_eq(host_mmu_translate(va, access, &pa), 0);
	return pa;
}

START_TEST(test_mmu_translates_4k_2m_and_1g_pages)
{
	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL, PAGE_SHIFT);
	map(TEST_VA + PMD_SIZE, 0x40000000, PMD_SIZE, __PAGE_KERNEL,
	    PMD_SHIFT);
	map(TEST_VA + PUD_SIZE, 0x100000000, PUD_SIZE, __PAGE_KERNEL,
	    PUD_SHIFT);
	ck_assert_uint_eq(translate(TEST_VA + 0x123, 0), TEST_PA + 0x123);
	ck_assert_uint_eq(translate(TEST_VA + PMD_SIZE + 0x1ff123, 0),
			  0x401ff123);
	ck_assert_uint_eq(translate(TEST_VA + PUD_SIZE + 0x3ffff123, 0),
			  0x13ffff123);
	ck_assert_uint_eq(translate(PAGE_OFFSET + 0x15ffff000, 0),
			  0x15ffff000);
}
END_TEST

START_TEST(test_mmu_writes_reach_every_mapping_of_the_page)
{
	char in[] = "page by page", out[sizeof(in)] = "";

	map(TEST_VA, 0x40000000, PMD_SIZE, __PAGE_KERNEL, PMD_SHIFT);
	ck_assert_int_eq(host_mmu_write(TEST_VA + PMD_SIZE - 4, in,
					sizeof(in), 0), -EFAULT);
	ck_assert_int_eq(host_mmu_write(TEST_VA + 0x1ffff0, in, 4, 0), 0);
	ck_assert_int_eq(host_mmu_read(PAGE_OFFSET + 0x401ffff0, out, 4, 0),
			 0);
	ck_assert_int_eq(memcmp(in, out, 4), 0);
	ck_assert_int_eq(memcmp(__va(0x401ffff0), in, 4), 0);
}
END_TEST

static void expect_fault(unsigned long va, unsigned int access,
			 unsigned long error_code)
{
	phys_addr_t pa;

	ck_assert_int_eq(host_mmu_translate(va, access, &pa), -EFAULT);
	ck_assert_uint_eq(host_cpu.cr2, va);
	ck_assert_msg(host_cpu.error_code == error_code,
		      "access %#x at %#lx: error code %#lx, expected %#lx",
		      access, va, host_cpu.error_code, error_code);
}

START_TEST(test_mmu_not_present_faults_have_prot_clear)
{
	expect_fault(TEST_VA, HOST_ACCESS_READ, 0x0);
	expect_fault(TEST_VA, HOST_ACCESS_WRITE, X86_PF_WRITE);
	expect_fault(TEST_USER_VA, HOST_ACCESS_USER, X86_PF_USER);
	expect_fault(TEST_USER_VA, HOST_ACCESS_USER | HOST_ACCESS_FETCH,
		     X86_PF_USER | X86_PF_INSTR);
	ck_assert_uint_eq(host_cpu.nr_faults, 4);
}
END_TEST

START_TEST(test_mmu_protection_faults_have_exact_error_codes)
{
	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL_RO, PAGE_SHIFT);
	map(TEST_USER_VA, TEST_PA2, PAGE_SIZE,
	    _PAGE_PRESENT | _PAGE_USER, PAGE_SHIFT);
	expect_fault(TEST_VA, HOST_ACCESS_USER, 0x5);
	expect_fault(TEST_USER_VA, HOST_ACCESS_USER | HOST_ACCESS_WRITE, 0x7);
	expect_fault(TEST_VA, HOST_ACCESS_WRITE, 0x3);
	expect_fault(TEST_VA, HOST_ACCESS_FETCH, 0x11);
	ck_assert_uint_eq(translate(TEST_USER_VA, HOST_ACCESS_USER |
				    HOST_ACCESS_FETCH), TEST_PA2);
	host_cpu.cr0 &= ~X86_CR0_WP;
	ck_assert_uint_eq(translate(TEST_VA, HOST_ACCESS_WRITE), TEST_PA);
}
END_TEST

START_TEST(test_mmu_upper_levels_restrict_and_reserved_bits_fault)
{
	pmd_t *pmd;
	unsigned int level;

	map(TEST_USER_VA, TEST_PA, PAGE_SIZE, _PAGE_PRESENT | _PAGE_RW |
	    _PAGE_USER | _PAGE_NX, PAGE_SHIFT);
	ck_assert_uint_eq(translate(TEST_USER_VA, HOST_ACCESS_USER), TEST_PA);
	pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset_k(TEST_USER_VA),
					       TEST_USER_VA), TEST_USER_VA),
			 TEST_USER_VA);
	set_pmd(pmd, __pmd(pmd_val(*pmd) & ~_PAGE_USER));
	host_invlpg(TEST_USER_VA);
	expect_fault(TEST_USER_VA, HOST_ACCESS_USER, 0x5);
	host_cpu.efer &= ~EFER_NX;
	expect_fault(TEST_USER_VA, HOST_ACCESS_FETCH,
		     X86_PF_PROT | X86_PF_RSVD);
	ck_assert_ptr_nonnull(lookup_address(TEST_USER_VA, &level));
}
END_TEST

START_TEST(test_mmu_sets_accessed_and_dirty_like_the_hardware)
{
	pteval_t bare = _PAGE_PRESENT | _PAGE_RW;
	pmd_t *pmd;
	pud_t *pud;
	unsigned int level;

	map(TEST_VA, 0x40000000, PMD_SIZE, bare, PMD_SHIFT);
	pmd = (pmd_t *)lookup_address(TEST_VA, &level);
	pud = pud_offset(p4d_offset(pgd_offset_k(TEST_VA), TEST_VA), TEST_VA);
	pud_val(*pud) &= ~(_PAGE_ACCESSED | _PAGE_DIRTY);
	translate(TEST_VA + 8, HOST_ACCESS_READ);
	ck_assert_uint_eq(pmd_flags(*pmd) & (_PAGE_ACCESSED | _PAGE_DIRTY),
			  _PAGE_ACCESSED);
	ck_assert(pud_flags(*pud) & _PAGE_ACCESSED);
	translate(TEST_VA + 8, HOST_ACCESS_WRITE);
	ck_assert(pmd_flags(*pmd) & _PAGE_DIRTY);
	ck_assert(!(pud_flags(*pud) & _PAGE_DIRTY));
	set_pmd(pmd, __pmd(pmd_val(*pmd) & ~(_PAGE_ACCESSED | _PAGE_DIRTY)));
	translate(TEST_VA + 16, HOST_ACCESS_WRITE);
	ck_assert_uint_eq(pmd_flags(*pmd) & (_PAGE_ACCESSED | _PAGE_DIRTY), 0);
	__flush_tlb_one_kernel(TEST_VA);
	translate(TEST_VA + 16, HOST_ACCESS_READ);
	ck_assert_uint_eq(pmd_flags(*pmd) & (_PAGE_ACCESSED | _PAGE_DIRTY),
			  _PAGE_ACCESSED);
	translate(TEST_VA + 16, HOST_ACCESS_WRITE);
	ck_assert(pmd_flags(*pmd) & _PAGE_DIRTY);
}
END_TEST

START_TEST(test_mmu_uses_a_stale_tlb_entry_until_invlpg)
{
	unsigned int level;
	pte_t *pte;
	unsigned long walks;

	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL, PAGE_SHIFT);
	ck_assert_uint_eq(translate(TEST_VA, 0), TEST_PA);
	pte = lookup_address(TEST_VA, &level);
	set_pte(pte, pfn_pte(TEST_PA2 >> PAGE_SHIFT, PAGE_KERNEL));
	walks = host_cpu.nr_walks;
	ck_assert_uint_eq(translate(TEST_VA, 0), TEST_PA);
	ck_assert_uint_eq(host_cpu.nr_walks, walks);
	__flush_tlb_one_kernel(TEST_VA);
	ck_assert_uint_eq(translate(TEST_VA, 0), TEST_PA2);
	pte_clear(pte);
	ck_assert_uint_eq(translate(TEST_VA, 0), TEST_PA2);
	__flush_tlb_one_kernel(TEST_VA);
	expect_fault(TEST_VA, HOST_ACCESS_READ, 0x0);
}
END_TEST

START_TEST(test_mmu_unmapped_large_pages_fault_after_the_flush)
{
	unsigned int level;
	pte_t *pmd, *pud;

	map(TEST_VA, 0x40000000, PMD_SIZE, __PAGE_KERNEL, PMD_SHIFT);
	map(TEST_VA + PUD_SIZE, 0x100000000, PUD_SIZE, __PAGE_KERNEL,
	    PUD_SHIFT);
	translate(TEST_VA + 0x12345, 0);
	translate(TEST_VA + PUD_SIZE + 0x12345678, 0);
	pmd = lookup_address(TEST_VA, &level);
	pud = lookup_address(TEST_VA + PUD_SIZE, &level);
	pte_clear(pmd);
	pte_clear(pud);
	ck_assert_uint_eq(translate(TEST_VA + 0x1ff000, 0), 0x401ff000);
	__flush_tlb_one_kernel(TEST_VA);
	__flush_tlb_one_kernel(TEST_VA + PUD_SIZE);
	expect_fault(TEST_VA + 0x1ff000, HOST_ACCESS_READ, 0x0);
	expect_fault(TEST_VA + PUD_SIZE + 0x3ffff000, HOST_ACCESS_WRITE, 0x2);
}
END_TEST

START_TEST(test_cr3_write_keeps_only_global_translations)
{
	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL, PAGE_SHIFT);
	map(TEST_USER_VA, TEST_PA2, PAGE_SIZE, _PAGE_PRESENT | _PAGE_USER,
	    PAGE_SHIFT);
	translate(TEST_VA, 0);
	translate(TEST_USER_VA, HOST_ACCESS_USER);
	load_cr3(swapper_pg_dir);
	ck_assert(host_tlb_cached(TEST_VA));
	ck_assert(!host_tlb_cached(TEST_USER_VA));
	__flush_tlb_all();
	ck_assert(!host_tlb_cached(TEST_VA));
}
END_TEST

START_TEST(test_spurious_fault_from_a_stale_entry_is_resolved)
{
	unsigned int level;
	pte_t *pte;
	int value = 42;

	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL_RO, PAGE_SHIFT);
	translate(TEST_VA, HOST_ACCESS_READ);
	pte = lookup_address(TEST_VA, &level);
	set_pte(pte, pte_mkwrite(*pte));
	ck_assert_int_eq(host_mmu_write(TEST_VA, &value, sizeof(value), 0),
			 0);
	ck_assert_uint_eq(host_cpu.nr_faults, 1);
	ck_assert_int_eq(*(int *)__va(TEST_PA), 42);
}
END_TEST

static void write_readonly_page(void *arg)
{
	int value = 1;

	host_mmu_write(TEST_VA, &value, sizeof(value), 0);
}

START_TEST(test_unhandled_fault_prints_an_oops_and_panics)
{
	const char *out;

	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL_RO, PAGE_SHIFT);
	host_cpu.oops_on_fault = true;
	ck_assert_int_eq(host_catch_exit(write_readonly_page, NULL),
			 KERNEL_EXIT_PANIC);
	out = host_console_output();
	ck_assert_ptr_nonnull(strstr(out, "BUG: unable to handle page fault "
				     "for address: ffffc90000000000\n"));
	ck_assert_ptr_nonnull(strstr(out, "#PF: supervisor write access in "
				     "kernel mode\n"));
	ck_assert_ptr_nonnull(strstr(out, "#PF: error_code(0x0003) - "
				     "permissions violation\n"));
	ck_assert_ptr_nonnull(strstr(out, " PTE 8000000002000161\n"));
	ck_assert_ptr_nonnull(strstr(out, "not syncing: Fatal exception"));
}
END_TEST

static void fetch_at(void *arg)
{
	char insn;

	host_mmu_read((unsigned long)arg, &insn, 1, HOST_ACCESS_FETCH);
}

START_TEST(test_oops_names_nx_pages_and_null_pointers)
{
	map(TEST_VA, TEST_PA, PAGE_SIZE, __PAGE_KERNEL, PAGE_SHIFT);
	host_cpu.oops_on_fault = true;
	host_catch_exit(fetch_at, (void *)TEST_VA);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"kernel tried to execute NX-protected page - exploit"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"#PF: error_code(0x0011) - permissions violation\n"));
	host_console_reset();
	host_catch_exit(fetch_at, (void *)0x10);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"BUG: kernel NULL pointer dereference, address: "
		"0000000000000010\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"error_code(0x0010) - not-present page\n"));
}
END_TEST

START_TEST(test_dump_pagetable_waits_for_the_direct_map)
{
	dump_pagetable(TEST_VA);
	ck_assert_ptr_nonnull(strstr(host_console_output(), "PGD "));
	host_console_reset();
	max_pfn_mapped = 0;
	dump_pagetable(TEST_VA);
	ck_assert_str_eq(host_console_output(),
		"PGD: the page tables are not in the direct map yet\n");
}
END_TEST

static void run_monitor_fault(void *arg)
{
	host_console_set_input("fault unmapped\n");
	monitor_run();
}

START_TEST(test_monitor_fault_command_ends_in_an_oops)
{
	ck_assert_int_eq(host_catch_exit(run_monitor_fault, NULL),
			 KERNEL_EXIT_PANIC);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"BUG: unable to handle page fault for address: "
		"ffffc90000000000\n#PF: supervisor read access in kernel mode\n"
		"#PF: error_code(0x0000) - not-present page\nPGD 0 P4D 0\n"));
}
END_TEST

Suite *mmu_suite(void)
{
	Suite *s = suite_create("mmu");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_mmu_translates_4k_2m_and_1g_pages);
	tcase_add_test(tc, test_mmu_writes_reach_every_mapping_of_the_page);
	tcase_add_test(tc, test_mmu_not_present_faults_have_prot_clear);
	tcase_add_test(tc, test_mmu_protection_faults_have_exact_error_codes);
	tcase_add_test(tc,
		test_mmu_upper_levels_restrict_and_reserved_bits_fault);
	tcase_add_test(tc, test_mmu_sets_accessed_and_dirty_like_the_hardware);
	tcase_add_test(tc, test_mmu_uses_a_stale_tlb_entry_until_invlpg);
	tcase_add_test(tc,
		test_mmu_unmapped_large_pages_fault_after_the_flush);
	tcase_add_test(tc, test_cr3_write_keeps_only_global_translations);
	tcase_add_test(tc, test_spurious_fault_from_a_stale_entry_is_resolved);
	tcase_add_test(tc, test_unhandled_fault_prints_an_oops_and_panics);
	tcase_add_test(tc, test_oops_names_nx_pages_and_null_pointers);
	tcase_add_test(tc, test_dump_pagetable_waits_for_the_direct_map);
	tcase_add_test(tc, test_monitor_fault_command_ends_in_an_oops);
	suite_add_tcase(s, tc);
	return s;
}
