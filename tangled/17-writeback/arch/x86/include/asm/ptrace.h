#ifndef _ASM_X86_PTRACE_H
#define _ASM_X86_PTRACE_H
#ifndef __ASSEMBLER__
struct pt_regs {
	/* pushed by the entry code, last pushed first */
	unsigned long r15, r14, r13, r12, bp, bx;
	unsigned long r11, r10, r9, r8, ax, cx, dx, si, di;
	/* the error code, or -1 for vectors without one */
	unsigned long orig_ax;
	/* pushed by the processor */
	unsigned long ip, cs, flags, sp, ss;
};

static inline int user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}

static inline unsigned long instruction_pointer(const struct pt_regs *regs)
{
	return regs->ip;
}
#endif
#endif
