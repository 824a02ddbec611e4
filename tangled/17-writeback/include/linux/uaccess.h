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
unsigned long clear_user(void __user *to, unsigned long n);

/* 0, or -EFAULT with *val set to 0; size is 1, 2, 4 or 8. */
int __get_user_size(void *val, const void __user *from, unsigned long size);
int __put_user_size(const void *val, void __user *to, unsigned long size);
long strncpy_from_user(char *dst, const char __user *src, long count);

#define get_user(x, ptr) ({						\
	unsigned long long __gu_val = 0;	/* little-endian */	\
	int __gu_err = __get_user_size(&__gu_val, (ptr),		\
				       sizeof(*(ptr)));			\
	(x) = (__typeof__(*(ptr)))__gu_val;				\
	__gu_err;							\
})

#define put_user(x, ptr) ({						\
	__typeof__(*(ptr)) __pu_val = (x);				\
	__put_user_size(&__pu_val, (ptr), sizeof(*(ptr)));		\
})
#endif
