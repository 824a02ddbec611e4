/* arch/x86_64/setup.c: setup_arch, the x86-64 part of start_kernel. */
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/start_kernel.h>
#include <asm/desc.h>
#include <linux/pgtable.h>
#include <asm/e820.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/syscalls.h>

void setup_arch(void)
{
	pr_info("Command line: %s\n", boot_command_line);
	pr_info("Multiboot: loaded by %s, %u KiB low, %u KiB high memory\n",
		boot_info.loader_name[0] ? boot_info.loader_name : "?",
		boot_info.mem_lower_kb, boot_info.mem_upper_kb);
	trap_init();
	syscall_init();
	fpu__init_cpu();
	memblock_set_current_limit(ISA_END_ADDRESS);
	setup_memory_map();
	x86_64_init_mem_mapping();
	memblock_set_current_limit((phys_addr_t)max_pfn_mapped << PAGE_SHIFT);
	paging_init();
}
