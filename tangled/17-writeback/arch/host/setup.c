/* arch/host/setup.c: booting the simulated machine. */
#include <asm/host.h>
#include <linux/boot_info.h>
#include <linux/console.h>
#include <linux/kernel.h>
#include <linux/start_kernel.h>
#include <linux/string.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/pgtable.h>
#include <asm/e820.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <asm/host_acpi.h>
#include <linux/sched/mm.h>
#include <linux/fs.h>

void host_boot(const char *cmdline)
{
	strscpy(boot_command_line, cmdline, COMMAND_LINE_SIZE);
	register_console(&host_console);
	host_memory_init();
	host_cpu_reset();
	direct_gbpages = host_cpu.gbpages;
	init_mem_mapping();
	load_cr3(swapper_pg_dir);
	memblock_reset();
	setup_memory_map();
	memblock_set_current_limit((phys_addr_t)max_pfn_mapped << PAGE_SHIFT);
	host_acpi_tables();
	paging_init();
	mm_core_init();
	files_caches_init();
	mmap_init();
	vfs_caches_init();
}

void setup_arch(void)
{
	pr_info("Command line: %s\n", boot_command_line);
	print_vm_layout();
}
