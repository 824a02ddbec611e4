/* user/badmem.c: every call of chapters 13-14 with bad pointers and sizes. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define PAGE		4096UL
#define KERNEL		0xffff888000000000UL	/* the direct map */
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)
#define RW		(PROT_READ | PROT_WRITE)

#include "errno_name.h"

/* The return of a call, or its error's name. */
static void try(const char *call, const char *arg, long ret)
{
	char what[64];

	snprintf(what, sizeof(what), "%s(%s)", call, arg);
	if (ret == -1)
		printf("%-52s %s\n", what, errno_name(errno));
	else
		printf("%-52s %ld\n", what, ret);
	fflush(stdout);
}

/* A call that returns an address: which one differs from Linux's. */
static void try_addr(const char *call, const char *arg, long ret,
		     unsigned long len)
{
	char what[64];

	snprintf(what, sizeof(what), "%s(%s)", call, arg);
	if (ret == -1) {
		printf("%-52s %s\n", what, errno_name(errno));
	} else {
		printf("%-52s an address\n", what);
		munmap((void *)ret, len);
	}
	fflush(stdout);
}

static long mmap_call(unsigned long addr, unsigned long len, long prot,
		      long flags, long fd, unsigned long off)
{
	return syscall(SYS_mmap, addr, len, prot, flags, fd, off);
}

