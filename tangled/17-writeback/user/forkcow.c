/* user/forkcow.c: parent and child diverge after fork's writes. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int global = 1;

static void show(const char *who, int stack, const int *heap)
{
	printf("%s: global %d heap %d stack %d\n", who, global, *heap,
	       stack);
	fflush(stdout);
}

int main(void)
{
	int *heap = malloc(4096), stack = 3, status;
	pid_t pid;

	*heap = 2;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		global = 10;
		*heap = 20;
		stack = 30;
		show("child", stack, heap);
		_exit(7);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	show("parent", stack, heap);
	printf("child exited %d\n", WIFEXITED(status) ?
	       WEXITSTATUS(status) : -1);
	global = 100;
	show("parent", stack, heap);
	pid = fork();
	if (pid == 0) {
		mprotect(heap, 4096, PROT_READ);
		mprotect(heap, 4096, PROT_READ | PROT_WRITE);
		*heap = 200;
		_exit(*heap == 200 ? 0 : 1);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	show("parent after the child's mprotect", stack, heap);
	return 0;
}
