/* init/main.c: what the kernel runs once it is up: the initramfs's programs. */
#include <linux/binfmts.h>
#include <linux/boot_info.h>
#include <linux/cmdline_option.h>
#include <linux/gfp.h>
#include <linux/initramfs.h>
#include <linux/kernel.h>
#include <linux/string.h>

static const char *const envp_init[] = { "HOME=/", "TERM=linux", NULL };

static unsigned long free_pages_drained(void)
{
	drain_all_pages(NULL);
	return nr_free_pages();
}

int run_init_program(const char *name)
{
	const char *argv[] = { name, "alpha", "beta gamma", NULL };
	unsigned long free_before = free_pages_drained();
	int status;

	pr_info("=== run %s\n", name);
	status = run_program(name, argv, envp_init);
	if (status < 0)
		pr_info("=== %s: error %d\n", name, status);
	else if (status & 0x7f)
		pr_info("=== %s: signal %d\n", name, status & 0x7f);
	else
		pr_info("=== %s: exit %d\n", name, (status >> 8) & 0xff);
	if (free_pages_drained() != free_before)
		pr_info("=== %s: %ld pages not given back\n", name,
			(long)(free_before - free_pages_drained()));
	return status;
}

void run_init_programs(void)
{
	char rdinit[64];
	const struct initramfs_file *f;
	unsigned int i;

	if (cmdline_find_option(boot_command_line, "rdinit", rdinit,
				sizeof(rdinit)) > 0)
		run_init_program(rdinit);
	else
		for (i = 0; (f = initramfs_file(i)); i++)
			if (!strncmp(f->name, "/bin/", 5))
				run_init_program(f->name);
	pr_info("=== done\n");
}
