#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H
#define __KERNEL32_CS	0x08	/* GDT entry 1: 32-bit code */
#define __KERNEL_CS	0x10	/* GDT entry 2: 64-bit code */
#define __KERNEL_DS	0x18	/* GDT entry 3: data */

#endif
