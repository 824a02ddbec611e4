#ifndef _ASM_CATCH_H
#define _ASM_CATCH_H
#include <asm/ptrace.h>
#include <linux/types.h>

struct caught_exception {
	int vector;			/* -1 if nothing was raised */
	unsigned long error_code;	/* 0 for vectors without one */
	unsigned long ip;		/* regs->ip when it was raised */
	unsigned long cr2;		/* the address, for a page fault */
};

int catch_exception(void (*fn)(void *arg), void *arg,
		    struct caught_exception *rec);
bool fixup_exception(struct pt_regs *regs, int trapnr,
		     unsigned long error_code, unsigned long fault_addr);

void provoke_ud(void *unused);		/* ud2: #UD */
void provoke_bp(void *unused);		/* int3: #BP */
void provoke_gp(void *unused);		/* a bad DS: #GP(0x18) */
void provoke_pf_read(void *address);	/* a read at address */
void provoke_pf_write(void *address);	/* a write at address */
void provoke_df(void *bad_stack);	/* a push on a bad stack: #DF */
extern char provoke_ud_ip[], provoke_bp_ip[], provoke_gp_ip[];
extern char provoke_pf_read_ip[], provoke_pf_write_ip[];

/* Never mapped: Linux's guard hole at the start of the kernel half. */
#define PROVOKE_FAULT_ADDRESS	0xffff800000001000UL
#endif
