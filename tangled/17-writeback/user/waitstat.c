/* user/waitstat.c: fork, and the statuses wait4 reports. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
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

static pid_t child_exiting(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

int main(void)
{
	static const int codes[] = { 0, 1, 42, 255, 256 };
	struct timespec pause = { 0, 200 * 1000 * 1000 };
	char what[64];
	int status, sum = 0;
	unsigned int i;
	pid_t pid;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		pid = child_exiting(codes[i]);
		if (wait4(pid, &status, 0, NULL) != pid)
			return 1;
		snprintf(what, sizeof(what), "_exit(%d):", codes[i]);
		show_status(what, status);
	}
	pid = fork();
	if (pid == 0) {
		*(volatile int *)0 = 1;
		_exit(0);
	}
	if (wait4(pid, &status, 0, NULL) != pid)
		return 1;
	show_status("a write through NULL:", status);
	pid = fork();
	if (pid == 0) {
		nanosleep(&pause, NULL);
		_exit(5);
	}
	try("WNOHANG, child running:", wait4(pid, &status, WNOHANG, NULL));
	try("wait4 for it, then:", wait4(pid, &status, 0, NULL) == pid);
	show_status("its status:", status);
	for (i = 1; i <= 3; i++)
		child_exiting(i);
	for (i = 0; i < 3; i++) {
		if (wait4(-1, &status, 0, NULL) <= 0)
			return 1;
		sum += WEXITSTATUS(status);
	}
	printf("%-44s %d\n", "three children, codes summed:", sum);
	try("wait4(-1) with no child:", wait4(-1, &status, 0, NULL));
	try("WNOHANG with no child:", wait4(-1, &status, WNOHANG, NULL));
	try("wait4 for itself:", wait4(getpid(), &status, 0, NULL));
	return 0;
}
