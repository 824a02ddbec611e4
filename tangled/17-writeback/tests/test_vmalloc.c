/* tests/test_vmalloc.c: vmalloc areas, reports, purges and faults. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/kernel_read.h>
#include <asm/tlbflush.h>
#include <linux/mm.h>
#include <linux/sched/task_stack.h>
#include <linux/seq_file.h>
#include <linux/vmalloc.h>
#include <linux/vmalloc_sync.h>

#define VMI_ADDRS	"^0x[0-9a-f]{16}-0x[0-9a-f]{16} "
#define VMI_CALLER	" 0x[0-9a-f]{16}"

START_TEST(test_vmallocinfo_lines_have_linux_fields)
{
	struct page *pages[1] = { alloc_pages(GFP_KERNEL, 0) };
	void *a = vmalloc(1 << 20), *s = alloc_thread_stack_node(0);
	void *v = vmap(pages, 1, VM_MAP, PAGE_KERNEL), *f = vmalloc(100);
	const char *t;

	vfree(f);
	vmallocinfo_show(test_seq());
	t = test_seq_text();
	expect_lines_match(t, VMI_ADDRS "1052672" VMI_CALLER
			   " pages=256 vmalloc N0=256$", 1);
	expect_lines_match(t, VMI_ADDRS "  20480" VMI_CALLER
			   " pages=4 vmalloc N0=4$", 1);
	expect_lines_match(t, VMI_ADDRS "   8192" VMI_CALLER " vmap$", 1);
	expect_lines_match(t, VMI_ADDRS "   8192 unpurged vm_area$", 1);
	ck_assert_int_eq(count_matching_lines(t, ""), 4);
	ck_assert_int_eq((unsigned long)s % THREAD_SIZE, 0);
	vfree(a);
	free_thread_stack(s);
	vunmap(v);
}
END_TEST

START_TEST(test_vzalloc_reads_zero_and_writes_reach_the_pages)
{
	char *p = vzalloc(3 * PAGE_SIZE);
	struct vm_struct *vm = find_vm_area(p);
	char c = 'x';
	int i;

	ck_assert_ptr_nonnull(vm);
	for (i = 0; i < 3; i++)
		memset(page_address(vm->pages[i]), 0, 1);
	for (i = 0; i < 3 * (int)PAGE_SIZE; i += 1000)
		ck_assert_int_eq(kernel_read_byte(p + i), 0);
	ck_assert_int_eq(host_mmu_write((unsigned long)p + PAGE_SIZE + 5, &c,
					1, HOST_ACCESS_WRITE), 0);
	ck_assert_int_eq(((char *)page_address(vm->pages[1]))[5], 'x');
	ck_assert_int_eq(kernel_read_byte(p + 3 * PAGE_SIZE), -1);
	vfree(p);
}
END_TEST

START_TEST(test_purge_comes_after_lazy_max_pages_with_one_flush)
{
	struct vmalloc_stats before = vmalloc_stats;
	unsigned long first = 0;
	int i;

	ck_assert_uint_eq(lazy_max_pages(), 8192);
	for (i = 1; i <= 32; i++) {
		char *p = vmalloc(1 << 20);

		ck_assert_int_ge(kernel_read_byte(p), 0);
		if (!first)
			first = (unsigned long)p;
		vfree(p);
		ck_assert_uint_eq(vmalloc_stats.purges - before.purges,
				  i == 32);
		if (i < 32)
			ck_assert(host_tlb_cached((unsigned long)p));
	}
	ck_assert_uint_eq(vmalloc_stats.purged_areas - before.purged_areas,
			  32);
	ck_assert_uint_eq(vmalloc_stats.purged_pages - before.purged_pages,
			  32 * 257);
	ck_assert(!host_tlb_cached(first));
	ck_assert_ptr_eq(vmalloc(1 << 20), (void *)first);
}
END_TEST

static unsigned long second_pgd_faults(void)
{
	unsigned long faults = vmalloc_stats.faults, slot = VMALLOC_START;
	pgd_t *pgd;
	char *p;

	while (slot < VMALLOC_END &&
	       !p4d_none(*p4d_offset(pgd_offset_k(slot), slot)))
		slot += PGDIR_SIZE;
	if (slot >= VMALLOC_END)		/* all preallocated */
		slot = VMALLOC_START;
	pgd = pgd_alloc();
	p = __vmalloc_node_range(PAGE_SIZE, 1, slot, slot + PGDIR_SIZE - 1,
				 GFP_KERNEL, PAGE_KERNEL, 0, NUMA_NO_NODE,
				 NULL);
	ck_assert_ptr_nonnull(p);
	load_cr3(pgd);
	ck_assert_int_ge(kernel_read_byte(p), 0);
	ck_assert_int_ge(kernel_read_byte(p), 0);
	load_cr3(swapper_pg_dir);
	vfree(p);
	pgd_free(pgd);
	return vmalloc_stats.faults - faults;
}

