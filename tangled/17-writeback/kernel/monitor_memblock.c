/* kernel/monitor_memblock.c: the firmware's map and memblock's arrays. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <asm/e820.h>
#include <linux/memblock.h>

static void cmd_e820(int argc, char **argv)
{
	e820__print_table("e820");
}

static void cmd_memblock(int argc, char **argv)
{
	__memblock_dump_all();
}

const struct monitor_command monitor_memblock_commands[] = {
	{ "e820", "e820              print the kernel's e820 map", cmd_e820 },
	{ "memblock", "memblock          print memblock's memory and reserved "
	  "arrays", cmd_memblock },
	{ }
};
