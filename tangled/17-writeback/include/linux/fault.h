#ifndef _LINUX_FAULT_H
#define _LINUX_FAULT_H
/* mm/fault.c: the memory manager's side of the page fault. */
#include <asm/ptrace.h>
#include <linux/types.h>

bool handle_page_fault(struct pt_regs *regs, unsigned long error_code,
		       unsigned long address);
void show_fault_oops(struct pt_regs *regs, unsigned long error_code,
		     unsigned long address);
void dump_pagetable(unsigned long address);
int provoke_page_fault(const char *kind);
#endif
