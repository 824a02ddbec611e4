/* kernel/monitor_paging.c: the kernel's page tables, and faults on purpose. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/ptdump.h>
#include <linux/seq_file.h>
#include <linux/fault.h>

static void cmd_ptdump(int argc, char **argv)
{
	ptdump_walk_pgd_level(monitor_seq(), swapper_pg_dir);
}

static void cmd_fault(int argc, char **argv)
{
	if (argc != 2 || provoke_page_fault(argv[1]) < 0)
		monitor_printf("usage: fault rodata|nx|unmapped|null\n");
}

const struct monitor_command monitor_paging_commands[] = {
	{ "ptdump", "ptdump            print the kernel's page tables", cmd_ptdump },
	{ "fault", "fault KIND        fault on purpose: rodata|nx|unmapped|null",
	  cmd_fault },
	{ }
};
