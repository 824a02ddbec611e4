/* lib/strncpy_from_user.c: a string from user memory. */
#include <linux/errno.h>
#include <linux/uaccess.h>

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long n;

	for (n = 0; n < count; n++) {
		if (get_user(dst[n], src + n))
			return -EFAULT;
		if (!dst[n])
			return n;
	}
	return count;
}
