/* user/pipes.c: pipes between processes: EOF, EPIPE, EAGAIN, a big write. */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "errno_name.h"

#define BIG	100000	/* more than the ring's 16 pages */

static void show(const char *what, long ret)
{
	if (ret < 0)
		printf("%-48s %s\n", what, errno_name(errno));
	else
		printf("%-48s %ld\n", what, ret);
	fflush(stdout);		/* before a fork, and before a child ends */
}

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static char big[BIG];

/* The child writes a line and ends; the parent reads to end of file. */
static void parent_and_child(void)
{
	char buf[64];
	int fd[2], status, n, got = 0;
	pid_t pid;

	show("pipe", pipe(fd));
	pid = fork();
	if (pid == 0) {
		close(fd[0]);
		write(fd[1], "through the pipe", 16);
		_exit(0);
	}
	close(fd[1]);
	while ((n = read(fd[0], buf + got, sizeof(buf) - 1 - got)) > 0)
		got += n;
	buf[got] = '\0';
	printf("the parent read \"%s\"\n", buf);
	show("read after the last writer is gone", read(fd[0], buf, 1));
	close(fd[0]);
	waitpid(pid, &status, 0);
	show("the child's status", status);
}

/* More than the ring holds: the writer waits for the reader to drain. */
static void big_write(void)
{
	int fd[2], status, i, n, got = 0, same = 1;
	char buf[4000];
	pid_t pid;

	for (i = 0; i < BIG; i++)
		big[i] = i % 251;
	pipe(fd);
	pid = fork();
	if (pid == 0) {
		close(fd[1]);
		while ((n = read(fd[0], buf, sizeof(buf))) > 0) {
			for (i = 0; i < n; i++)
				same &= buf[i] == (char)((got + i) % 251);
			got += n;
		}
		printf("the child read %d bytes, as they were written: %s\n",
		       got, yes(same));
		fflush(stdout);
		_exit(got == BIG && same ? 0 : 1);
	}
	close(fd[0]);
	show("write 100000 bytes to a pipe", write(fd[1], big, BIG));
	close(fd[1]);
	waitpid(pid, &status, 0);
	show("the child's status", status);
}

int main(void)
{
	struct stat st, st2;
	int fd[2], fd2, low, again;

	parent_and_child();
	big_write();

	/* Linux: the write sends SIGPIPE, here ignored.  This kernel has
	 * no signals: rt_sigaction fails, and the write says EPIPE alone. */
	signal(SIGPIPE, SIG_IGN);
	pipe(fd);
	close(fd[0]);
	show("write with no reader", write(fd[1], "x", 1));
	close(fd[1]);

	show("pipe2(O_NONBLOCK)", pipe2(fd, O_NONBLOCK));
	show("read from an empty pipe", read(fd[0], big, 1));
	show("write 100000 bytes without blocking", write(fd[1], big, BIG));
	show("write 1 byte to the full pipe", write(fd[1], big, 1));
	show("read 100000 bytes", read(fd[0], big, BIG));
	fd2 = dup(fd[1]);
	close(fd[1]);
	show("read with a dup of the writer open", read(fd[0], big, 1));
	close(fd2);
	show("read with no writer left", read(fd[0], big, 1));

	fstat(fd[0], &st);
	printf("fstat: a FIFO: %s, mode %o\n", yes(S_ISFIFO(st.st_mode)),
	       st.st_mode & 07777);
	close(fd[0]);
	pipe(fd);
	fstat(fd[0], &st);
	fstat(fd[1], &st2);
	printf("both ends have one inode: %s\n",
	       yes(st.st_ino == st2.st_ino && st.st_dev == st2.st_dev));
	show("fcntl(read end, F_GETFL) & O_ACCMODE",
	     fcntl(fd[0], F_GETFL) & O_ACCMODE);
	show("fcntl(write end, F_GETFL) & O_ACCMODE",
	     fcntl(fd[1], F_GETFL) & O_ACCMODE);
	show("lseek on a pipe", lseek(fd[0], 0, SEEK_SET));
	close(fd[0]);
	close(fd[1]);

	low = dup(0);
	close(low);
	show("pipe2(fd, O_APPEND)", pipe2(fd, O_APPEND));
	show("pipe2(NULL, 0)", syscall(SYS_pipe2, NULL, 0));
	show("pipe2(fd, O_CLOEXEC)", pipe2(fd, O_CLOEXEC));
	show("  the read end close-on-exec", fcntl(fd[0], F_GETFD));
	close(fd[0]);
	close(fd[1]);
	again = dup(0);
	printf("no descriptor left behind: %s\n", yes(again == low));
	close(again);
	return 0;
}
