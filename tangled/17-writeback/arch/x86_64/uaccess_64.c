/* arch/x86_64/uaccess_64.c: user accesses through the exception table. */
#include <linux/errno.h>
#include <linux/uaccess.h>

unsigned long copy_user_generic(void *to, const void *from,
				unsigned long len);
unsigned long clear_user_generic(void __user *to, unsigned long len);
int __get_user_1(const void __user *from, void *val);
int __get_user_2(const void __user *from, void *val);
int __get_user_4(const void __user *from, void *val);
int __get_user_8(const void __user *from, void *val);
int __put_user_1(void __user *to, const void *val);
int __put_user_2(void __user *to, const void *val);
int __put_user_4(void __user *to, const void *val);
int __put_user_8(void __user *to, const void *val);

unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	if (!access_ok(from, n))
		return n;
	return copy_user_generic(to, (const void *)from, n);
}

unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return copy_user_generic((void *)to, from, n);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return clear_user_generic(to, n);
}

int __get_user_size(void *val, const void __user *from, unsigned long size)
{
	if (!access_ok(from, size))
		return -EFAULT;
	switch (size) {
	case 1: return __get_user_1(from, val);
	case 2: return __get_user_2(from, val);
	case 4: return __get_user_4(from, val);
	default: return __get_user_8(from, val);
	}
}

int __put_user_size(const void *val, void __user *to, unsigned long size)
{
	if (!access_ok(to, size))
		return -EFAULT;
	switch (size) {
	case 1: return __put_user_1(to, val);
	case 2: return __put_user_2(to, val);
	case 4: return __put_user_4(to, val);
	default: return __put_user_8(to, val);
	}
}
