/* kernel/monitor_proc.c: cat, which prints the /proc reports. */
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>

static void cmd_cat(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "/proc/buddyinfo") == 0)
		frag_show(monitor_seq());
	else if (argc == 2 && strcmp(argv[1], "/proc/pagetypeinfo") == 0)
		pagetypeinfo_show(monitor_seq());

	else
		monitor_printf("cat: %s: No such file or directory\n",
			       argc == 2 ? argv[1] : "(none)");
}

const struct monitor_command monitor_proc_commands[] = {
	{ "cat", "cat /proc/buddyinfo    free blocks per zone and order "
	  "(or /proc/pagetypeinfo)", cmd_cat },
	{ }
};
