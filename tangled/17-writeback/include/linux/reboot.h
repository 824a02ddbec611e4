#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H
/* Verdicts for machine_exit(); QEMU exits with (verdict << 1) | 1. */
#define KERNEL_EXIT_SUCCESS	0x10
#define KERNEL_EXIT_FAILURE	0x11
#define KERNEL_EXIT_PANIC	0x12

#ifndef __ASSEMBLER__
#include <linux/compiler.h>
/* End the run with a verdict; provided by the architecture. */
void machine_exit(int verdict) __noreturn;
#endif
#endif
