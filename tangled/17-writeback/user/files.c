/* user/files.c: create, write, read back, seek, truncate, list, unlink. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BIG	5000	/* more than a page: the file has two */

static void check(const char *what, long ret)
{
	if (ret < 0)
		printf("%-36s error %s\n", what, strerror(errno));
	else
		printf("%-36s %ld\n", what, ret);
}

static void show_stat(const char *name)
{
	struct stat st;

	if (stat(name, &st))
		printf("stat %-31s %s\n", name, strerror(errno));
	else
		printf("stat %-31s size %lld, mode %o, links %lu\n", name,
		       (long long)st.st_size, (unsigned int)st.st_mode,
		       (unsigned long)st.st_nlink);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *name)
{
	DIR *d = opendir(name);
	struct dirent *e;
	char *names[16];
	int n = 0, i;

	if (!d) {
		printf("opendir %s: %s\n", name, strerror(errno));
		return;
	}
	while ((e = readdir(d)) && n < 16)
		names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof(names[0]), by_name);
	printf("%s holds", name);
	for (i = 0; i < n; i++) {
		printf(" %s", names[i]);
		free(names[i]);
	}
	printf("\n");
}

int main(void)
{
	char dir[] = "/tmp/files.XXXXXX", buf[BIG], cwd[256];
	int fd, fd2, i, made_tmp;

	made_tmp = mkdir("/tmp", 01777) == 0;	/* our root has none */
	if (!mkdtemp(dir) || chdir(dir)) {
		perror("files: a directory of its own");
		return 1;
	}
	umask(022);
	printf("getcwd ends in the new directory: %s\n",
	       getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, dir) ? "yes" : "no");

	fd = open("notes", O_WRONLY | O_CREAT | O_EXCL, 0666);
	check("open notes O_CREAT|O_EXCL", fd);
	for (i = 0; i < BIG; i++)
		buf[i] = 'a' + i % 26;
	check("write 5000 bytes", write(fd, buf, BIG));
	check("close", close(fd));
	show_stat("notes");
	check("open notes again O_EXCL",
	      open("notes", O_WRONLY | O_CREAT | O_EXCL, 0666));

	fd = open("notes", O_RDWR);
	memset(buf, 0, sizeof(buf));
	check("read 8", read(fd, buf, 8));
	printf("  %.8s\n", buf);
	check("lseek 4093 SEEK_SET", lseek(fd, 4093, SEEK_SET));
	check("read 6 across the page boundary", read(fd, buf, 6));
	printf("  %.6s\n", buf);
	check("lseek -2 SEEK_CUR", lseek(fd, -2, SEEK_CUR));
	check("lseek 0 SEEK_END", lseek(fd, 0, SEEK_END));
	check("read at the end", read(fd, buf, 6));
	check("lseek -1 SEEK_SET", lseek(fd, -1, SEEK_SET));
	check("pread 4 at 26", pread(fd, buf, 4, 26));
	printf("  %.4s\n", buf);
	check("pwrite 3 at 1", pwrite(fd, "XYZ", 3, 1));
	check("pread 5 at 0", pread(fd, buf, 5, 0));
	printf("  %.5s\n", buf);

	fd2 = dup(fd);
	check("dup", fd2);
	check("lseek 10 through the first", lseek(fd, 10, SEEK_SET));
	check("lseek 0 SEEK_CUR through the dup", lseek(fd2, 0, SEEK_CUR));
	check("dup2 onto 9", dup2(fd, 9));
	check("close 9", close(9));
	check("close 9 again", close(9));
	check("close the dup", close(fd2));

	check("ftruncate 100", ftruncate(fd, 100));
	show_stat("notes");
	check("read 10 at 95", pread(fd, buf, 10, 95));
	check("ftruncate 8192", ftruncate(fd, 8192));
	check("read 4 at 5000", pread(fd, buf, 4, 5000));
	printf("  %d %d %d %d\n", buf[0], buf[1], buf[2], buf[3]);
	check("fsync", fsync(fd));
	check("fdatasync", fdatasync(fd));
	check("close", close(fd));

	fd = open("notes", O_WRONLY | O_APPEND);
	check("write 4 with O_APPEND", write(fd, "tail", 4));
	check("lseek 0 SEEK_CUR", lseek(fd, 0, SEEK_CUR));
	close(fd);
	fd = open("notes", O_WRONLY | O_TRUNC);
	check("open O_TRUNC", fd >= 0 ? 0 : -1);
	close(fd);
	show_stat("notes");

	check("mkdir sub", mkdir("sub", 0777));
	check("mkdir sub again", mkdir("sub", 0777));
	close(open("sub/a", O_CREAT | O_WRONLY, 0600));
	close(open("sub/b", O_CREAT | O_WRONLY, 0600));
	show_stat("sub/a");
	list("sub");
	check("open sub O_WRONLY", open("sub", O_WRONLY));
	check("open notes/x", open("notes/x", O_RDONLY));
	check("open notes O_DIRECTORY", open("notes", O_DIRECTORY));
	check("open missing", open("missing", O_RDONLY));
	check("rmdir sub (not empty)", rmdir("sub"));
	check("unlink sub", unlink("sub"));
	check("chdir sub", chdir("sub"));
	check("unlink a (relative)", unlink("a"));
	check("unlink ../sub/b", unlink("../sub/b"));
	check("chdir ..", chdir(".."));
	check("rmdir sub", rmdir("sub"));
	list(".");

	fd = open("/dev/null", O_RDWR);
	check("write to /dev/null", write(fd, buf, 100));
	check("read from /dev/null", read(fd, buf, 100));
	close(fd);
	fd = open("/dev/zero", O_RDONLY);
	memset(buf, 1, 16);
	check("read from /dev/zero", read(fd, buf, 16));
	printf("  %d %d\n", buf[0], buf[15]);
	close(fd);

	check("unlink notes", unlink("notes"));
	show_stat("notes");
	check("chdir /", chdir("/"));
	check("rmdir the directory", rmdir(dir));
	if (made_tmp)
		rmdir("/tmp");
	sync();
	return 0;
}
