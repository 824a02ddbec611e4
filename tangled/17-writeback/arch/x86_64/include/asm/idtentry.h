#ifndef _ASM_IDTENTRY_H
#define _ASM_IDTENTRY_H
#include <asm/ptrace.h>
#include <linux/compiler.h>

extern void (*const exception_entries[])(void);
extern struct pt_regs *last_exception_regs;

void do_exception(struct pt_regs *regs, unsigned long vector);
void do_error_trap(struct pt_regs *regs, unsigned long error_code,
		   unsigned int trapnr);
void exc_double_fault(struct pt_regs *regs, unsigned long error_code);
void exc_page_fault(struct pt_regs *regs, unsigned long error_code);

const char *exception_mnemonic(unsigned int vector);
const char *exception_str(unsigned int vector);
void show_regs(const struct pt_regs *regs);
void __die(const char *str, const struct pt_regs *regs,
	   unsigned long error_code, unsigned int trapnr);
void die(const char *str, const struct pt_regs *regs,
	 unsigned long error_code, unsigned int trapnr) __noreturn;
#define IRQ0_VECTOR	0x20
extern void (*const irq_entries_start[])(void);
void common_interrupt(struct pt_regs *regs, unsigned long vector);
void user_page_fault(struct pt_regs *regs, unsigned long error_code,
		     unsigned long address) __noreturn;
void user_trap(struct pt_regs *regs, unsigned long error_code,
	       unsigned int trapnr) __noreturn;
#endif
