/* kernel/monitor_vm.c: sysctl and wmarks: the tunables of the watermarks. */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/monitor.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/minmax.h>
#include <linux/sprintf.h>
#include <linux/sysctl.h>

static void sysctl_print(const char *key)
{
	char value[128];

	if (sysctl_vm_read(key, value, sizeof(value)) < 0)
		monitor_printf("sysctl: cannot stat /proc/sys/vm/%s: No such "
			       "file or directory\n", key + 3);
	else
		monitor_printf("%s = %s\n", key, value);
}

static void cmd_sysctl(int argc, char **argv)
{
	char key[64], value[128];
	int i, len, err;
	char *eq;

	if (argc < 2) {
		monitor_printf("usage: sysctl vm.NAME[=VALUE]\n");
		return;
	}
	eq = argv[1];
	while (*eq && *eq != '=')
		eq++;
	len = min((int)(eq - argv[1]), (int)sizeof(key) - 1);
	memcpy(key, argv[1], len);
	key[len] = '\0';
	if (strncmp(key, "vm.", 3) != 0) {
		monitor_printf("sysctl: cannot stat /proc/sys/%s: No such file "
			       "or directory\n", key);
		return;
	}
	if (*eq) {
		len = scnprintf(value, sizeof(value), "%s", eq + 1);
		for (i = 2; i < argc; i++)
			len += scnprintf(value + len, sizeof(value) - len, " %s", argv[i]);
		err = sysctl_vm_write(key, value);
		if (err == -EINVAL) {
			monitor_printf("sysctl: setting key \"%s\": Invalid argument\n", key);
			return;
		}
	}
	sysctl_print(key);
}

static void cmd_wmarks(int argc, char **argv)
{
	struct zone *zone;
	int j;

	(void)argc;
	(void)argv;
	for_each_populated_zone(zone) {
		monitor_printf("%d %-7s min %lu low %lu high %lu protection: "
			       "(%ld", zone->node, zone->name,
			       min_wmark_pages(zone), low_wmark_pages(zone),
			       high_wmark_pages(zone), zone->lowmem_reserve[0]);
		for (j = 1; j < MAX_NR_ZONES; j++)
			monitor_printf(", %ld", zone->lowmem_reserve[j]);
		monitor_printf(")\n");
	}
}

const struct monitor_command monitor_vm_commands[] = {
	{ "wmarks", "wmarks            each zone's watermarks and reserves",
	  cmd_wmarks },
	{ "sysctl", "sysctl vm.NAME[=V] show or set a vm tunable", cmd_sysctl },
	{ }
};
