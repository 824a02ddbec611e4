/* kernel/dump_stack.c: the lines after a report, modules and stack. */
#include <linux/cpumask.h>
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/sched.h>
#include <linux/mmdebug.h>

void print_modules(void)
{
	pr_warn("Modules linked in:\n");
}

void dump_stack(void)
{
	pr_warn("CPU: %d PID: 0 Comm: %s %s\n", smp_processor_id(),
		current->comm, print_tainted());
	pr_warn("Call Trace:\n <TASK>\n");
	pr_warn(" 0x%lx\n", page_alloc_caller);
	pr_warn(" </TASK>\n");
}
