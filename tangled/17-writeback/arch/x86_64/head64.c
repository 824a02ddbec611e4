/* arch/x86_64/head64.c: the first C code, called from head_64.S. */
#include <asm/setup.h>
#include <linux/console.h>
#include <linux/start_kernel.h>

void x86_64_start_kernel(u32 magic, u32 info)
{
	serial_init();
	register_console(&serial_console);
	copy_bootdata(magic, info);
	start_kernel();
}
