#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H
#include <linux/compiler.h>
#include <linux/printk.h>
#include <linux/sprintf.h>
#include <linux/types.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

void panic(const char *fmt, ...) __printf(1, 2) __noreturn;
#endif
