/* tests/setup.c: the fixture of every suite. */
#include <asm/host.h>
#include "tests.h"

void host_test_setup(void)
{
	host_boot("");
	host_console_reset();
	host_console_set_input("");
}
