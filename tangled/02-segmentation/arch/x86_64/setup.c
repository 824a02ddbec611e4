/* arch/x86_64/setup.c: setup_arch, the x86-64 part of start_kernel. */
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/start_kernel.h>
#include <asm/desc.h>

void setup_arch(void)
{
	pr_info("Command line: %s\n", boot_command_line);
	pr_info("Multiboot: loaded by %s, %u KiB low, %u KiB high memory\n",
		boot_info.loader_name[0] ? boot_info.loader_name : "?",
		boot_info.mem_lower_kb, boot_info.mem_upper_kb);
	trap_init();


}
