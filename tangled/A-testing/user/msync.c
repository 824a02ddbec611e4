/*
 * user/msync.c: stores through a shared mapping of a file, and msync(2).
 * Usage: msync            (a file of its own in a new directory in /tmp)
 *        msync -d FILE    (FILE of 2 pages on a disk: /proc/vmstat too;
 *                          then it waits, to be stopped with the machine)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "errno_name.h"

#define PAGE	4096

static const char *yes(int c)
{
	return c ? "yes" : "no";
}

static void result(const char *what, int ret)
{
	printf("%-50s %s\n", what, ret ? errno_name(errno) : "0");
}

/* A counter of /proc/vmstat, or -1. */
static long vmstat(const char *name)
{
	FILE *f = fopen("/proc/vmstat", "r");
	char key[64];
	long v = -1, n;

	if (!f)
		return -1;
	while (fscanf(f, "%63s %ld", key, &n) == 2)
		if (!strcmp(key, name))
			v = n;
	fclose(f);
	return v;
}

/* Does byte off of the file hold c, as read(2) sees it? */
static int holds(int fd, off_t off, char c)
{
	char got = 0;

	return pread(fd, &got, 1, off) == 1 && got == c;
}

/* -d FILE: the counters around stores, MS_SYNC, and stores again. */
static int on_disk(const char *path)
{
	int fd = open(path, O_RDWR);
	long dirty, written;
	char *p;

	p = fd < 0 ? MAP_FAILED : mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
				       MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		perror("msync: the file on the disk");
		return 1;
	}
	dirty = vmstat("nr_dirty");
	memset(p, 'A', 2 * PAGE);
	printf("two pages stored to: nr_dirty grew by 2 or more: %s\n",
	       yes(vmstat("nr_dirty") >= dirty + 2));
	written = vmstat("nr_written");
	result("msync(MS_SYNC)", msync(p, 2 * PAGE, MS_SYNC));
	printf("nr_written grew by 2 or more: %s\n",
	       yes(vmstat("nr_written") >= written + 2));
	printf("nr_dirty fell back: %s\n", yes(vmstat("nr_dirty") <= dirty));
	dirty = vmstat("nr_dirty");
	memset(p + PAGE, 'B', PAGE);
	printf("the second page stored to again: nr_dirty grew: %s\n",
	       yes(vmstat("nr_dirty") > dirty));
	written = vmstat("nr_written");
	result("msync(MS_SYNC) of the second page", msync(p + PAGE, PAGE,
							  MS_SYNC));
	printf("nr_written grew: %s\n", yes(vmstat("nr_written") > written));
	memset(p, 'C', PAGE);
	printf("the first page stored to, not synced: read(2) sees it: %s\n",
	       yes(holds(fd, 0, 'C')));
	printf("msync: the machine may stop now\n");
	fflush(stdout);
	for (;;)		/* the mapping and the file stay as they are */
		sleep(60);
}

int main(int argc, char **argv)
{
	char dir[] = "/tmp/msync.XXXXXX", buf[3 * PAGE];
	int fd, made_tmp;
	char *p, *pr, *an;

	if (argc == 3 && !strcmp(argv[1], "-d"))
		return on_disk(argv[2]);
	made_tmp = mkdir("/tmp", 01777) == 0;	/* our root has none */
	if (!mkdtemp(dir) || chdir(dir)) {
		perror("msync: a directory of its own");
		return 1;
	}
	fd = open("data", O_RDWR | O_CREAT, 0644);
	memset(buf, 'a', sizeof(buf));
	printf("write 3 pages: %zd\n", write(fd, buf, sizeof(buf)));
	p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	pr = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	an = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || pr == MAP_FAILED || an == MAP_FAILED) {
		perror("msync: mmap");
		return 1;
	}
	p[10] = 'x';
	printf("a store is seen by read(2): %s\n", yes(holds(fd, 10, 'x')));
	result("msync(MS_SYNC) of the 3 pages", msync(p, 3 * PAGE, MS_SYNC));
	p[11] = 'y';
	printf("a store after it is seen too: %s\n", yes(holds(fd, 11, 'y')));
	result("msync(MS_ASYNC)", msync(p, 3 * PAGE, MS_ASYNC));
	result("msync(MS_INVALIDATE)", msync(p, PAGE, MS_INVALIDATE));
	result("msync(MS_SYNC | MS_INVALIDATE)",
	       msync(p, PAGE, MS_SYNC | MS_INVALIDATE));
	result("msync of 1 byte", msync(p + PAGE, 1, MS_SYNC));
	result("msync of 0 bytes", msync(p, 0, MS_SYNC));
	pr[0] = 'P';
	result("msync(MS_SYNC) of a private map", msync(pr, PAGE, MS_SYNC));
	printf("its store stays its own: %s\n", yes(holds(fd, 0, 'a')));
	result("msync(MS_SYNC) of an anonymous map", msync(an, PAGE, MS_SYNC));
	result("msync with flags 8", msync(p, PAGE, 8));
	result("msync at an address inside a page", msync(p + 1, PAGE,
							  MS_SYNC));
	result("msync(MS_ASYNC | MS_SYNC)", msync(p, PAGE, MS_ASYNC | MS_SYNC));
	result("msync of a range that wraps around",
	       msync(p, (size_t)-PAGE, MS_SYNC));
	munmap(p + PAGE, PAGE);
	p[2 * PAGE] = 'z';
	result("msync(MS_SYNC) over a hole", msync(p, 3 * PAGE, MS_SYNC));
	printf("the page after the hole is the file's: %s\n",
	       yes(holds(fd, 2 * PAGE, 'z')));
	result("msync(MS_ASYNC) over a hole", msync(p, 3 * PAGE, MS_ASYNC));
	result("msync of the hole alone", msync(p + PAGE, PAGE, MS_SYNC));
	munmap(p, PAGE);
	munmap(p + 2 * PAGE, PAGE);
	result("msync of a range nothing maps", msync(p, PAGE, MS_SYNC));
	munmap(pr, PAGE);
	munmap(an, PAGE);
	close(fd);
	printf("unlink: %d\n", unlink("data"));
	chdir("/");
	printf("rmdir: %d\n", rmdir(dir));
	if (made_tmp)
		rmdir("/tmp");
	return 0;
}
