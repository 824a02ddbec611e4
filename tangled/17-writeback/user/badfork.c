/* user/badfork.c: bad pointers and flags for execve, wait4 and clone. */
#define _GNU_SOURCE	/* clone's flags */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
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

#define KERNEL_ADDRESS	((void *)0xffff888000000000UL)

static void *unmapped;

static long raw_clone(unsigned long flags, void *stack)
{
	long ret;

	__asm__ volatile("syscall" : "=a"(ret)
			 : "a"(SYS_clone), "D"(flags), "S"(stack), "d"(0)
			 : "rcx", "r11", "memory");
	return ret < 0 ? (errno = -ret, -1) : ret;
}

static void bad_stack(const char *what, void *stack)
{
	int status;
	long pid = raw_clone(SIGCHLD, stack);

	if (pid == 0) {
		__asm__ volatile("push %rax; pop %rax");
		_exit(0);
	}
	if (pid < 0 || wait4(pid, &status, 0, NULL) != pid) {
		try(what, pid);
		return;
	}
	show_status(what, status);
}

static void bad_status(const char *what, int *where)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(3);
	try(what, wait4(pid, where, 0, NULL));
	try("  and again:", wait4(pid, NULL, 0, NULL));
}

int main(int argc, char **argv, char **envp)
{
	char *args[] = { argv[0], "child", NULL };
	char *bad_args[] = { argv[0], NULL, NULL };
	int i;

	if (argc > 1 && !strcmp(argv[1], "child"))
		return 0;
	unmapped = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
			-1, 0);
	if (unmapped == MAP_FAILED || munmap(unmapped, 4096))
		return 1;
	try("execve(NULL path):", execve(NULL, args, envp));
	try("execve(kernel path):", execve(KERNEL_ADDRESS, args, envp));
	try("execve(unmapped path):", execve(unmapped, args, envp));
	try("execve(argv kernel):", execve(argv[0], KERNEL_ADDRESS, envp));
	try("execve(argv unmapped):", execve(argv[0], unmapped, envp));
	try("execve(envp unmapped):", execve(argv[0], args, unmapped));
	for (i = 0; i < 2; i++) {
		bad_args[1] = i ? unmapped : KERNEL_ADDRESS;
		try(i ? "execve(argv[1] unmapped):" :
			"execve(argv[1] kernel):",
		    execve(argv[0], bad_args, envp));
	}
	try("wait4 with no child:", wait4(-1, NULL, 0, NULL));
	try("wait4(INT_MIN):", wait4(INT_MIN, NULL, 0, NULL));
	try("wait4 with options 0x100000:", wait4(-1, NULL, 0x100000, NULL));
	bad_status("wait4(status kernel):", KERNEL_ADDRESS);
	bad_status("wait4(status unmapped):", unmapped);
	try("clone(CLONE_THREAD):", raw_clone(CLONE_THREAD | SIGCHLD, NULL));
	try("clone(CLONE_SIGHAND):",
	    raw_clone(CLONE_SIGHAND | SIGCHLD, NULL));
	try("clone(CLONE_NEWNS | CLONE_FS):",
	    raw_clone(CLONE_NEWNS | CLONE_FS | SIGCHLD, NULL));
	bad_stack("clone, stack in the kernel:", KERNEL_ADDRESS);
	bad_stack("clone, stack unmapped:", (char *)unmapped + 4096);
	bad_stack("clone, stack NULL (the parent's):", NULL);
	fflush(stdout);
	if (fork() == 0)
		execve(argv[0], args, envp);
	try("fork, then execve of itself:", wait(NULL) > 0);
	return 0;
}
