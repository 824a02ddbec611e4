/* kernel/sysctl.c: the vm.* tunables, read and written by name. */
#include <linux/boot_info.h>
#include <linux/cmdline_option.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/monitor.h>
#include <linux/sprintf.h>
#include <linux/string.h>
#include <linux/sysctl.h>

struct ctl_table {
	const char *procname;
	int *data;
	int count;			/* integers at data */
	long min, max;
	void (*written)(void);
};

static void min_free_kbytes_written(void)
{
	user_min_free_kbytes = min_free_kbytes;
	setup_per_zone_wmarks();
}

static void lowmem_reserve_ratio_written(void)
{
	int i;

	for (i = 0; i < MAX_NR_ZONES; i++)
		if (sysctl_lowmem_reserve_ratio[i] < 1)
			sysctl_lowmem_reserve_ratio[i] = 0;
	setup_per_zone_lowmem_reserve();
}

static const struct ctl_table vm_table[] = {
	{ "min_free_kbytes", &min_free_kbytes, 1, 0, INT_MAX,
	  min_free_kbytes_written },
	{ "watermark_scale_factor", &watermark_scale_factor, 1, 1, 3000,
	  setup_per_zone_wmarks },
	{ "lowmem_reserve_ratio", sysctl_lowmem_reserve_ratio,
	  MAX_NR_ZONES, -INT_MAX, INT_MAX, lowmem_reserve_ratio_written },
};

static const struct ctl_table *find_vm(const char *key)
{
	size_t i;

	if (strncmp(key, "vm.", 3) != 0)
		return NULL;
	for (i = 0; i < ARRAY_SIZE(vm_table); i++)
		if (strcmp(key + 3, vm_table[i].procname) == 0)
			return &vm_table[i];
	return NULL;
}

static const char *parse_long(const char *s, long *v)
{
	bool negative = *s == '-';
	long n = 0;

	s += negative;
	if (*s < '0' || *s > '9')
		return NULL;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((n = n * 10 + (*s - '0')) > INT_MAX)
			return NULL;
	*v = negative ? -n : n;
	return s;
}

int sysctl_vm_write(const char *key, const char *value)
{
	const struct ctl_table *t = find_vm(key);
	long v[MAX_NR_ZONES];
	int n = 0, i;

	if (!t)
		return -ENOENT;
	for (;;) {
		while (*value == ' ' || *value == '\t' || *value == ',')
			value++;
		if (!*value)
			break;
		if (n == t->count || !(value = parse_long(value, &v[n])) ||
		    v[n] < t->min || v[n] > t->max)
			return -EINVAL;
		n++;
	}
	if (n == 0)
		return -EINVAL;
	for (i = 0; i < n; i++)
		t->data[i] = v[i];
	t->written();
	return 0;
}

int sysctl_vm_read(const char *key, char *buf, size_t size)
{
	const struct ctl_table *t = find_vm(key);
	int i, len = 0;

	if (!t)
		return -ENOENT;
	for (i = 0; i < t->count; i++)
		len += scnprintf(buf + len, size - len, "%s%d", i ? "\t" : "",
				 t->data[i]);
	return len;
}

void sysctl_vm_cat(const char *name)
{
	char key[64], value[128];

	scnprintf(key, sizeof(key), "vm.%s", name);
	if (sysctl_vm_read(key, value, sizeof(value)) < 0)
		monitor_printf("cat: /proc/sys/vm/%s: No such file or "
			       "directory\n", name);
	else
		monitor_printf("%s\n", value);
}

void do_sysctl_args(void)
{
	char option[64], value[128];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(vm_table); i++) {
		scnprintf(option, sizeof(option), "sysctl.vm.%s",
			  vm_table[i].procname);
		if (cmdline_find_option(boot_command_line, option, value,
					sizeof(value)) < 0)
			continue;
		if (sysctl_vm_write(option + 7, value))
			pr_err("Failed to set sysctl parameter '%s=%s'\n",
			       option, value);
	}
}
