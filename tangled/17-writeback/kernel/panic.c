/* kernel/panic.c: stop the kernel with a message and a verdict. */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/panic.h>
#include <linux/sprintf.h>

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

/* Chapter 10: the taint. */
static unsigned long tainted_mask;

const char *print_tainted(void)
{
	static const char letters[] = "PFSRMBUDAWCIOELKXTN";
	static char buf[sizeof("Tainted: ") + sizeof(letters)];
	unsigned int i, n;

	if (!tainted_mask)
		return "Not tainted";
	n = scnprintf(buf, sizeof(buf), "Tainted: ");
	for (i = 0; letters[i]; i++)
		buf[n++] = tainted_mask & (1UL << i) ? letters[i] :
			   i == 0 ? 'G' : ' ';
	buf[n] = '\0';
	return buf;
}

void add_taint(unsigned int flag)
{
	if (!tainted_mask)
		pr_warn("Disabling lock debugging due to kernel taint\n");
	tainted_mask |= 1UL << flag;
}
