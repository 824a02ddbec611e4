#ifndef _ASM_SECTIONS_H
#define _ASM_SECTIONS_H
/* Boundaries of the kernel image, defined in arch/x86_64/kernel.ld. */
extern char _text[], _etext[], _edata[], _end[];
extern char __bss_start[], __bss_stop[];
#endif
