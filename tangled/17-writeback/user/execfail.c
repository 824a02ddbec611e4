/* user/execfail.c: execve calls that fail, and the program goes on. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "errno_name.h"

static void try(const char *what, long ret)
{
	if (ret >= 0)
		printf("%-44s %ld\n", what, ret);
	else
		printf("%-44s %s\n", what, errno_name(errno));
	fflush(stdout);
}
/* Another file of the program's own directory, or of the one above. */
static void sibling(char *buf, size_t size, const char *argv0,
		    int up, const char *name)
{
	char *slash;

	snprintf(buf, size, "%s", argv0);
	while (up-- >= 0 && (slash = strrchr(buf, '/')))
		*slash = '\0';
	snprintf(buf + strlen(buf), size - strlen(buf), "/%s", name);
}

int main(int argc, char **argv, char **envp)
{
	char path[256];
	char *args[] = { "execfail", NULL, NULL };
	size_t big = 200 * 1024;
	char *s = malloc(big + 1);

	(void)argc;
	if (!s)
		return 1;
	sibling(path, sizeof(path), argv[0], 0, "nothere");
	try("execve of a missing file:", execve(path, args, envp));
	try("execve of \"\":", execve("", args, envp));
	sibling(path, sizeof(path), argv[0], 1, "data/notelf.txt");
	try("execve of a text file:", execve(path, args, envp));
	memset(s, 'x', big);
	s[big] = '\0';
	args[1] = s;
	try("execve with a 200 KiB argument:", execve(argv[0], args, envp));
	printf("still running\n");
	return 0;
}
