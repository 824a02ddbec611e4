/* arch/host/setup.c: booting the simulated machine. */
#include <asm/host.h>
#include <linux/boot_info.h>
#include <linux/console.h>
#include <linux/kernel.h>
#include <linux/start_kernel.h>
#include <linux/string.h>


void host_boot(const char *cmdline)
{
	strscpy(boot_command_line, cmdline, COMMAND_LINE_SIZE);
	register_console(&host_console);

	mm_core_init();

}

void setup_arch(void)
{
	pr_info("Command line: %s\n", boot_command_line);

}
