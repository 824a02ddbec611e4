/* kernel/sysctl.c: the registered tables of tunables, found by name. */
#include <linux/boot_info.h>
#include <linux/cmdline_option.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/sprintf.h>
#include <linux/string.h>
#include <linux/sysctl.h>

#define SYSCTL_TABLES	8

const int sysctl_vals[] = { 0, 1, 3000 };

static struct ctl_table_header sysctl_tables[SYSCTL_TABLES];
static int nr_sysctl_tables;

struct ctl_table_header *register_sysctl(const char *path,
					 struct ctl_table *table)
{
	struct ctl_table_header *head;
	int i;

	for (i = 0; i < nr_sysctl_tables; i++)
		if (sysctl_tables[i].table == table)
			return &sysctl_tables[i];
	if (nr_sysctl_tables == SYSCTL_TABLES)
		return NULL;
	head = &sysctl_tables[nr_sysctl_tables++];
	head->path = path;
	head->table = table;
	return head;
}

static struct ctl_table *find_sysctl(const char *path, const char *name)
{
	struct ctl_table *t;
	int i;

	for (i = 0; i < nr_sysctl_tables; i++) {
		if (strcmp(sysctl_tables[i].path, path) != 0)
			continue;
		for (t = sysctl_tables[i].table; t->procname; t++)
			if (strcmp(t->procname, name) == 0)
				return t;
	}
	return NULL;
}

static const char *parse_int(const char *s, int *v)
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

static int dointvec_parse(const struct ctl_table *table, const char *s,
			  int *store)
{
	const int *min = table->extra1, *max = table->extra2;
	int n = 0, v;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == ',')
			s++;
		if (!*s)
			return n ? n : -EINVAL;
		if (n == table->maxlen / (int)sizeof(int) ||
		    !(s = parse_int(s, &v)) || (min && v < *min) ||
		    (max && v > *max))
			return -EINVAL;
		if (store)
			store[n] = v;
		n++;
	}
}

int proc_dointvec_minmax(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp)
{
	int *data = table->data, i, err;
	char *text = buffer;
	size_t len = 0;

	if (write) {
		err = dointvec_parse(table, text, NULL);
		if (err < 0)
			return err;
		dointvec_parse(table, text, data);
		return 0;
	}
	for (i = 0; i < table->maxlen / (int)sizeof(int); i++)
		len += scnprintf(text + len, *lenp - len, "%s%d",
				 i ? "\t" : "", data[i]);
	len += scnprintf(text + len, *lenp - len, "\n");
	*lenp = len;
	return 0;
}

static struct ctl_table *find_vm(const char *key)
{
	if (strncmp(key, "vm.", 3) != 0)
		return NULL;
	return find_sysctl("vm", key + 3);
}

static int sysctl_write(struct ctl_table *t, const char *value)
{
	char text[128];
	size_t len = strlen(value);

	if (!(t->mode & 0200))
		return -EPERM;
	if (len >= sizeof(text))
		return -EINVAL;
	memcpy(text, value, len + 1);
	return t->proc_handler(t, 1, text, &len);
}

int sysctl_vm_write(const char *key, const char *value)
{
	struct ctl_table *t = find_vm(key);

	return t ? sysctl_write(t, value) : -ENOENT;
}

int sysctl_vm_read(const char *key, char *buf, size_t size)
{
	struct ctl_table *t = find_vm(key);
	size_t len = size;
	int err;

	if (!t)
		return -ENOENT;
	err = t->proc_handler(t, 0, buf, &len);
	if (err)
		return err;
	if (len && buf[len - 1] == '\n')
		buf[--len] = '\0';
	return len;
}

void do_sysctl_args(void)
{
	char option[64], value[128];
	struct ctl_table *t;
	int i;

	for (i = 0; i < nr_sysctl_tables; i++) {
		for (t = sysctl_tables[i].table; t->procname; t++) {
			scnprintf(option, sizeof(option), "sysctl.%s.%s",
				  sysctl_tables[i].path, t->procname);
			if (cmdline_find_option(boot_command_line, option,
						value, sizeof(value)) < 0)
				continue;
			if (sysctl_write(t, value))
				pr_err("Failed to set sysctl parameter "
				       "'%s=%s'\n", option, value);
		}
	}
}

struct ctl_table *sysctl_table_entry(const char *path, unsigned int i);

/* The i-th entry of the tables registered under path, for /proc/sys. */
struct ctl_table *sysctl_table_entry(const char *path, unsigned int i)
{
	struct ctl_table *t;
	int n;

	for (n = 0; n < nr_sysctl_tables; n++) {
		if (strcmp(sysctl_tables[n].path, path) != 0)
			continue;
		for (t = sysctl_tables[n].table; t->procname; t++)
			if (i-- == 0)
				return t;
	}
	return NULL;
}

/* One unsigned long, at least *extra1 (Linux: any number of them). */
int proc_doulongvec_minmax(struct ctl_table *table, int write, void *buffer,
			   size_t *lenp)
{
	const unsigned long *min = table->extra1, *max = table->extra2;
	unsigned long *data = table->data, v = 0;
	const char *s = buffer;

	if (!write) {
		*lenp = scnprintf(buffer, *lenp, "%lu\n", *data);
		return 0;
	}
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s < '0' || *s > '9')
		return -EINVAL;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (v > (~0UL - (*s - '0')) / 10)
			return -EINVAL;
		v = v * 10 + (*s - '0');
	}
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (*s || (min && v < *min) || (max && v > *max))
		return -EINVAL;
	*data = v;
	return 0;
}
