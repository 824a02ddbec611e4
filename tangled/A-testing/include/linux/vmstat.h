#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H
/* The reports of mm/vmstat.c, printed through the monitor. */
void frag_show(void);
void pagetypeinfo_show(void);
void zoneinfo_show(void);
#endif
