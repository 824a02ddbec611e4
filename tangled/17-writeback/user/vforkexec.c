/* user/vforkexec.c: vfork, then execve or _exit, in the child. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void show_status(const char *what, int status)
{
	if (WIFEXITED(status))
		printf("%-44s exit %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("%-44s signal %d\n", what, WTERMSIG(status));
	else
		printf("%-44s status %#x\n", what, status);
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

static volatile int written;

int main(int argc, char **argv, char **envp)
{
	char hello[256], missing[256];
	char *args[] = { "hello", NULL };
	int status;
	pid_t pid;

	(void)argc;
	sibling(hello, sizeof(hello), argv[0], 0, "hello");
	sibling(missing, sizeof(missing), argv[0], 0, "nothere");
	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		written = 1;
		execve(hello, args, envp);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	show_status("vfork, execve of hello:", status);
	printf("%-44s %s\n", "the child's write seen:", written == 1 ?
	       "yes" : "no");
	pid = vfork();
	if (pid == 0) {
		written = 2;
		_exit(9);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	show_status("vfork, _exit(9):", status);
	printf("%-44s %s\n", "the child's write seen:", written == 2 ?
	       "yes" : "no");
	pid = vfork();
	if (pid == 0) {
		execve(missing, args, envp);
		_exit(errno == ENOENT ? 2 : 3);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	show_status("vfork, execve of a missing file:", status);
	return 0;
}
