/* arch/host/selftest.c: self-tests of the host machine. */
#include <asm/host.h>
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/selftest.h>

static void exit_with_failure(void *arg)
{
	machine_exit(KERNEL_EXIT_FAILURE);
}

static void test_host_catches_machine_exit(void)
{
	EXPECT_EQ(host_catch_exit(exit_with_failure, NULL),
		  KERNEL_EXIT_FAILURE);
}

const struct self_test arch_self_tests[] = {
	{ "host_catches_machine_exit", test_host_catches_machine_exit },

};
const unsigned int nr_arch_self_tests = ARRAY_SIZE(arch_self_tests);
