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
#define __NR_read		0
#define __NR_open		2
#define __NR_close		3
#define __NR_stat		4
#define __NR_fstat		5
#define __NR_lseek		8
#define __NR_pread64		17
#define __NR_pwrite64		18
#define __NR_readv		19
#define __NR_dup		32
#define __NR_dup2		33
#define __NR_fsync		74
#define __NR_fdatasync		75
#define __NR_ftruncate		77
#define __NR_fcntl		72
#define __NR_getcwd		79
#define __NR_chdir		80
#define __NR_mkdir		83
#define __NR_rmdir		84
#define __NR_unlink		87
#define __NR_umask		95
#define __NR_sync		162
#define __NR_getdents64		217
#define __NR_openat		257
#define __NR_mkdirat		258
#define __NR_newfstatat		262
#define __NR_unlinkat		263
#define __NR_dup3		292

struct stat {				/* x86-64's, 144 bytes */
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned long st_nlink;
	unsigned int st_mode;
	unsigned int st_uid;
	unsigned int st_gid;
	unsigned int __pad0;
	unsigned long st_rdev;
	long st_size;
	long st_blksize;
	long st_blocks;
	unsigned long st_atime, st_atime_nsec;
	unsigned long st_mtime, st_mtime_nsec;
	unsigned long st_ctime, st_ctime_nsec;
	long __unused[3];
};

struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;			/* where the next record starts */
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

long sys_read(unsigned int fd, char __user *buf, size_t count);
long sys_readv(unsigned long fd, const struct iovec __user *vec,
	       unsigned long vlen);
long sys_pread64(unsigned int fd, char __user *buf, size_t count,
		 long pos);
long sys_pwrite64(unsigned int fd, const char __user *buf, size_t count,
		  long pos);
long sys_lseek(unsigned int fd, long offset, unsigned int whence);
long sys_open(const char __user *filename, int flags, unsigned short mode);
long sys_openat(int dfd, const char __user *filename, int flags,
		unsigned short mode);
long sys_close(unsigned int fd);
long sys_dup(unsigned int fildes);
long sys_dup2(unsigned int oldfd, unsigned int newfd);
long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags);
long sys_newstat(const char __user *filename, struct stat __user *statbuf);
long sys_fstat(unsigned int fd, struct stat __user *statbuf);
long sys_newfstatat(int dfd, const char __user *filename,
		    struct stat __user *statbuf, int flag);
long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent,
		    unsigned int count);
long sys_mkdir(const char __user *pathname, unsigned short mode);
long sys_mkdirat(int dfd, const char __user *pathname, unsigned short mode);
long sys_rmdir(const char __user *pathname);
long sys_unlink(const char __user *pathname);
long sys_unlinkat(int dfd, const char __user *pathname, int flag);
long sys_ftruncate(unsigned int fd, long length);
long sys_fsync(unsigned int fd);
long sys_fdatasync(unsigned int fd);
long sys_sync(void);
long sys_chdir(const char __user *filename);
long sys_getcwd(char __user *buf, unsigned long size);
long sys_umask(int mask);
long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg);
#define __NR_pipe		22
#define __NR_pipe2		293
long sys_pipe(int __user *fildes);
long sys_pipe2(int __user *fildes, int flags);
#define __NR_access		21
#define __NR_readlink		89
#define __NR_sysinfo		99
#define __NR_time		201
#define __NR_mount		165
#define __NR_umount2		166
#define __NR_readlinkat		267
#define __NR_faccessat		269

struct sysinfo {			/* x86-64's, 112 bytes */
	long uptime;			/* seconds since boot */
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram;
	unsigned long totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;		/* the size the numbers count */
	char _f[20 - 2 * sizeof(long) - sizeof(int)];
};

void si_meminfo(struct sysinfo *val);
unsigned long si_mem_available(void);
long sys_sysinfo(struct sysinfo __user *info);
long sys_time(long __user *tloc);
long sys_access(const char __user *filename, int mode);
long sys_faccessat(int dfd, const char __user *filename, int mode);
long sys_readlink(const char __user *path, char __user *buf, int bufsiz);
long sys_readlinkat(int dfd, const char __user *pathname,
		    char __user *buf, int bufsiz);
long sys_mount(char __user *dev_name, char __user *dir_name,
	       char __user *type, unsigned long flags, void __user *data);
long sys_umount(char __user *name, int flags);
#define __NR_syncfs		306
long sys_syncfs(int fd);
#define __NR_msync		26
#define MS_ASYNC		1	/* nothing: the pages are tracked */
#define MS_INVALIDATE		2	/* EBUSY on a locked area */
#define MS_SYNC			4	/* fsync the files of the range */
long sys_msync(unsigned long start, size_t len, int flags);
#endif
