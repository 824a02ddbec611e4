#ifndef _ASM_PROCESSOR_FLAGS_H
#define _ASM_PROCESSOR_FLAGS_H
/* The simulated processor's control bits: those paging looks at. */
#define X86_CR0_WP	0x00010000	/* write protect, for the kernel too */
#define X86_CR4_PGE	0x00000080	/* global pages */
#define _EFER_NX	11		/* bit: no-execute enable */
#define EFER_NX		(1UL << _EFER_NX)
#endif
