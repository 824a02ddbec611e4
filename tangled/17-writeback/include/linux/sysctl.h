#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H
/* Tunables: tables of named values, registered under a path. */
#include <linux/types.h>

struct ctl_table;

typedef int proc_handler(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp);

struct ctl_table {
	const char *procname;		/* the file's name */
	void *data;			/* the value */
	int maxlen;			/* its size in bytes */
	unsigned short mode;		/* the file's permissions, 0644 */
	proc_handler *proc_handler;	/* the value to text, and back */
	void *extra1, *extra2;		/* the handler's: lowest, highest */
};

struct ctl_table_header {
	const char *path;		/* "vm": /proc/sys/vm */
	struct ctl_table *table;	/* ended by an empty entry */
};

extern const int sysctl_vals[];
#define SYSCTL_ZERO		((void *)&sysctl_vals[0])
#define SYSCTL_ONE		((void *)&sysctl_vals[1])
#define SYSCTL_THREE_THOUSAND	((void *)&sysctl_vals[2])

struct ctl_table_header *register_sysctl(const char *path,
					 struct ctl_table *table);
int proc_dointvec_minmax(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp);
int sysctl_vm_write(const char *key, const char *value);
int sysctl_vm_read(const char *key, char *buf, size_t size);
void do_sysctl_args(void);
#endif
