/* user/direct.c: O_DIRECT reads and writes on a directory of ext2. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MB	(1024 * 1024)

static char wbuf[MB + 4096] __attribute__((aligned(4096)));
static char rbuf[MB + 4096] __attribute__((aligned(4096)));
static char page[4096] __attribute__((aligned(4096)));

/* Byte i of the 1 MiB files: a line naming its sector, over and over. */
static void pattern(char *buf, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i += 512) {
		int k = snprintf(buf + i, 512, "%s, sector %zu\n", name,
				 i / 512);

		memset(buf + i + k, '.', 511 - k);
		buf[i + 511] = '\n';
	}
}

/* What file name holds after the run: the run's writes, replayed. */
static size_t expect(const char *name, char *buf)
{
	if (!strcmp(name, "buffered")) {
		pattern(buf, MB, "buffered");
		return MB;
	}
	if (!strcmp(name, "sparse")) {
		memset(buf, 0, 65536 + 4096);
		memset(buf, 'H', 4096);
		memset(buf + 65536, 'S', 4096);
		return 65536 + 4096;
	}
	pattern(buf, MB, "dio");
	memset(buf + 3 * 512, '3', 512);
	memset(buf + 2 * 4096, 'B', 4096);
	memset(buf + 16 * 4096, 'D', 4096);
	memset(buf + MB, 'E', 512);
	return MB + 512;
}

static long cached_kb(void)
{
	FILE *f = fopen("/proc/meminfo", "r");
	char line[128];
	long kb = -1;

	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Cached: %ld kB", &kb) == 1)
			break;
	if (f)
		fclose(f);
	return kb;
}

static const char *err(long ret)
{
	return ret < 0 ? strerror(errno) : "no error";
}

static void result(const char *what, long ret)
{
	if (ret < 0)
		printf("%s: %s\n", what, strerror(errno));
	else
		printf("%s: %ld\n", what, ret);
}

static const char *same(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) ? "differs" : "same";
}

static void rules(void)
{
	int fd = open("/direct-ramfs", O_CREAT | O_RDWR | O_DIRECT, 0644);

	printf("open O_DIRECT on ramfs: %s\n", err(fd));
	printf("open O_DIRECT of /proc/meminfo: %s\n",
	       err(open("/proc/meminfo", O_RDONLY | O_DIRECT)));
	fd = open("/direct-ramfs", O_RDWR);
	printf("fcntl F_SETFL O_DIRECT on ramfs: %s\n",
	       err(fcntl(fd, F_SETFL, O_DIRECT)));
	close(fd);
	unlink("/direct-ramfs");
}

static void write_1mb(int fd, const char *name)
{
	long n = 0, ret = 0;

	pattern(wbuf, MB, name);
	while (n < MB && (ret = write(fd, wbuf + n, 65536)) > 0)
		n += ret;
	result(fd < 0 ? "open" : "write 1 MiB in 64 KiB pieces",
	       ret < 0 ? ret : n);
}

static void unaligned(int fd)
{
	result("pwrite at offset 100", pwrite(fd, wbuf, 4096, 100));
	result("pwrite from an address 8 bytes into a page",
	       pwrite(fd, wbuf + 8, 4096, 0));
	result("pwrite of 100 bytes", pwrite(fd, wbuf, 100, 0));
	result("pread at offset 100", pread(fd, rbuf, 4096, 100));
	result("pread of 1000 bytes", pread(fd, rbuf, 1000, 0));
	result("pread into an address 8 bytes into a page",
	       pread(fd, rbuf + 8, 4096, 0));
	memset(page, '3', 512);
	result("pwrite of 512 bytes at offset 1536 (sectors, not blocks)",
	       pwrite(fd, page, 512, 1536));
}

