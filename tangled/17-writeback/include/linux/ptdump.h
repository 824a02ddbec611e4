#ifndef _LINUX_PTDUMP_H
#define _LINUX_PTDUMP_H
#include <asm/pgtable.h>

struct seq_file;

void ptdump_walk_pgd_level(struct seq_file *m, pgd_t *pgd);
unsigned long ptdump_check_wx(void);
#endif
