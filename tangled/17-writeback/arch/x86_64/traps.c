/* arch/x86_64/traps.c: what the kernel does with an exception. */
#include <asm/catch.h>
#include <asm/desc.h>
#include <asm/idtentry.h>
#include <asm/special_insns.h>
#include <asm/traps.h>
#include <linux/kernel.h>

struct pt_regs *last_exception_regs;

static const struct {
	const char *mnemonic;
	const char *str;
} exception_names[NUM_EXCEPTION_VECTORS] = {
	[X86_TRAP_DE] = { "#DE", "divide error" },
	[X86_TRAP_DB] = { "#DB", "debug" },
	[X86_TRAP_NMI] = { "NMI", "NMI" },
	[X86_TRAP_BP] = { "#BP", "int3" },
	[X86_TRAP_OF] = { "#OF", "overflow" },
	[X86_TRAP_BR] = { "#BR", "bounds" },
	[X86_TRAP_UD] = { "#UD", "invalid opcode" },
	[X86_TRAP_NM] = { "#NM", "device not available" },
	[X86_TRAP_DF] = { "#DF", "double fault" },
	[X86_TRAP_OLD_MF] = { "#MF", "coprocessor segment overrun" },
	[X86_TRAP_TS] = { "#TS", "invalid TSS" },
	[X86_TRAP_NP] = { "#NP", "segment not present" },
	[X86_TRAP_SS] = { "#SS", "stack segment" },
	[X86_TRAP_GP] = { "#GP", "general protection fault" },
	[X86_TRAP_PF] = { "#PF", "page fault" },
	[X86_TRAP_SPURIOUS] = { "-", "spurious interrupt bug" },
	[X86_TRAP_MF] = { "#MF", "fpu exception" },
	[X86_TRAP_AC] = { "#AC", "alignment check" },
	[X86_TRAP_MC] = { "#MC", "machine check" },
	[X86_TRAP_XF] = { "#XM", "simd exception" },
	[X86_TRAP_VE] = { "#VE", "virtualization exception" },
	[X86_TRAP_CP] = { "#CP", "control protection" },
	[X86_TRAP_VC] = { "#VC", "VMM communication" },
};

const char *exception_mnemonic(unsigned int vector)
{
	if (vector >= NUM_EXCEPTION_VECTORS || !exception_names[vector].str)
		return "-";
	return exception_names[vector].mnemonic;
}

const char *exception_str(unsigned int vector)
{
	if (vector >= NUM_EXCEPTION_VECTORS || !exception_names[vector].str)
		return "reserved";
	return exception_names[vector].str;
}

void show_regs(const struct pt_regs *regs)
{
	unsigned short ds, es;

	savesegment(ds, ds);
	savesegment(es, es);
	pr_emerg("RIP: %04lx:%016lx\n", regs->cs, regs->ip);
	pr_emerg("RSP: %04lx:%016lx EFLAGS: %08lx\n", regs->ss, regs->sp,
		 regs->flags);
	pr_emerg("RAX: %016lx RBX: %016lx RCX: %016lx\n", regs->ax,
		 regs->bx, regs->cx);
	pr_emerg("RDX: %016lx RSI: %016lx RDI: %016lx\n", regs->dx,
		 regs->si, regs->di);
	pr_emerg("RBP: %016lx R08: %016lx R09: %016lx\n", regs->bp,
		 regs->r8, regs->r9);
	pr_emerg("R10: %016lx R11: %016lx R12: %016lx\n", regs->r10,
		 regs->r11, regs->r12);
	pr_emerg("R13: %016lx R14: %016lx R15: %016lx\n", regs->r13,
		 regs->r14, regs->r15);
	pr_emerg("CS: %04lx DS: %04x ES: %04x CR0: %016lx\n", regs->cs, ds, es,
		 read_cr0());
	pr_emerg("CR2: %016lx CR3: %016lx CR4: %016lx\n", read_cr2(),
		 __read_cr3(), __read_cr4());
}

static int die_counter;

void __die(const char *str, const struct pt_regs *regs,
	   unsigned long error_code, unsigned int trapnr)
{
	pr_emerg("%s: %04lx [#%d]\n", str, error_code & 0xffff,
		 ++die_counter);
	pr_emerg("Exception: vector %u (%s), error code %#lx%s\n", trapnr,
		 exception_mnemonic(trapnr), error_code,
		 user_mode(regs) ? ", in user mode" : "");
	show_regs(regs);
}

void die(const char *str, const struct pt_regs *regs,
	 unsigned long error_code, unsigned int trapnr)
{
	__die(str, regs, error_code, trapnr);
	panic("Fatal exception");
}

void do_exception(struct pt_regs *regs, unsigned long vector)
{
	unsigned long error_code = 0;

	if (vector >= IRQ0_VECTOR) {
		common_interrupt(regs, vector);
		return;
	}
	if ((EXCEPTION_ERRCODE_MASK >> vector) & 1)
		error_code = regs->orig_ax;
	last_exception_regs = regs;
	if (user_mode(regs) && vector != X86_TRAP_PF)
		user_trap(regs, error_code, vector);
	switch (vector) {
	case X86_TRAP_DF:
		exc_double_fault(regs, error_code);
		break;
	case X86_TRAP_PF:
		exc_page_fault(regs, error_code);
		break;
	default:
		do_error_trap(regs, error_code, vector);
	}
}

void do_error_trap(struct pt_regs *regs, unsigned long error_code,
		   unsigned int trapnr)
{
	if (fixup_exception(regs, trapnr, error_code, 0))
		return;
	die(exception_str(trapnr), regs, error_code, trapnr);
}

void exc_double_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long here = (unsigned long)regs;
	unsigned long df = (unsigned long)exception_stacks[IST_INDEX_DF];

	if (fixup_exception(regs, X86_TRAP_DF, error_code, 0))
		return;
	__die("double fault", regs, error_code, X86_TRAP_DF);
	pr_emerg("double fault: handler on the %s stack, frame at %px\n",
		 here >= df && here < df + EXCEPTION_STKSZ ? "#DF IST" :
		 "interrupted", regs);
	panic("Machine halted.");
}
