#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H
/* The kernel's taint, and the lines that end a report. */

#define TAINT_BAD_PAGE	5

void add_taint(unsigned int flag);
const char *print_tainted(void);
void print_modules(void);	/* Linux: linux/module.h */
void dump_stack(void);		/* Linux: linux/printk.h */
#endif
