/* arch/x86_64/user_traps.c: a program's exceptions: report and kill. */
#include <asm/idtentry.h>
#include <asm/traps.h>
#include <linux/binfmts.h>
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>

static void show_signal_msg(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address)
{
	char where[64];

	print_vma_addr(where, sizeof(where), current->mm, regs->ip);
	pr_info("%s[%d]: segfault at %lx ip %px sp %px error %lx%s "
		"likely on CPU 0 (core 0, socket 0)\n", current->comm,
		current->pid, address, (void *)regs->ip,
		(void *)regs->sp, error_code, where);
}

static void show_signal(struct pt_regs *regs, const char *desc,
			unsigned long error_code)
{
	char where[64];

	print_vma_addr(where, sizeof(where), current->mm, regs->ip);
	pr_info("traps: %s[%d] %s ip:%lx sp:%lx error:%lx%s\n",
		current->comm, current->pid, desc, regs->ip,
		regs->sp, error_code, where);
}

#define SIGILL		4
#define SIGTRAP		5
#define SIGBUS		7
#define SIGFPE		8
#define SIGSEGV		11

static int trap_signal(unsigned int trapnr)
{
	switch (trapnr) {
	case X86_TRAP_DE: case X86_TRAP_MF: case X86_TRAP_XF:
		return SIGFPE;
	case X86_TRAP_UD:
		return SIGILL;
	case X86_TRAP_DB: case X86_TRAP_BP:
		return SIGTRAP;
	case X86_TRAP_AC: case X86_TRAP_NP: case X86_TRAP_SS:
		return SIGBUS;
	default:
		return SIGSEGV;
	}
}

void user_page_fault(struct pt_regs *regs, unsigned long error_code,
		     unsigned long address)
{
	show_signal_msg(regs, error_code, address);
	do_exit(SIGSEGV);
}

void user_trap(struct pt_regs *regs, unsigned long error_code,
	       unsigned int trapnr)
{
	show_signal(regs, exception_str(trapnr), error_code);
	do_exit(trap_signal(trapnr));
}
