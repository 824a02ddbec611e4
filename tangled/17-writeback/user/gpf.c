/* user/gpf.c: a privileged instruction in user mode. */
#include <stdio.h>

int main(void)
{
	printf("about to run hlt\n");
	fflush(stdout);
	__asm__ volatile("hlt");
	printf("still alive\n");
	return 0;
}
