/* arch/host/desc.c: the host machine has no GDT, IDT or exceptions. */
#include <asm/desc.h>
#include <linux/kernel.h>
#include <linux/monitor.h>

void show_gdt(void)
{
	monitor_printf("gdt: the host machine has no GDT\n");
}

void show_idt(void)
{
	monitor_printf("idt: the host machine has no IDT\n");
}

int provoke_crash(const char *type)
{
	monitor_printf("crash: the host machine raises no exceptions\n");
	return 0;
}

void demo_exceptions(void)
{
	pr_info("demo: no descriptor tables on the host machine\n");
}
