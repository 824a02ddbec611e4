#ifndef _LINUX_ENTRY_COMMON_H
#define _LINUX_ENTRY_COMMON_H
/* The work done on the way back to user mode. */
#include <asm/ptrace.h>

void exit_to_user_mode_prepare(struct pt_regs *regs);
#endif
