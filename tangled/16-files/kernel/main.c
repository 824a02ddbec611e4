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
#include <asm/irqflags.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/timer.h>
#include <linux/sched/mm.h>
#include <linux/fs.h>
#include <linux/pagemap.h>

struct boot_info boot_info;
char boot_command_line[COMMAND_LINE_SIZE];

void start_kernel(void)
{
	pr_notice("Page by Page kernel (gcc %s)\n", __VERSION__);
	setup_arch();
	mm_core_init();
	sched_init();
	files_caches_init();
	mmap_init();
	vfs_caches_init();
	init_IRQ();
	init_timers();
	time_init();
	timekeeping_init();
	local_irq_enable();
	if (cmdline_find_option_bool(boot_command_line, "test") > 0) {
		int failed = run_self_tests();

		machine_exit(failed ? KERNEL_EXIT_FAILURE
				    : KERNEL_EXIT_SUCCESS);
	}
	rest_init();
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
	setup_zero_page();
	mm_cache_init();
	pagecache_init();
}
