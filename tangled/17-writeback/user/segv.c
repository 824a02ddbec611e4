/* user/segv.c: a write through a null pointer. */
#include <stdio.h>

int main(void)
{
	printf("about to write through NULL\n");
	fflush(stdout);
	*(volatile int *)0 = 1;
	printf("still alive\n");
	return 0;
}
