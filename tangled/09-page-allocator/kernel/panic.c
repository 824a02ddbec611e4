/* kernel/panic.c: stop the kernel with a message and a verdict. */
#include <linux/kernel.h>
#include <linux/reboot.h>


static bool in_panic;

void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;
	int len;

	if (in_panic)
		machine_exit(KERNEL_EXIT_PANIC);
	in_panic = true;
	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	pr_emerg("---[ end Kernel panic - not syncing: %s ]---\n", buf);
	in_panic = false;
	machine_exit(KERNEL_EXIT_PANIC);
}
