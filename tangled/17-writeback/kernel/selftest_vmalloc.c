/* kernel/selftest_vmalloc.c: vmalloc's self-tests (chapter 12). */
#include <asm/kernel_read.h>
#include <asm/tlbflush.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/selftest.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmalloc_sync.h>


static void test_vmalloc_area_has_its_pages_and_a_guard(void)
{
	char *a = vmalloc(3 * PAGE_SIZE);
	struct vm_struct *vm = find_vm_area(a);
	int i;

	EXPECT_TRUE(a && vm && vm->addr == a);
	if (!vm)
		return;
	EXPECT_EQ(vm->size, 4 * PAGE_SIZE);
	EXPECT_EQ(vm->nr_pages, 3);
	for (i = 0; i < 3; i++)
		EXPECT_TRUE(vmalloc_to_page(a + i * PAGE_SIZE) ==
			    vm->pages[i]);
	EXPECT_TRUE(vmalloc_to_page(a + 3 * PAGE_SIZE) == NULL);
	vfree(a);
	EXPECT_TRUE(vmalloc_to_page(a) == NULL);
	purge_vmap_area_lazy();
}

static void test_vfree_range_waits_for_the_purge(void)
{
	void *a, *b, *c;

	purge_vmap_area_lazy();
	a = vmalloc(PAGE_SIZE);
	vfree(a);
	b = vmalloc(PAGE_SIZE);
	EXPECT_TRUE(b != a);
	vfree(b);
	purge_vmap_area_lazy();
	c = vmalloc(PAGE_SIZE);
	EXPECT_TRUE(c == a);
	vfree(c);
	purge_vmap_area_lazy();
}

static void test_vmap_maps_the_given_pages(void)
{
	struct page *pages[2] = { alloc_pages(GFP_KERNEL, 0),
				  alloc_pages(GFP_KERNEL, 0) };
	char *v = vmap(pages, 2, VM_MAP, PAGE_KERNEL);

	EXPECT_TRUE(v != NULL);
	EXPECT_TRUE(vmalloc_to_page(v) == pages[0]);
	EXPECT_TRUE(vmalloc_to_page(v + PAGE_SIZE) == pages[1]);
	*(char *)page_address(pages[1]) = 7;
	EXPECT_EQ(kernel_read_byte(v + PAGE_SIZE), 7);
	EXPECT_EQ(find_vm_area(v)->nr_pages, 0);
	vunmap(v);
	EXPECT_TRUE(vmalloc_to_page(v) == NULL);
	__free_pages(pages[0], 0);
	__free_pages(pages[1], 0);
	purge_vmap_area_lazy();
}

static void test_second_pgd_syncs_by_fault_or_preallocation(void)
{
	unsigned long slot = VMALLOC_START, faults;
	pgd_t *pgd;
	char *p;

	while (slot < VMALLOC_END &&
	       !p4d_none(*p4d_offset(pgd_offset_k(slot), slot)))
		slot += PGDIR_SIZE;
	if (slot >= VMALLOC_END)
		slot = VMALLOC_START;
	pgd = pgd_alloc();
	p = __vmalloc_node_range(PAGE_SIZE, 1, slot, slot + PGDIR_SIZE - 1,
				 GFP_KERNEL, PAGE_KERNEL, 0, NUMA_NO_NODE,
				 NULL);
	EXPECT_TRUE(pgd && p);
	if (!pgd || !p)
		return;
	*(char *)page_address(vmalloc_to_page(p)) = 42;
	faults = vmalloc_stats.faults;
	load_cr3(pgd);
	EXPECT_EQ(kernel_read_byte(p), 42);
	EXPECT_EQ(kernel_read_byte(p), 42);
	load_cr3(swapper_pg_dir);
	EXPECT_EQ(vmalloc_stats.faults - faults, vmalloc_prealloc ? 0 : 1);
	vfree(p);
	pgd_free(pgd);
	purge_vmap_area_lazy();
}

const struct self_test vmalloc_self_tests[] = {
	{ "vmalloc_area_has_its_pages_and_a_guard",
	  test_vmalloc_area_has_its_pages_and_a_guard },
	{ "vfree_range_waits_for_the_purge", test_vfree_range_waits_for_the_purge },
	{ "vmap_maps_the_given_pages", test_vmap_maps_the_given_pages },
	{ "second_pgd_syncs_by_fault_or_preallocation",
	  test_second_pgd_syncs_by_fault_or_preallocation },
};
const unsigned int nr_vmalloc_self_tests = ARRAY_SIZE(vmalloc_self_tests);
