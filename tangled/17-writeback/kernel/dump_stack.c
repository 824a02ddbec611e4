/* kernel/dump_stack.c: the lines after a report, modules and stack. */
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/sched.h>
#include <stdarg.h>


void print_modules(void)
{
	pr_warn("Modules linked in:\n");
}

void dump_stack(void)
{
	pr_warn("CPU: %d PID: 0 Comm: %s %s\n", smp_processor_id(),
		current->comm, print_tainted());
	pr_warn("Call Trace:\n <TASK>\n");

	pr_warn(" </TASK>\n");
}

void warn_slowpath_fmt(const char *file, int line, unsigned int taint,
		       const char *fmt, ...)
{
	va_list args;

	pr_warn("------------[ cut here ]------------\n");
	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
	pr_warn("WARNING: CPU: %d PID: 0 at %s:%d\n", smp_processor_id(),
		file, line);
	print_modules();
	dump_stack();
	pr_warn("---[ end trace 0000000000000000 ]---\n");
	add_taint(taint);
}
