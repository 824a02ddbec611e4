/* kernel/monitor_desc.c: the descriptor tables, and exceptions on purpose. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <asm/desc.h>

static void cmd_gdt(int argc, char **argv)
{
	show_gdt();
}

static void cmd_idt(int argc, char **argv)
{
	show_idt();
}

static void cmd_crash(int argc, char **argv)
{
	if (argc != 2 || provoke_crash(argv[1]) < 0)
		monitor_printf("usage: crash BUG|INT3|GPF|EXCEPTION|"
			       "DOUBLE_FAULT\n");
}

const struct monitor_command monitor_desc_commands[] = {
	{ "gdt", "gdt               print the GDT, decoded", cmd_gdt },
	{ "idt", "idt               print the exception gates of the IDT",
	  cmd_idt },
	{ "crash", "crash TYPE        raise an unexpected exception", cmd_crash },
	{ }
};
