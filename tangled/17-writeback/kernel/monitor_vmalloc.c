/* kernel/monitor_vmalloc.c: vmalloc areas, purges and faults at work. */
#include <asm/kernel_read.h>
#include <asm/tlbflush.h>
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/monitor.h>
#include <linux/pgtable.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmalloc_sync.h>

static void *demo_area[5];
static struct page *demo_pages[2];

static void cmd_vmdemo(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (demo_area[0]) {
		monitor_printf("vmdemo: the areas exist; vmfree first\n");
		return;
	}
	demo_area[0] = vmalloc(1 << 20);
	demo_area[1] = vzalloc(10000);
	demo_area[2] = vmalloc_node(2 * PAGE_SIZE, 0);
	demo_area[3] = alloc_thread_stack_node(0);
	demo_pages[0] = alloc_pages(GFP_KERNEL, 0);
	demo_pages[1] = alloc_pages(GFP_KERNEL, 0);
	demo_area[4] = vmap(demo_pages, 2, VM_MAP, PAGE_KERNEL);
	monitor_printf("vmalloc %p vzalloc %p vmalloc_node %p stack %p "
		       "vmap %p\n", demo_area[0], demo_area[1], demo_area[2],
		       demo_area[3], demo_area[4]);
}

static void cmd_vmfree(int argc, char **argv)
{
	int i;

	if (!demo_area[0])
		return;
	if (argc == 2 && strcmp(argv[1], "all") == 0) {
		vfree(demo_area[2]);
		free_thread_stack(demo_area[3]);
	}
	vfree(demo_area[0]);
	vfree(demo_area[1]);
	vunmap(demo_area[4]);
	__free_pages(demo_pages[0], 0);
	__free_pages(demo_pages[1], 0);
	for (i = 0; i < 5; i++)
		demo_area[i] = NULL;
}

static void cmd_vmlazy(int argc, char **argv)
{
	struct vmalloc_stats before;
	unsigned long size, waiting = 0;
	void *first = NULL, *p;
	int i;

	(void)argc;
	(void)argv;
	purge_vmap_area_lazy();
	before = vmalloc_stats;
	monitor_printf("lazy_max_pages: %lu on %u processor(s)\n",
		       lazy_max_pages(), num_online_cpus());
	for (i = 1; i <= 64 && vmalloc_stats.purges == before.purges; i++) {
		p = vmalloc(1 << 20);
		if (!first)
			first = p;
		size = find_vm_area(p)->size >> PAGE_SHIFT;
		waiting += size;
		vfree(p);
		monitor_printf("free %2d: %p, %lu pages, %lu waiting%s\n", i,
			       p, size, waiting,
			       vmalloc_stats.purges != before.purges ?
			       ": past the threshold, purged" : "");
	}
	monitor_printf("purges %lu: %lu areas, %lu pages back in the free "
		       "list\n", vmalloc_stats.purges - before.purges,
		       vmalloc_stats.purged_areas - before.purged_areas,
		       vmalloc_stats.purged_pages - before.purged_pages);
	p = vmalloc(1 << 20);
	monitor_printf("next vmalloc: %p (%s the first)\n", p,
		       p == first ? "the address of" : "not");
	vfree(p);
}

static bool top_entry_empty(pgd_t *pgd, const void *p)
{
	unsigned long addr = (unsigned long)p;

	return p4d_none(*p4d_offset(pgd_offset_pgd(pgd, addr), addr));
}

static unsigned long empty_vmalloc_slot(void)
{
	unsigned long addr;

	for (addr = VMALLOC_START; addr < VMALLOC_END; addr += PGDIR_SIZE)
		if (p4d_none(*p4d_offset(pgd_offset_k(addr), addr)))
			return addr;
	return VMALLOC_START;
}

static void cmd_vmfault(int argc, char **argv)
{
	unsigned long slot = empty_vmalloc_slot();
	unsigned long faults = vmalloc_stats.faults;
	pgd_t *pgd = pgd_alloc();
	char *p;
	int i;

	(void)argc;
	(void)argv;
	p = __vmalloc_node_range(PAGE_SIZE, 1, slot, slot + PGDIR_SIZE - 1,
				 GFP_KERNEL, PAGE_KERNEL, 0, NUMA_NO_NODE,
				 __builtin_return_address(0));
	if (!pgd || !p)
		return;
	monitor_printf("vmalloc_prealloc %s, %lu tables preallocated "
		       "(%lu KiB)\n", vmalloc_prealloc ? "on" : "off",
		       vmalloc_stats.prealloc_tables,
		       vmalloc_stats.prealloc_tables * PAGE_SIZE / 1024);
	monitor_printf("page at %p; its pgd entry: kernel %s, second %s\n",
		       p, top_entry_empty(swapper_pg_dir, p) ? "empty" : "set",
		       top_entry_empty(pgd, p) ? "empty" : "set");
	*(char *)page_address(vmalloc_to_page(p)) = 42;
	load_cr3(pgd);
	for (i = 1; i <= 2; i++) {
		int c = kernel_read_byte(p);

		monitor_printf("read %d through the second pgd: %d, vmalloc "
			       "faults %lu\n", i, c,
			       vmalloc_stats.faults - faults);
	}
	load_cr3(swapper_pg_dir);
	vfree(p);
	pgd_free(pgd);
}

const struct monitor_command monitor_vmalloc_commands[] = {
	{ "vmdemo", "vmdemo            one vmalloc area of each kind",
	  cmd_vmdemo },
	{ "vmfree", "vmfree [all]      free vmdemo's areas (but two)",
	  cmd_vmfree },
	{ "vmlazy", "vmlazy            vmalloc and vfree until a purge",
	  cmd_vmlazy },
	{ "vmfault", "vmfault           a vmalloc page read through a "
	  "second pgd", cmd_vmfault },
	{ }
};
