/* arch/x86_64/selftest.c: self-tests of the x86-64 boot path. */
#include <asm/multiboot.h>
#include <asm/page_types.h>
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/selftest.h>
#include <linux/start_kernel.h>
#include <linux/string.h>


static int a_kernel_variable;

static void test_kernel_runs_in_the_higher_half(void)
{
	int on_the_stack;

	EXPECT_TRUE((uintptr_t)&start_kernel >= __START_KERNEL_map);
	EXPECT_TRUE((uintptr_t)&a_kernel_variable >= __START_KERNEL_map);
	EXPECT_TRUE((uintptr_t)&on_the_stack >= __START_KERNEL_map);
}

static void test_loader_left_the_multiboot_magic(void)
{
	EXPECT_EQ(boot_info.magic, MULTIBOOT_BOOTLOADER_MAGIC);
}

const struct self_test arch_self_tests[] = {
	{ "kernel_runs_in_the_higher_half",
	  test_kernel_runs_in_the_higher_half },
	{ "loader_left_the_multiboot_magic",
	  test_loader_left_the_multiboot_magic },
};
const unsigned int nr_arch_self_tests = ARRAY_SIZE(arch_self_tests);
