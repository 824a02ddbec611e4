/* arch/host/uaccess.c: user accesses through the simulated MMU. */
#include <asm/host_mmu.h>
#include <linux/errno.h>
#include <linux/minmax.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/* Up to the end of addr's page, at most n. */
static unsigned long in_page(unsigned long addr, unsigned long n)
{
	return min(n, PAGE_SIZE - (addr & ~PAGE_MASK));
}

unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	unsigned long a = (unsigned long)from;

	if (!access_ok(from, n))
		return n;
	while (n) {
		unsigned long k = in_page(a, n);

		if (host_mmu_read(a, to, k, HOST_ACCESS_USER))
			break;
		a += k;
		to = (char *)to + k;
		n -= k;
	}
	return n;
}

static unsigned long write_user(void __user *to, const void *from,
				unsigned long n, bool zero)
{
	static const char zeros[PAGE_SIZE];
	unsigned long a = (unsigned long)to;

	if (!access_ok(to, n))
		return n;
	while (n) {
		unsigned long k = in_page(a, n);

		if (host_mmu_write(a, zero ? zeros : from, k,
				   HOST_ACCESS_USER))
			break;
		a += k;
		from = (const char *)from + (zero ? 0 : k);
		n -= k;
	}
	return n;
}

unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n)
{
	return write_user(to, from, n, false);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	return write_user(to, NULL, n, true);
}

int __get_user_size(void *val, const void __user *from, unsigned long size)
{
	if (copy_from_user(val, from, size)) {
		memset(val, 0, size);
		return -EFAULT;
	}
	return 0;
}

int __put_user_size(const void *val, void __user *to, unsigned long size)
{
	return copy_to_user(to, val, size) ? -EFAULT : 0;
}