int main(void)
{
	char *rw, *ro, *hole;
	struct timespec ts = { 0, 1 };
	struct iovec iov;
	unsigned long brk0;
	long r;

	/* Two writable pages, then two mapped no more; a read-only page. */
	rw = mmap(NULL, 4 * PAGE, RW, ANON, -1, 0);
	ro = mmap(NULL, PAGE, PROT_READ, ANON, -1, 0);
	if (rw == MAP_FAILED || ro == MAP_FAILED)
		return 1;
	hole = rw + 2 * PAGE;
	munmap(hole, 2 * PAGE);

	try("write", "1, kernel address, 1", syscall(SYS_write, 1, KERNEL, 1));
	try("write", "1, unmapped, 1", syscall(SYS_write, 1, hole, 1));
	try("write", "1, buf, -1", syscall(SYS_write, 1, rw, -1L));

	iov.iov_base = (void *)KERNEL;
	iov.iov_len = 1;
	try("writev", "1, {kernel address, 1}, 1",
	    syscall(SYS_writev, 1, &iov, 1));
	iov.iov_base = hole;
	try("writev", "1, {unmapped, 1}, 1", syscall(SYS_writev, 1, &iov, 1));
	iov.iov_base = rw;
	iov.iov_len = -1UL;
	try("writev", "1, {buf, -1}, 1", syscall(SYS_writev, 1, &iov, 1));
	try("writev", "1, unmapped, 1", syscall(SYS_writev, 1, hole, 1));
	try("writev", "1, iov, 0", syscall(SYS_writev, 1, &iov, 0));
	try("nanosleep", "NULL, NULL", syscall(SYS_nanosleep, NULL, NULL));
	try("nanosleep", "kernel address, NULL",
	    syscall(SYS_nanosleep, KERNEL, NULL));
	try("nanosleep", "unmapped, NULL", syscall(SYS_nanosleep, hole, NULL));
	try("nanosleep", "{0, 1}, kernel address",
	    syscall(SYS_nanosleep, &ts, KERNEL));
	ts.tv_nsec = 1000000000;
	try("nanosleep", "{0, 1000000000}, NULL",
	    syscall(SYS_nanosleep, &ts, NULL));
	ts.tv_sec = -1;
	ts.tv_nsec = 0;
	try("nanosleep", "{-1, 0}, NULL", syscall(SYS_nanosleep, &ts, NULL));
	ts.tv_sec = 0;

	try("clock_nanosleep", "MONOTONIC, 0, NULL, NULL",
	    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, NULL, NULL));
	try("clock_nanosleep", "MONOTONIC, 0, kernel address, NULL",
	    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, KERNEL, NULL));
	try("clock_nanosleep", "MONOTONIC, 0, unmapped, NULL",
	    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, hole, NULL));
	try("clock_nanosleep", "12345, 0, {0, 0}, NULL",
	    syscall(SYS_clock_nanosleep, 12345, 0, &ts, NULL));
	try("clock_nanosleep", "MONOTONIC, ABSTIME, {0, 0}, NULL",
	    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME,
		    &ts, NULL));
	ts.tv_nsec = -1;
	try("clock_nanosleep", "MONOTONIC, 0, {0, -1}, NULL",
	    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL));

	try("clock_gettime", "MONOTONIC, NULL",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, NULL));
	try("clock_gettime", "MONOTONIC, kernel address",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, KERNEL));
	try("clock_gettime", "MONOTONIC, unmapped",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, hole));
	try("clock_gettime", "MONOTONIC, read-only page",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ro));
	try("clock_gettime", "MONOTONIC, 8 bytes before a hole",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, hole - 8));
	try("clock_gettime", "MONOTONIC, misaligned",
	    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, rw + 1));
	try("wait4", "-1, NULL, 0, NULL", syscall(SYS_wait4, -1, NULL, 0, NULL));
	try("wait4", "-1, kernel address, 0, NULL",
	    syscall(SYS_wait4, -1, KERNEL, 0, NULL));
	try("wait4", "-1, buf, 0x12345678, NULL",
	    syscall(SYS_wait4, -1, rw, 0x12345678, NULL));

	try("arch_prctl", "ARCH_GET_FS, NULL",
	    syscall(SYS_arch_prctl, 0x1003, NULL));
	try("arch_prctl", "ARCH_GET_FS, kernel address",
	    syscall(SYS_arch_prctl, 0x1003, KERNEL));
	try("arch_prctl", "ARCH_GET_FS, read-only page",
	    syscall(SYS_arch_prctl, 0x1003, ro));
	try("arch_prctl", "ARCH_SET_FS, kernel address",
	    syscall(SYS_arch_prctl, 0x1002, KERNEL));

	r = syscall(SYS_set_tid_address, KERNEL);
	printf("%-52s %s\n", "set_tid_address(kernel address)",
	       r == gettid() ? "the thread's id" : "something else");
	r = syscall(SYS_set_tid_address, NULL);
	printf("%-52s %s\n", "set_tid_address(NULL)",
	       r == gettid() ? "the thread's id" : "something else");

	try("uname", "unmapped", syscall(SYS_uname, hole));
	try("uname", "read-only page", syscall(SYS_uname, ro));

	/* The descriptor is checked before the request and its pointer (on
	 * standard output the answer would depend on whether it is a terminal). */
	try("ioctl", "fd -1, TIOCGWINSZ, NULL",
	    syscall(SYS_ioctl, -1, TIOCGWINSZ, NULL));
	try("ioctl", "fd 99, TIOCGWINSZ, kernel address",
	    syscall(SYS_ioctl, 99, TIOCGWINSZ, KERNEL));
	try_addr("mmap", "len 0", mmap_call(0, 0, PROT_READ, ANON, -1, 0), 0);
	try_addr("mmap", "len -1", mmap_call(0, -1UL, PROT_READ, ANON, -1, 0),
		 0);
	try_addr("mmap", "len 1 << 47",
		 mmap_call(0, 1UL << 47, PROT_READ, ANON, -1, 0), 0);
	try_addr("mmap", "MAP_FIXED, misaligned",
		 mmap_call((unsigned long)hole + 1, PAGE, RW,
			   ANON | MAP_FIXED, -1, 0), PAGE);
	try_addr("mmap", "MAP_FIXED, kernel address",
		 mmap_call(KERNEL, PAGE, RW, ANON | MAP_FIXED, -1, 0), PAGE);
	try_addr("mmap", "MAP_FIXED, past the user half",
		 mmap_call((1UL << 47) - PAGE, 2 * PAGE, RW,
			   ANON | MAP_FIXED, -1, 0), 2 * PAGE);
	try_addr("mmap", "hint kernel address",
		 mmap_call(KERNEL, PAGE, RW, ANON, -1, 0), PAGE);
	try_addr("mmap", "MAP_FIXED_NOREPLACE, used",
		 mmap_call((unsigned long)rw, PAGE, RW,
			   ANON | MAP_FIXED_NOREPLACE, -1, 0), PAGE);
	try_addr("mmap", "neither private nor shared",
		 mmap_call(0, PAGE, RW, MAP_ANONYMOUS, -1, 0), PAGE);
	try_addr("mmap", "MAP_SHARED_VALIDATE, anonymous",
		 mmap_call(0, PAGE, RW, MAP_SHARED_VALIDATE | MAP_ANONYMOUS,
			   -1, 0), PAGE);
	try_addr("mmap", "prot 0x10",
		 mmap_call(0, PAGE, 0x10, ANON, -1, 0), PAGE);
	try_addr("mmap", "offset 1",
		 mmap_call(0, PAGE, RW, ANON, -1, 1), PAGE);
	try_addr("mmap", "fd 99, not anonymous",
		 mmap_call(0, PAGE, RW, MAP_PRIVATE, 99, 0), PAGE);
	try("munmap", "misaligned", syscall(SYS_munmap, rw + 1, PAGE));
	try("munmap", "len 0", syscall(SYS_munmap, rw, 0));
	try("munmap", "len -1", syscall(SYS_munmap, rw, -1L));
	try("munmap", "kernel address", syscall(SYS_munmap, KERNEL, PAGE));
	try("munmap", "unmapped", syscall(SYS_munmap, hole, PAGE));
	try("munmap", "NULL", syscall(SYS_munmap, NULL, PAGE));

	try("mprotect", "misaligned",
	    syscall(SYS_mprotect, rw + 1, PAGE, PROT_READ));
	try("mprotect", "len 0", syscall(SYS_mprotect, hole, 0, PROT_READ));
	try("mprotect", "len -1", syscall(SYS_mprotect, rw, -1L, PROT_READ));
	try("mprotect", "kernel address",
	    syscall(SYS_mprotect, KERNEL, PAGE, PROT_READ));
	try("mprotect", "unmapped", syscall(SYS_mprotect, hole, PAGE, PROT_READ));
	try("mprotect", "NULL", syscall(SYS_mprotect, NULL, PAGE, PROT_READ));
	try("mprotect", "on into a hole",
	    syscall(SYS_mprotect, hole - PAGE, 2 * PAGE, RW));
	try("mprotect", "prot 0x10", syscall(SYS_mprotect, rw, PAGE, 0x10));
	try("mprotect", "PROT_GROWSDOWN | PROT_GROWSUP",
	    syscall(SYS_mprotect, rw, PAGE, PROT_READ | PROT_GROWSDOWN |
		    PROT_GROWSUP));
	try("mprotect", "PROT_GROWSDOWN, no stack",
	    syscall(SYS_mprotect, rw, PAGE, PROT_READ | PROT_GROWSDOWN));

	try("madvise", "misaligned",
	    syscall(SYS_madvise, rw + 1, PAGE, MADV_DONTNEED));
	try("madvise", "advice 999", syscall(SYS_madvise, rw, PAGE, 999));
	try("madvise", "len 0", syscall(SYS_madvise, hole, 0, MADV_DONTNEED));
	try("madvise", "len -1",
	    syscall(SYS_madvise, rw, -1L, MADV_DONTNEED));
	try("madvise", "kernel address",
	    syscall(SYS_madvise, KERNEL, PAGE, MADV_DONTNEED));
	try("madvise", "unmapped",
	    syscall(SYS_madvise, hole, PAGE, MADV_DONTNEED));
	try("madvise", "on into a hole",
	    syscall(SYS_madvise, hole - PAGE, 2 * PAGE, MADV_DONTNEED));
	try_addr("mremap", "misaligned",
		 syscall(SYS_mremap, rw + 1, PAGE, PAGE, 0), 0);
	try_addr("mremap", "flags 0x100",
		 syscall(SYS_mremap, rw, PAGE, PAGE, 0x100), 0);
	try_addr("mremap", "MREMAP_FIXED without MREMAP_MAYMOVE",
		 syscall(SYS_mremap, rw, PAGE, PAGE, MREMAP_FIXED, hole), 0);
	try_addr("mremap", "new len 0", syscall(SYS_mremap, rw, PAGE, 0, 0), 0);
	try_addr("mremap", "new len -1",
		 syscall(SYS_mremap, rw, PAGE, -1L, 0), 0);
	try_addr("mremap", "kernel address",
		 syscall(SYS_mremap, KERNEL, PAGE, 2 * PAGE, 0), 0);
	try_addr("mremap", "unmapped",
		 syscall(SYS_mremap, hole, PAGE, 2 * PAGE, 0), 0);
	try_addr("mremap", "old len past the area",
		 syscall(SYS_mremap, rw, 3 * PAGE, 4 * PAGE, 0), 0);
	try_addr("mremap", "MREMAP_FIXED, misaligned new address",
		 syscall(SYS_mremap, rw, PAGE, PAGE,
			 MREMAP_MAYMOVE | MREMAP_FIXED, hole + 1), 0);
	try_addr("mremap", "MREMAP_FIXED, overlapping",
		 syscall(SYS_mremap, rw, 2 * PAGE, 2 * PAGE,
			 MREMAP_MAYMOVE | MREMAP_FIXED, rw + PAGE), 0);
	try_addr("mremap", "MREMAP_FIXED, kernel address",
		 syscall(SYS_mremap, rw, PAGE, PAGE,
			 MREMAP_MAYMOVE | MREMAP_FIXED, KERNEL), 0);

	brk0 = syscall(SYS_brk, 0);
	printf("%-52s %s\n", "brk(kernel address)",
	       syscall(SYS_brk, KERNEL) == (long)brk0 ? "the break, unmoved"
						       : "moved");
	printf("%-52s %s\n", "brk(1)", syscall(SYS_brk, 1) == (long)brk0 ?
	       "the break, unmoved" : "moved");
	printf("%-52s %s\n", "brk(-1)", syscall(SYS_brk, -1L) == (long)brk0 ?
	       "the break, unmoved" : "moved");
	return 0;
}
