#ifndef _ASM_SECTIONS_H
#define _ASM_SECTIONS_H
/* The host program's own image, as the GNU linker marks it. */
extern char _text[] __asm__("__executable_start");
extern char _etext[] __asm__("etext");
extern char _edata[] __asm__("edata");
extern char _end[] __asm__("end");
extern char __bss_start[];
#endif
