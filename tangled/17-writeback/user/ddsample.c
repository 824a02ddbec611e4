/*
 * user/ddsample.c: seed 000's experiment. A child writes FILE, MIB
 * megabytes of zeros one megabyte at a time as dd bs=1M does, while
 * this process prints, every MS milliseconds of the kernel's clock, the
 * page cache's numbers from /proc/meminfo and /proc/vmstat, in kB.
 * Usage: ddsample FILE MIB MS
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MIB	(1024 * 1024)

static char block[MIB];		/* zeros, as from /dev/zero */

/* The number after "NAME" in the file's text, or -1. */
static long field(const char *text, const char *name)
{
	const char *p = strstr(text, name);

	return p ? strtol(p + strlen(name), NULL, 10) : -1;
}

static int slurp(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n, len = 0;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf + len, size - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = '\0';
	return n < 0 ? -1 : 0;
}

static long ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 +
	       (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* One line: the time, then the page cache and the thresholds in kB. */
static void sample(const struct timespec *t0)
{
	static char mem[4096], vm[4096];
	long page_kb = sysconf(_SC_PAGESIZE) / 1024;

	if (slurp("/proc/meminfo", mem, sizeof(mem)) ||
	    slurp("/proc/vmstat", vm, sizeof(vm))) {
		printf("ddsample: /proc: %s\n", strerror(errno));
		return;
	}
	printf("sample %6ld %7ld %7ld %7ld %6ld %7ld %7ld\n", ms_since(t0),
	       field(mem, "MemFree:"), field(mem, "\nCached:"),
	       field(mem, "Dirty:"), field(mem, "Writeback:"),
	       field(vm, "nr_dirty_threshold ") * page_kb,
	       field(vm, "nr_dirty_background_threshold ") * page_kb);
	fflush(stdout);
}

/* The child: dd if=/dev/zero of=FILE bs=1M count=MIB. */
static int write_file(const char *name, long mib)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	long i;

	if (fd < 0)
		return 1;
	for (i = 0; i < mib; i++)
		if (write(fd, block, MIB) != MIB)
			return 1;
	return close(fd) ? 1 : 0;
}

int main(int argc, char **argv)
{
	struct timespec t0, next;
	long mib = argc == 4 ? atol(argv[2]) : 0;
	long ms = argc == 4 ? atol(argv[3]) : 0;
	int status, done = 0;
	pid_t pid;

	if (mib <= 0 || ms <= 0) {
		fprintf(stderr, "usage: ddsample FILE MIB MS\n");
		return 2;
	}
	printf("ddsample: %ld MiB to %s, a sample every %ld ms\n", mib,
	       argv[1], ms);
	printf("         (ms) MemFree  Cached   Dirty  Wback  Thresh BgThresh"
	       " (kB)\n");
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	sample(&t0);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0)
		_exit(write_file(argv[1], mib));
	next = t0;
	while (!done) {
		next.tv_nsec += ms * 1000000;
		next.tv_sec += next.tv_nsec / 1000000000;
		next.tv_nsec %= 1000000000;
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
		sample(&t0);
		done = waitpid(pid, &status, WNOHANG) == pid;
	}
	printf("dd: %ld MiB in %ld ms, %s\n", mib, ms_since(&t0),
	       WIFEXITED(status) && !WEXITSTATUS(status) ? "done" : "failed");
	return 0;
}
