/* arch/host/reboot.c: machine_exit on the host, catchable by tests. */
#include <asm/host.h>
#include <linux/reboot.h>
#include <setjmp.h>
#include <stdlib.h>

static jmp_buf *exit_catcher;
static int exit_verdict;

void machine_exit(int verdict)
{
	if (exit_catcher) {
		exit_verdict = verdict;
		longjmp(*exit_catcher, 1);
	}
	exit(verdict == KERNEL_EXIT_SUCCESS ? 0 : verdict);
}

int host_catch_exit(void (*fn)(void *arg), void *arg)
{
	jmp_buf here;
	jmp_buf *volatile outer = exit_catcher;
	volatile int verdict = -1;

	exit_catcher = &here;
	if (setjmp(here) == 0)
		fn(arg);
	else
		verdict = exit_verdict;
	exit_catcher = outer;
	return verdict;
}
