/* arch/x86_64/fault.c: the page-fault handler. */
#include <asm/catch.h>
#include <asm/idtentry.h>
#include <asm/special_insns.h>
#include <asm/trap_pf.h>
#include <asm/traps.h>
#include <linux/kernel.h>
#include <linux/fault.h>

static const char *pf_error_bits(unsigned long error_code)
{
	static char buf[32];

	snprintf(buf, sizeof(buf), "P=%d W=%d U=%d R=%d I=%d",
		 !!(error_code & X86_PF_PROT), !!(error_code & X86_PF_WRITE),
		 !!(error_code & X86_PF_USER), !!(error_code & X86_PF_RSVD),
		 !!(error_code & X86_PF_INSTR));
	return buf;
}

void exc_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();

	if (handle_page_fault(regs, error_code, address))
		return;
	if (user_mode(regs))
		user_page_fault(regs, error_code, address);
	if (fixup_exception(regs, X86_TRAP_PF, error_code, address))
		return;
	__die("page fault", regs, error_code, X86_TRAP_PF);
	pr_emerg("Page fault at address %016lx, error code %#lx: %s\n", address,
		 error_code, pf_error_bits(error_code));
	show_fault_oops(regs, error_code, address);
	panic("Fatal exception");
}