START_TEST(test_second_pgd_faults_once_without_preallocation)
{
	ck_assert_uint_eq(vmalloc_stats.prealloc_tables, 0);
	ck_assert_uint_eq(second_pgd_faults(), 1);
	ck_assert_uint_eq(second_pgd_faults(), 1);
}
END_TEST

START_TEST(test_preallocation_spends_64_tables_and_no_fault)
{
	unsigned long free_before, free_after;

	host_boot("");
	free_before = nr_free_pages();
	host_boot("vmalloc_prealloc");
	free_after = nr_free_pages();
	ck_assert_uint_eq(vmalloc_stats.prealloc_tables, 64);
	ck_assert_uint_eq(free_before - free_after, 64);
	ck_assert_uint_eq(second_pgd_faults(), 0);
}
END_TEST

START_TEST(test_freed_ranges_merge_into_one)
{
	void *p[16];
	int i;

	for (i = 0; i < 16; i++)
		p[i] = vmalloc((i % 5 + 1) * PAGE_SIZE);
	for (i = 0; i < 16; i += 2)
		vfree(p[i]);
	purge_vmap_area_lazy();
	for (i = 1; i < 16; i += 2)
		vfree(p[i]);
	purge_vmap_area_lazy();
	ck_assert_ptr_eq(get_vm_area_caller(VMALLOC_END - VMALLOC_START,
					    VM_NO_GUARD, NULL)->addr,
			 (void *)VMALLOC_START);
	ck_assert_ptr_null(vmalloc(PAGE_SIZE));
}
END_TEST

START_TEST(test_vfree_of_no_area_warns_and_frees_nothing)
{
	char *p = vmalloc(2 * PAGE_SIZE);
	unsigned long free = nr_free_pages();

	vfree(p + PAGE_SIZE);
	ck_assert_ptr_nonnull(strstr(host_console_output(),
				     "Trying to vfree() nonexistent vm area"));
	ck_assert_uint_eq(nr_free_pages(), free);
	ck_assert_ptr_nonnull(vmalloc_to_page(p + PAGE_SIZE));
	vfree(p);
}
END_TEST

Suite *vmalloc_suite(void)
{
	Suite *s = suite_create("vmalloc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_vmallocinfo_lines_have_linux_fields);
	tcase_add_test(tc, test_vzalloc_reads_zero_and_writes_reach_the_pages);
	tcase_add_test(tc,
		       test_purge_comes_after_lazy_max_pages_with_one_flush);
	tcase_add_test(tc, test_second_pgd_faults_once_without_preallocation);
	tcase_add_test(tc, test_preallocation_spends_64_tables_and_no_fault);
	tcase_add_test(tc, test_freed_ranges_merge_into_one);
	tcase_add_test(tc, test_vfree_of_no_area_warns_and_frees_nothing);
	suite_add_tcase(s, tc);
	return s;
}
