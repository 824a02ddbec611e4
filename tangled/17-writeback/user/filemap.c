/* user/filemap.c: a file through read and write, and mapped by mmap. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGE	4096
#define LEN	(3 * PAGE)

static const char *yes(int c)
{
	return c ? "yes" : "no";
}

static void errno_of(const char *what, void *p)
{
	printf("%-44s %s\n", what, p == MAP_FAILED ? strerror(errno) :
	       "mapped");
	if (p != MAP_FAILED)
		munmap(p, PAGE);
}

/* How a child ended, as the parent's wait status says. */
static void show_status(const char *what, int status)
{
	if (WIFSIGNALED(status))
		printf("%-44s killed by signal %d\n", what, WTERMSIG(status));
	else
		printf("%-44s exit %d\n", what, WEXITSTATUS(status));
}

int main(void)
{
	char dir[] = "/tmp/filemap.XXXXXX", buf[LEN], c;
	int fd, ro, wo, made_tmp, status, i, same;
	char *sh, *pr, *p;

	made_tmp = mkdir("/tmp", 01777) == 0;	/* our root has none */
	if (!mkdtemp(dir) || chdir(dir)) {
		perror("filemap: a directory of its own");
		return 1;
	}
	fd = open("data", O_RDWR | O_CREAT, 0644);
	for (i = 0; i < LEN; i++)
		buf[i] = 'a' + i % 26;
	printf("write 3 pages: %zd\n", write(fd, buf, LEN));
	memset(buf, 0, sizeof(buf));
	printf("read them back: %zd\n", pread(fd, buf, LEN, 0));
	for (i = 0, same = 1; i < LEN; i++)
		same &= buf[i] == 'a' + i % 26;
	printf("the bytes are the ones written: %s\n", yes(same));

	sh = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	pr = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (sh == MAP_FAILED || pr == MAP_FAILED) {
		perror("filemap: mmap");
		return 1;
	}
	printf("a shared map reads the file: %s\n",
	       yes(!memcmp(sh, buf, LEN)));
	printf("a private map reads the file: %s\n",
	       yes(!memcmp(pr, buf, LEN)));
	sh[5000] = 'S';
	pread(fd, &c, 1, 5000);
	printf("a shared write is seen by read(2): %s\n", yes(c == 'S'));
	printf("and by the private map: %s\n", yes(pr[5000] == 'S'));
	pr[100] = 'P';
	pread(fd, &c, 1, 100);
	printf("a private write is not seen by read(2): %s\n",
	       yes(c == 'a' + 100 % 26));
	printf("nor by the shared map: %s\n", yes(sh[100] != 'P'));
	pwrite(fd, "W", 1, 200);
	printf("write(2) is seen by the shared map: %s\n",
	       yes(sh[200] == 'W'));
	printf("not by the private map's copied page: %s\n",
	       yes(pr[200] != 'W'));
	p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	p[2 * PAGE + 5] = 'Q';		/* written before it is read */
	pread(fd, &c, 1, 2 * PAGE + 5);
	printf("a first write to a private map is its own: %s\n",
	       yes(c != 'Q' && p[2 * PAGE + 6] == buf[2 * PAGE + 6]));
	munmap(p, LEN);
	p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	p[2 * PAGE + 7] = 'T';
	pread(fd, &c, 1, 2 * PAGE + 7);
	printf("a first write to a shared map is the file's: %s\n",
	       yes(c == 'T'));
	munmap(p, LEN);

	if (fork() == 0) {
		sh[10] = 'C';
		pr[3000] = 'c';
		_exit(pr[100] == 'P' ? 0 : 1);
	}
	wait(&status);
	show_status("a child with both maps:", status);
	printf("its shared write is seen: %s\n", yes(sh[10] == 'C'));
	printf("its private write is not: %s\n", yes(pr[3000] != 'c'));
	munmap(pr, LEN);

	printf("ftruncate to 4196: %d\n", ftruncate(fd, PAGE + 100));
	printf("the old shared map, past the end in its page: %d\n",
	       sh[PAGE + 200]);
	if (fork() == 0) {
		c = sh[2 * PAGE];	/* mapped before: gone now */
		_exit(c);
	}
	wait(&status);
	show_status("a child touching the old map's last page:", status);
	munmap(sh, LEN);
	printf("read at 8192: %zd\n", pread(fd, buf, 10, 2 * PAGE));
	p = mmap(NULL, LEN, PROT_READ, MAP_SHARED, fd, 0);
	printf("a byte past the end, in the last page: %d\n", p[PAGE + 200]);
	if (fork() == 0) {
		c = p[2 * PAGE];		/* past the last page: SIGBUS */
		_exit(c);
	}
	wait(&status);
	show_status("a child touching a page past the end:", status);
	munmap(p, LEN);

	ro = open("data", O_RDONLY);
	wo = open("data", O_WRONLY);
	errno_of("mmap shared writable of a read-only file:",
		 mmap(NULL, PAGE, PROT_WRITE, MAP_SHARED, ro, 0));
	errno_of("mmap shared read-only of a read-only file:",
		 mmap(NULL, PAGE, PROT_READ, MAP_SHARED, ro, 0));
	errno_of("mmap private writable of a read-only file:",
		 mmap(NULL, PAGE, PROT_WRITE, MAP_PRIVATE, ro, 0));
	errno_of("mmap of a write-only file:",
		 mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, wo, 0));
	errno_of("mmap of a closed descriptor:",
		 mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 99, 0));
	errno_of("mmap of a directory:",
		 mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE,
		      open(".", O_RDONLY), 0));
	close(ro);
	close(wo);
	close(fd);
	printf("unlink: %d\n", unlink("data"));
	chdir("/");
	printf("rmdir: %d\n", rmdir(dir));
	if (made_tmp)
		rmdir("/tmp");
	return 0;
}
