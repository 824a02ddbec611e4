#ifndef _LINUX_START_KERNEL_H
#define _LINUX_START_KERNEL_H
#include <linux/compiler.h>

void start_kernel(void) __noreturn;
void setup_arch(void);		/* provided by the architecture */
void mm_core_init(void);	/* memory management, after setup_arch */
int run_self_tests(void);	/* returns the number that failed */
void monitor_run(void);		/* returns at the end of input */
void demo_run(void);
#endif
