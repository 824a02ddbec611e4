/* user/badcall.c: bad pointers and arguments, and the errors they get. */
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "errno_name.h"

#define KERNEL_ADDRESS	((void *)0xffffffff81000000UL)
#define UNMAPPED	((void *)0x200000000000UL)	/* 32 TiB: nothing */

static void try(const char *what, long ret)
{
	if (ret >= 0)
		printf("%-40s %ld\n", what, ret);
	else
		printf("%-40s %s\n", what, errno_name(errno));
	fflush(stdout);
}

int main(void)
{
	static char ok[] = "x";
	struct iovec bad_iov = { .iov_base = NULL, .iov_len = 4 };
	struct iovec good_iov = { .iov_base = ok, .iov_len = 0 };

	try("write(1, NULL, 5)", syscall(SYS_write, 1, NULL, 5));
	try("write(1, kernel address, 5)", syscall(SYS_write, 1, KERNEL_ADDRESS, 5));
	try("write(1, unmapped, 5)", syscall(SYS_write, 1, UNMAPPED, 5));
	try("write(1, buf, 1 << 62)", syscall(SYS_write, 1, ok, 1UL << 62));
	try("write(1, buf, 0)", syscall(SYS_write, 1, ok, 0));
	try("write(99, buf, 1)", syscall(SYS_write, 99, ok, 1));
	try("write(-1, buf, 1)", syscall(SYS_write, -1, ok, 1));
	try("writev(1, NULL, 1)", syscall(SYS_writev, 1, NULL, 1));
	try("writev(1, {NULL, 4}, 1)", syscall(SYS_writev, 1, &bad_iov, 1));
	try("writev(1, iov, -1)", syscall(SYS_writev, 1, &good_iov, -1));
	try("writev(1, iov, 1025)", syscall(SYS_writev, 1, &good_iov, 1025));
	try("writev(1, kernel address, 1)",
	    syscall(SYS_writev, 1, KERNEL_ADDRESS, 1));
	try("uname(NULL)", syscall(SYS_uname, NULL));
	try("uname(kernel address)", syscall(SYS_uname, KERNEL_ADDRESS));
	try("clock_gettime(MONOTONIC, NULL)",
	    syscall(SYS_clock_gettime, 1, NULL));
	try("clock_gettime(12345, buf)", syscall(SYS_clock_gettime, 12345, ok));
	try("arch_prctl(ARCH_GET_FS, NULL)", syscall(SYS_arch_prctl, 0x1003, NULL));
	try("arch_prctl(0x9999, 0)", syscall(SYS_arch_prctl, 0x9999, 0));
	try("ioctl(1, 0x54ff, NULL)", syscall(SYS_ioctl, 1, 0x54ff, NULL));
	try("ioctl(99, TIOCGWINSZ, buf)", syscall(SYS_ioctl, 99, 0x5413, ok));
	try("afs_syscall()", syscall(183));
	try("syscall 1000", syscall(1000));
	return 0;
}
