#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H
/* Reading and writing the memory of the program that made the call. */
#include <asm/page.h>
#include <linux/types.h>

#define __user

static inline bool access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return size <= TASK_SIZE_MAX && a <= TASK_SIZE_MAX - size;
}

/* Each returns the number of bytes it could not copy: 0 is success. */
unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n);
#endif
