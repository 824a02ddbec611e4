#ifndef _ASM_DESC_H
#define _ASM_DESC_H
/* The host machine has no descriptor tables; these say so. */
void show_gdt(void);
void show_idt(void);
int provoke_crash(const char *type);
void demo_exceptions(void);
#endif
