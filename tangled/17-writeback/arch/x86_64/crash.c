/* arch/x86_64/crash.c: unexpected exceptions on request, and the demo. */
#include <asm/catch.h>
#include <asm/desc.h>
#include <asm/idtentry.h>
#include <asm/traps.h>
#include <linux/kernel.h>
#include <linux/string.h>

static const struct {
	const char *type;
	void (*fn)(void *arg);
	unsigned long arg;
} crash_types[] = {
	{ "BUG", provoke_ud, 0 },
	{ "INT3", provoke_bp, 0 },
	{ "GPF", provoke_gp, 0 },
	{ "EXCEPTION", provoke_pf_write, PROVOKE_FAULT_ADDRESS },
	{ "DOUBLE_FAULT", provoke_df, PROVOKE_FAULT_ADDRESS + 0x1000 },
};

int provoke_crash(const char *type)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(crash_types); i++)
		if (strcmp(type, crash_types[i].type) == 0) {
			pr_info("crash: raising %s\n", type);
			crash_types[i].fn((void *)crash_types[i].arg);
			return 0;
		}
	return -1;
}

static void demo_one(const char *what, void (*fn)(void *arg), void *arg)
{
	struct caught_exception rec;
	int vector = catch_exception(fn, arg, &rec);

	pr_info("demo: %-22s -> vector %2d %-4s error code %04lx at %px\n",
		what, vector, vector < 0 ? "" : exception_mnemonic(vector),
		rec.error_code, (void *)rec.ip);
	if (vector == X86_TRAP_PF)
		pr_info("demo: %-22s    CR2 %px\n", "", (void *)rec.cr2);
}

void demo_exceptions(void)
{
	void *bad = (void *)PROVOKE_FAULT_ADDRESS;

	show_gdt();
	demo_one("ud2", provoke_ud, NULL);
	demo_one("int3", provoke_bp, NULL);
	demo_one("mov $0x1b, %ds", provoke_gp, NULL);
	demo_one("write to guard hole", provoke_pf_write, bad);
	demo_one("push on a bad stack", provoke_df, bad + 0x1000);
	pr_info("demo: the kernel is still running\n");
}