static void coherence(int fd)
{
	int bfd = open("dio", O_RDWR);

	/* a buffered write, still dirty in the cache, then a direct read */
	memset(page, 'B', 4096);
	pwrite(bfd, page, 4096, 2 * 4096);
	pread(fd, rbuf, 4096, 2 * 4096);
	printf("O_DIRECT read after a buffered write: %s\n",
	       same(rbuf, page, 4096));
	/* a page in the cache, a direct write over it, a buffered read */
	pread(bfd, rbuf, 4096, 16 * 4096);
	memset(page, 'D', 4096);
	pwrite(fd, page, 4096, 16 * 4096);
	pread(bfd, rbuf, 4096, 16 * 4096);
	printf("buffered read after an O_DIRECT write: %s\n",
	       same(rbuf, page, 4096));
	close(bfd);
}

static void end_of_file(int fd)
{
	struct stat st;

	result("pread of 8 KiB at 1 MiB - 4 KiB",
	       pread(fd, rbuf, 8192, MB - 4096));
	result("pread at the end", pread(fd, rbuf, 4096, MB));
	memset(page, 'E', 512);
	result("pwrite of 512 bytes at the end", pwrite(fd, page, 512, MB));
	fstat(fd, &st);
	printf("size: %lld\n", (long long)st.st_size);
	result("pread of 4 KiB at 1 MiB", pread(fd, rbuf, 4096, MB));
	printf("the bytes: %s\n", same(rbuf, page, 512));
}

static void holes(void)
{
	int fd = open("sparse", O_CREAT | O_RDWR | O_TRUNC, 0644), dfd;

	memset(page, 'S', 4096);
	pwrite(fd, page, 4096, 65536);
	fsync(fd);
	dfd = open("sparse", O_RDWR | O_DIRECT);
	memset(rbuf, 'x', 4096);
	result("O_DIRECT pread of a hole", pread(dfd, rbuf, 4096, 0));
	memset(page, 0, 4096);
	printf("reads zeros: %s\n", same(rbuf, page, 4096));
	memset(page, 'H', 4096);
	result("O_DIRECT pwrite into the hole", pwrite(dfd, page, 4096, 0));
	pread(dfd, rbuf, 4096, 0);
	printf("read back: %s\n", same(rbuf, page, 4096));
	close(dfd);
	close(fd);
}

int main(int argc, char **argv)
{
	long before, after;
	int fd, bfd;

	if (argc == 3 && !strcmp(argv[1], "--expect")) {
		fwrite(rbuf, 1, expect(argv[2], rbuf), stdout);
		return 0;
	}
	if (argc != 2 || chdir(argv[1])) {
		fprintf(stderr, "usage: direct DIR (a directory of ext2)\n");
		return 2;
	}
	rules();
	before = cached_kb();
	fd = open("dio", O_CREAT | O_RDWR | O_TRUNC | O_DIRECT, 0644);
	write_1mb(fd, "dio");
	after = cached_kb();
	printf("Cached grew by %ld kB\n", after - before);
	bfd = open("buffered", O_CREAT | O_RDWR | O_TRUNC, 0644);
	write_1mb(bfd, "buffered");
	printf("Cached grew by %ld kB\n", cached_kb() - after);
	close(bfd);
	pattern(wbuf, MB, "dio");
	before = cached_kb();
	result("O_DIRECT read of 1 MiB", pread(fd, rbuf, MB, 0));
	printf("Cached grew by %ld kB\n", cached_kb() - before);
	printf("the bytes: %s\n", same(rbuf, wbuf, MB));
	bfd = open("dio", O_RDONLY);
	result("buffered read of 1 MiB", pread(bfd, rbuf, MB, 0));
	printf("the bytes: %s\n", same(rbuf, wbuf, MB));
	printf("F_GETFL has O_DIRECT: %s\n",
	       fcntl(fd, F_GETFL) & O_DIRECT ? "yes" : "no");
	result("fcntl F_SETFL O_DIRECT on ext2",
	       fcntl(bfd, F_SETFL, O_DIRECT));
	result("then a pread at offset 100", pread(bfd, rbuf, 4096, 100));
	close(bfd);
	unaligned(fd);
	coherence(fd);
	end_of_file(fd);
	fsync(fd);
	close(fd);
	holes();
	fd = open("dio", O_RDONLY);
	pread(fd, rbuf, MB + 512, 0);
	printf("dio as expected: %s\n",
	       same(rbuf, wbuf, expect("dio", wbuf)));
	close(fd);
	return 0;
}
