#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H
/* The reports of mm/vmstat.c, each printed into its reader's seq_file. */
struct seq_file;

void frag_show(struct seq_file *m);
void pagetypeinfo_show(struct seq_file *m);
void zoneinfo_show(struct seq_file *m);
#endif
