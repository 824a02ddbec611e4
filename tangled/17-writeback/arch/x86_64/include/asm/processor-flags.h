#ifndef _ASM_PROCESSOR_FLAGS_H
#define _ASM_PROCESSOR_FLAGS_H
#define X86_CR0_PE	0x00000001	/* protection enable */
#define X86_CR0_PG	0x80000000	/* paging */
#define X86_CR4_PAE	0x00000020	/* physical address extension */
#define MSR_EFER	0xc0000080	/* extended feature enable register */
#define _EFER_LME	8		/* bit: long mode enable */
#define X86_CR0_WP	0x00010000	/* write protect, for the kernel too */
#define X86_CR4_PGE	0x00000080	/* global pages */
#define _EFER_NX	11		/* bit: no-execute enable */
#define EFER_NX		(1UL << _EFER_NX)
#define X86_CR0_MP	0x00000002	/* monitor coprocessor */
#define X86_CR0_EM	0x00000004	/* emulate the FPU: none */
#define X86_CR0_TS	0x00000008	/* task switched */
#define X86_CR4_OSFXSR	0x00000200	/* fxsave, SSE */
#define X86_CR4_OSXMMEXCPT 0x00000400	/* SSE exceptions */
#define MSR_STAR	0xc0000081	/* syscall's segments */
#define MSR_LSTAR	0xc0000082	/* syscall's entry, long mode */
#define MSR_SYSCALL_MASK 0xc0000084	/* RFLAGS bits syscall clears */
#define MSR_FS_BASE	0xc0000100	/* the FS segment's base */
#define _EFER_SCE	0		/* bit: syscall enable */
#endif
