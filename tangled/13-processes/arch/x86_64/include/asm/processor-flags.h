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
#endif
