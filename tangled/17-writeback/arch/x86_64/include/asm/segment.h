#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H
#define __KERNEL32_CS	0x08	/* GDT entry 1: 32-bit code */
#define __KERNEL_CS	0x10	/* GDT entry 2: 64-bit code */
#define __KERNEL_DS	0x18	/* GDT entry 3: data */
#define GDT_ENTRY_KERNEL32_CS		1
#define GDT_ENTRY_KERNEL_CS		2
#define GDT_ENTRY_KERNEL_DS		3
#define GDT_ENTRY_DEFAULT_USER32_CS	4
#define GDT_ENTRY_DEFAULT_USER_DS	5
#define GDT_ENTRY_DEFAULT_USER_CS	6
#define GDT_ENTRY_TSS			8	/* and 9 */
#define GDT_ENTRY_LDT			10	/* and 11; unused */
#define GDT_ENTRY_TLS_MIN		12
#define GDT_ENTRY_TLS_MAX		14
#define GDT_ENTRY_CPUNODE		15
#define GDT_ENTRIES			16
#define SEGMENT_RPL_MASK	0x3	/* requested privilege level */
#define SEGMENT_TI_MASK		0x4	/* table indicator: 1 = LDT */
#define USER_RPL		0x3
#define __USER32_CS	(GDT_ENTRY_DEFAULT_USER32_CS * 8 + USER_RPL)
#define __USER_DS	(GDT_ENTRY_DEFAULT_USER_DS * 8 + USER_RPL)
#define __USER_CS	(GDT_ENTRY_DEFAULT_USER_CS * 8 + USER_RPL)
#define EXCEPTION_ERRCODE_MASK	0x60227d00	/* 8, 10-14, 17, 21, 29, 30 */
#ifndef __ASSEMBLER__
#define savesegment(seg, value)						\
	asm volatile("mov %%" #seg ", %0" : "=r"(value) : : "memory")
#define loadsegment(seg, value)						\
	asm volatile("mov %0, %%" #seg : : "r"((unsigned short)(value)) \
		     : "memory")
#endif
#endif
