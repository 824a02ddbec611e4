#ifndef _LINUX_PTDUMP_H
#define _LINUX_PTDUMP_H
#include <asm/pgtable.h>

void ptdump_walk_pgd_level(pgd_t *pgd, void (*print)(const char *line));
unsigned long ptdump_check_wx(void);
#endif
