/* user/badfiles.c: the file calls given bad pointers, descriptors, flags. */
#define _GNU_SOURCE	/* dup3, SEEK_DATA and SEEK_HOLE */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "errno_name.h"

#define KERNEL_ADDRESS	((void *)0xffff888000000000UL)
#define UNMAPPED	((void *)0x10000UL)

static void show(const char *what, long ret)
{
	if (ret < 0)
		printf("%-44s %s\n", what, errno_name(errno));
	else
		printf("%-44s %ld\n", what, ret);
}

int main(void)
{
	char dir[] = "/tmp/badfiles.XXXXXX", buf[64], *longname;
	struct iovec iov = { buf, 4 };
	int file, ro, wo, d, made_tmp;

	made_tmp = mkdir("/tmp", 01777) == 0;	/* our root has none */
	if (!mkdtemp(dir) || chdir(dir)) {
		perror("badfiles: a directory of its own");
		return 1;
	}
	file = open("f", O_RDWR | O_CREAT, 0644);
	write(file, "0123456789", 10);
	ro = open("f", O_RDONLY);
	wo = open("f", O_WRONLY);
	d = open(".", O_RDONLY | O_DIRECTORY);
	longname = malloc(5000);
	memset(longname, 'n', 5000);
	longname[300] = '\0';

	show("open(NULL)", syscall(SYS_open, NULL, O_RDONLY));
	show("open(kernel address)", syscall(SYS_open, KERNEL_ADDRESS, 0));
	show("open(unmapped)", syscall(SYS_open, UNMAPPED, O_RDONLY));
	show("open(\"\")", open("", O_RDONLY));
	show("open(300-byte name)", open(longname, O_RDONLY));
	longname[300] = 'n';
	longname[4999] = '\0';
	show("open(4999-byte path)", open(longname, O_RDONLY));
	show("openat(99, \"f\")", openat(99, "f", O_RDONLY));
	show("openat(file, \"f\")", openat(file, "f", O_RDONLY));
	show("open(\"f/\")", open("f/", O_RDONLY));
	show("open(\"new/\", O_CREAT)", open("new/", O_RDONLY | O_CREAT, 0644));
	show("open(\".\", O_RDWR)", open(".", O_RDWR));

	show("read(99)", read(99, buf, 1));
	show("read(-1)", read(-1, buf, 1));
	show("read(file, NULL, 5)", read(ro, NULL, 5));
	show("read(file, kernel address, 5)", read(ro, KERNEL_ADDRESS, 5));
	show("read(file, buf, 0)", read(ro, buf, 0));
	show("read(O_WRONLY file)", read(wo, buf, 1));
	show("write(O_RDONLY file)", write(ro, buf, 1));
	show("write(file, unmapped, 5)", write(wo, UNMAPPED, 5));
	show("read(directory)", read(d, buf, 1));
	show("pread(file, buf, 1, -1)", pread(ro, buf, 1, -1));
	show("pread(99, buf, 1, -1)", pread(99, buf, 1, -1));
	show("pwrite(O_RDONLY file, buf, 1, 0)", pwrite(ro, buf, 1, 0));
	show("readv(file, iov, -1)", readv(ro, &iov, -1));
	show("readv(file, NULL, 1)", readv(ro, NULL, 1));
	show("writev(O_RDONLY file, iov, 1)", writev(ro, &iov, 1));

	show("lseek(99, 0, SEEK_SET)", lseek(99, 0, SEEK_SET));
	show("lseek(file, 0, 7)", lseek(ro, 0, 7));
	show("lseek(file, -20, SEEK_END)", lseek(ro, -20, SEEK_END));
	show("lseek(file, 20, SEEK_DATA)", lseek(ro, 20, SEEK_DATA));
	show("lseek(file, 2, SEEK_HOLE)", lseek(ro, 2, SEEK_HOLE));

	show("close(-1)", close(-1));
	show("dup(99)", dup(99));
	show("dup2(99, 20)", dup2(99, 20));
	show("dup2(file, -1)", dup2(ro, -1));
	show("dup3(file, file, 0)", dup3(ro, ro, 0));
	show("dup3(file, 20, O_CLOEXEC)", dup3(ro, 20, O_CLOEXEC));
	show("close(20)", close(20));

	show("fstat(99)", syscall(SYS_fstat, 99, buf));
	show("fstat(file, NULL)", syscall(SYS_fstat, ro, NULL));
	show("stat(\"f\", kernel address)", syscall(SYS_newfstatat,
		AT_FDCWD, "f", KERNEL_ADDRESS, 0));
	show("newfstatat(flags 0x4)", syscall(SYS_newfstatat, AT_FDCWD, "f",
					      buf, 0x4));
	show("stat(\"missing\")", syscall(SYS_newfstatat, AT_FDCWD,
					  "missing", buf, 0));

	show("getdents64(99)", syscall(SYS_getdents64, 99, buf, 64));
	show("getdents64(file)", syscall(SYS_getdents64, ro, buf, 64));
	show("getdents64(dir, buf, 1)", syscall(SYS_getdents64, d, buf, 1));
	show("getdents64(dir, NULL, 64)", syscall(SYS_getdents64, d, NULL,
						  64));

	show("mkdir(NULL)", syscall(SYS_mkdir, NULL, 0755));
	show("mkdir(\"f\")", mkdir("f", 0755));
	show("mkdir(\"missing/d\")", mkdir("missing/d", 0755));
	show("unlinkat(\"f\", flags 1)", unlinkat(AT_FDCWD, "f", 1));
	show("rmdir(\".\")", rmdir("."));
	show("rmdir(\"f\")", rmdir("f"));
	show("unlink(\".\")", unlink("."));
	show("unlink(\"missing\")", unlink("missing"));

	show("ftruncate(99, 0)", ftruncate(99, 0));
	show("ftruncate(99, -1)", ftruncate(99, -1));
	show("ftruncate(file, -1)", ftruncate(file, -1));
	show("ftruncate(O_RDONLY file, 0)", ftruncate(ro, 0));
	show("ftruncate(directory, 0)", ftruncate(d, 0));
	show("fsync(99)", fsync(99));

	show("getcwd(buf, 1)", syscall(SYS_getcwd, buf, 1));
	show("getcwd(kernel address, 64)", syscall(SYS_getcwd,
						   KERNEL_ADDRESS, 64));
	show("chdir(NULL)", syscall(SYS_chdir, NULL));
	show("chdir(\"f\")", chdir("f"));
	show("chdir(\"missing\")", chdir("missing"));

	close(file);
	close(ro);
	close(wo);
	close(d);
	free(longname);
	unlink("f");
	chdir("/");
	show("rmdir the directory", rmdir(dir));
	if (made_tmp)
		rmdir("/tmp");
	return 0;
}
