#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H
/* The kernel's taint, and the lines that end a report. */
#include <linux/compiler.h>

#define TAINT_BAD_PAGE	5
#define TAINT_WARN	9

void add_taint(unsigned int flag);
void warn_slowpath_fmt(const char *file, int line, unsigned int taint,
		       const char *fmt, ...) __printf(4, 5);

/* Linux's WARN: a message, where, the taint and the stack; then on. */
#define WARN(condition, fmt, ...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (__ret_warn_on)						\
		warn_slowpath_fmt(__FILE__, __LINE__, TAINT_WARN,	\
				  fmt, ##__VA_ARGS__);			\
	__ret_warn_on;							\
})
const char *print_tainted(void);
void print_modules(void);	/* Linux: linux/module.h */
void dump_stack(void);		/* Linux: linux/printk.h */
#endif
