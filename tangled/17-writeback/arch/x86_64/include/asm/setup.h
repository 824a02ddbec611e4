#ifndef _ASM_SETUP_H
#define _ASM_SETUP_H
#include <linux/types.h>

struct console;

void x86_64_start_kernel(u32 magic, u32 info);
void copy_bootdata(u32 magic, u32 info);
void serial_init(void);
extern struct console serial_console;
#endif
