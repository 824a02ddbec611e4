#ifndef _ASM_X86_TRAP_PF_H
#define _ASM_X86_TRAP_PF_H
/* The bits of the page-fault error code (Intel SDM vol. 3A, 4.7). */
enum x86_pf_error_code {
	X86_PF_PROT	= 1 << 0,	/* 0: page not present, 1: protection */
	X86_PF_WRITE	= 1 << 1,	/* 0: read, 1: write */
	X86_PF_USER	= 1 << 2,	/* 0: kernel mode, 1: user mode */
	X86_PF_RSVD	= 1 << 3,	/* a reserved bit was set in an entry */
	X86_PF_INSTR	= 1 << 4,	/* an instruction fetch */
	X86_PF_PK	= 1 << 5,	/* a protection key forbade it */
	X86_PF_SGX	= 1 << 15,	/* an SGX enclave access */
};
#endif
