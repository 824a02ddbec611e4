#ifndef _LINUX_MONITOR_H
#define _LINUX_MONITOR_H
#include <linux/compiler.h>

struct monitor_command {
	const char *name;
	const char *usage;	/* one line for help */
	void (*run)(int argc, char **argv);
};

void monitor_printf(const char *fmt, ...) __printf(1, 2);
void monitor_execute(int argc, char **argv);
extern const struct monitor_command monitor_desc_commands[];
struct seq_file;
struct seq_file *monitor_seq(void);
extern const struct monitor_command monitor_paging_commands[];
extern const struct monitor_command monitor_memblock_commands[];
extern const struct monitor_command monitor_page_commands[];
extern const struct monitor_command monitor_zones_commands[];
extern const struct monitor_command monitor_proc_commands[];
extern const struct monitor_command monitor_vm_commands[];
extern const struct monitor_command monitor_page_alloc_commands[];
extern const struct monitor_command monitor_slab_commands[];
extern const struct monitor_command monitor_kmalloc_commands[];
extern const struct monitor_command monitor_vmalloc_commands[];
extern const struct monitor_command monitor_sched_commands[];
#endif
