/* kernel/main.c: start_kernel, and the kernel's boot-time data. */
#include <linux/boot_info.h>
#include <linux/cmdline.h>
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/start_kernel.h>
#include <linux/mm.h>
#include <linux/cpumask.h>
#include <linux/sysctl.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/vmalloc_sync.h>
#include <linux/binfmts.h>
#include <linux/initramfs.h>
#include <linux/sched/mm.h>

struct boot_info boot_info;
char boot_command_line[COMMAND_LINE_SIZE];

void start_kernel(void)
{
	pr_notice("Page by Page kernel (gcc %s)\n", __VERSION__);
	setup_arch();
	mm_core_init();
	populate_rootfs();
	if (cmdline_find_option_bool(boot_command_line, "test") > 0) {
		int failed = run_self_tests();

		machine_exit(failed ? KERNEL_EXIT_FAILURE
				    : KERNEL_EXIT_SUCCESS);
	}
	if (cmdline_find_option_bool(boot_command_line, "user") > 0)
		run_init_programs();
	else if (cmdline_find_option_bool(boot_command_line, "monitor") > 0)
		monitor_run();
	else
		demo_run();
	machine_exit(KERNEL_EXIT_SUCCESS);
}

void mm_core_init(void)
{
	init_cpu_possible();
	build_all_zonelists();
	mem_init_print_info();
	memblock_free_all();
	mem_init_vmalloc();
	init_per_zone_wmark_min();
	hugepage_init_min_free_kbytes();
	page_alloc_sysctl_init();
	do_sysctl_args();
	kmem_cache_init();
	vmalloc_init();
	setup_per_cpu_pageset();
	mmap_init();
	setup_zero_page();
}
