/* arch/host/uaccess.c: user copies through the simulated MMU. */
#include <asm/host_mmu.h>
#include <linux/uaccess.h>

unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	if (!access_ok(from, n) ||
	    host_mmu_read((unsigned long)from, to, n, HOST_ACCESS_USER))
		return n;
	return 0;
}

unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n)
{
	if (!access_ok(to, n) ||
	    host_mmu_write((unsigned long)to, from, n, HOST_ACCESS_USER))
		return n;
	return 0;
}
