#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H
/* The system calls, and the structures their arguments point to. */
#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/uaccess.h>

#define NR_syscalls		451	/* Linux 6.1: 0-334, 424-450 */
#define __NR_write		1
#define __NR_brk		12
#define __NR_ioctl		16
#define __NR_writev		20
#define __NR_sched_yield	24
#define __NR_nanosleep		35
#define __NR_getpid		39
#define __NR_exit		60
#define __NR_wait4		61
#define __NR_uname		63
#define __NR_getuid		102
#define __NR_getgid		104
#define __NR_geteuid		107
#define __NR_getegid		108
#define __NR_getppid		110
#define __NR_arch_prctl		158
#define __NR_gettid		186
#define __NR_set_tid_address	218
#define __NR_clock_gettime	228
#define __NR_clock_nanosleep	230
#define __NR_exit_group		231

#define UIO_FASTIOV	8
#define UIO_MAXIOV	1024
#define MAX_RW_COUNT	(0x7ffff000UL)	/* INT_MAX rounded to a page */

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

#define __NEW_UTS_LEN	64
#define UTS_RELEASE	"6.1.0"
struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

struct __kernel_timespec {
	long long tv_sec;
	long long tv_nsec;
};

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_BOOTTIME		7
#define TIMER_ABSTIME		0x01

#define ARCH_SET_FS		0x1002
#define ARCH_GET_FS		0x1003

void syscall_init(void);
void fpu__init_cpu(void);
void entry_SYSCALL_64(void);
const char *syscall_name(int nr);

long sys_ni_syscall(int nr);
long sys_write(unsigned int fd, const char __user *buf, size_t count);
long sys_writev(unsigned long fd, const struct iovec __user *vec,
		unsigned long vlen);
long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg);
long sys_getpid(void);
long sys_gettid(void);
long sys_getuid(void);
long sys_geteuid(void);
long sys_getgid(void);
long sys_getegid(void);
long sys_newuname(struct new_utsname __user *name);
long sys_set_tid_address(int __user *tidptr);
long sys_brk(unsigned long brk);
long sys_clock_gettime(int which, struct __kernel_timespec __user *tp);
long sys_exit(int error_code) __noreturn;
long sys_exit_group(int error_code) __noreturn;
long sys_arch_prctl(int option, unsigned long arg2);
long sys_getppid(void);
long sys_sched_yield(void);
long sys_nanosleep(const struct __kernel_timespec __user *rqtp,
		   struct __kernel_timespec __user *rmtp);
long sys_clock_nanosleep(int which, int flags,
			 const struct __kernel_timespec __user *rqtp,
			 struct __kernel_timespec __user *rmtp);
long sys_wait4(int upid, int __user *stat_addr, int options,
	       void __user *ru);
#define __NR_mmap		9
#define __NR_munmap		11
#define __NR_mprotect		10
#define __NR_mremap		25
#define __NR_madvise		28
long sys_mmap(unsigned long addr, unsigned long len, unsigned long prot,
	      unsigned long flags, unsigned long fd, unsigned long off);
long sys_munmap(unsigned long addr, size_t len);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
long sys_mremap(unsigned long addr, unsigned long old_len,
		unsigned long new_len, unsigned long flags,
		unsigned long new_addr);
long sys_madvise(unsigned long start, size_t len, int behavior);
#define __NR_clone		56
#define __NR_fork		57
#define __NR_vfork		58
#define __NR_execve		59
long sys_fork(void);
long sys_vfork(void);
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls);
long sys_execve(const char __user *filename,
		const char __user *const __user *argv,
		const char __user *const __user *envp);
#endif
