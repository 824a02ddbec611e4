/* bench/fork_linux.c: the same on the build machine's Linux. */
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE_SIZE	4096UL
#define FK_BYTES	(64UL << 20)
#define FK_PAGES	(FK_BYTES / PAGE_SIZE)
#define FK_RUNS		5

struct fk_times {
	double touch, fork, cow;	/* ns per page, ns, ns per page */
};

double fk_clock_ns(void);
struct fk_times fk_linux(void);

double fk_clock_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static double fk_touch(char *p, char c)
{
	double start = fk_clock_ns();
	unsigned long i;

	for (i = 0; i < FK_PAGES; i++)
		((volatile char *)p)[i * PAGE_SIZE] = c;
	return (fk_clock_ns() - start) / FK_PAGES;
}

struct fk_times fk_linux(void)
{
	struct fk_times t = { -1, -1, -1 };
	int fd[2];
	double start;
	pid_t pid;
	char *p = mmap(NULL, FK_BYTES, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return t;
	madvise(p, FK_BYTES, MADV_NOHUGEPAGE);
	t.touch = fk_touch(p, 1);
	if (pipe(fd) == 0) {
		fflush(stdout);
		start = fk_clock_ns();
		pid = fork();
		if (pid == 0) {
			double cow = fk_touch(p, 2);

			_exit(write(fd[1], &cow, sizeof(cow)) !=
			      sizeof(cow));
		}
		t.fork = fk_clock_ns() - start;
		if (pid < 0 || read(fd[0], &t.cow, sizeof(t.cow)) !=
		    sizeof(t.cow))
			t.cow = -1;
		if (pid > 0)
			waitpid(pid, NULL, 0);
		close(fd[0]);
		close(fd[1]);
	}
	munmap(p, FK_BYTES);
	return t;
}
