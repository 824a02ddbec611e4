/* user/hello.c: the first program: printf (writev) and write. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	const char *line = "hello through write(2)\n";

	printf("hello from user mode, through printf\n");
	fflush(stdout);
	if (write(1, line, strlen(line)) != (ssize_t)strlen(line))
		return 1;
	return 0;
}
