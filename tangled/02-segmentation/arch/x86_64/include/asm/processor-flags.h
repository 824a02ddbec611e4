#ifndef _ASM_PROCESSOR_FLAGS_H
#define _ASM_PROCESSOR_FLAGS_H
#define X86_CR0_PE	0x00000001	/* protection enable */
#define X86_CR0_PG	0x80000000	/* paging */
#define X86_CR4_PAE	0x00000020	/* physical address extension */
#define MSR_EFER	0xc0000080	/* extended feature enable register */
#define _EFER_LME	8		/* bit: long mode enable */

#endif
