/* user/clonetid.c: clone's thread-id pointers, as glibc's fork uses them. */
#define _GNU_SOURCE	/* clone's flags */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
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

static int parent_tid = -1, child_tid = -1;

static void yes_no(const char *what, int yes)
{
	printf("%-44s %s\n", what, yes ? "yes" : "no");
	fflush(stdout);
}

/*
 * clone(flags, 0, NULL, &child_tid, 0) with CLONE_VM | CLONE_VFORK: the
 * child, on the parent's stack, calls execve(path, argv, envp) if path
 * is given, then exit(7), without a call or a return of its own.
 */
static long vfork_child(unsigned long flags, const char *path,
			char **argv, char **envp)
{
	register int *r10 __asm__("r10") = &child_tid;
	register long r8 __asm__("r8") = 0;
	register const char *r12 __asm__("r12") = path;
	register char **r13 __asm__("r13") = argv;
	register char **r14 __asm__("r14") = envp;
	long ret;

	__asm__ volatile("syscall\n\t"
			 "test %%rax, %%rax\n\t"
			 "jnz 1f\n\t"
			 "test %%r12, %%r12\n\t"
			 "jz 2f\n\t"
			 "mov %%r12, %%rdi\n\t"
			 "mov %%r13, %%rsi\n\t"
			 "mov %%r14, %%rdx\n\t"
			 "mov $59, %%eax\n\t"	/* execve */
			 "syscall\n"
			 "2:\tmov $60, %%eax\n\t"	/* exit */
			 "mov $7, %%edi\n\t"
			 "syscall\n"
			 "1:"
			 : "=a"(ret)
			 : "a"(SYS_clone), "D"(flags), "S"(0UL), "d"(0UL),
			   "r"(r10), "r"(r8), "r"(r12), "r"(r13), "r"(r14)
			 : "rcx", "r11", "memory");
	return ret;
}

static void reap(const char *what, long pid)
{
	int status;

	if (pid < 0) {
		errno = -pid;
		try(what, -1);
	} else if (wait4(pid, &status, 0, NULL) == pid) {
		show_status(what, status);
	}
}

int main(int argc, char **argv, char **envp)
{
	const unsigned long vfork = CLONE_VM | CLONE_VFORK | SIGCHLD;
	char hello[256];
	char *args[] = { "hello", NULL };
	long pid;

	(void)argc;
	sibling(hello, sizeof(hello), argv[0], 0, "hello");
	fflush(stdout);
	pid = syscall(SYS_clone, CLONE_PARENT_SETTID | CLONE_CHILD_SETTID |
		      CLONE_CHILD_CLEARTID | SIGCHLD, 0, &parent_tid,
		      &child_tid, 0);
	if (pid == 0) {
		yes_no("child: its pid at child_tid:", child_tid == getpid());
		yes_no("child: parent_tid as before the copy:",
		       parent_tid == -1);
		_exit(3);
	}
	if (pid < 0) {
		try("clone with the three tid flags:", pid);
		return 1;
	}
	reap("clone with the three tid flags:", pid);
	yes_no("parent: the child's pid at parent_tid:", parent_tid == pid);
	yes_no("parent: child_tid as before:", child_tid == -1);

	pid = vfork_child(vfork | CLONE_CHILD_CLEARTID, NULL, NULL, NULL);
	printf("%-44s %d\n", "vfork, exit: child_tid then:", child_tid);
	reap("vfork, exit:", pid);
	child_tid = -1;
	pid = vfork_child(vfork | CLONE_CHILD_CLEARTID, hello, args, envp);
	printf("%-44s %d\n", "vfork, execve: child_tid then:", child_tid);
	reap("vfork, execve of hello:", pid);
	child_tid = -1;
	pid = vfork_child(vfork | CLONE_CHILD_SETTID, NULL, NULL, NULL);
	yes_no("vfork, CLONE_CHILD_SETTID: its pid there:",
	       child_tid == pid);
	reap("vfork, CLONE_CHILD_SETTID:", pid);
	return 0;
}
