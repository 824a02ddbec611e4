#ifndef _LINUX_VMALLOC_SYNC_H
#define _LINUX_VMALLOC_SYNC_H
/* Top-level tables and the vmalloc area: faults or preallocation. */
#include <asm/pgtable.h>
#include <linux/types.h>

extern bool vmalloc_prealloc;

pgd_t *pgd_alloc(void);
void pgd_free(pgd_t *pgd);
bool vmalloc_sync_fault(unsigned long error_code, unsigned long address);
void preallocate_vmalloc_pages(void);
void mem_init_vmalloc(void);
#endif
