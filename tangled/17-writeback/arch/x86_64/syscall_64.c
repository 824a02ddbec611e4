/* arch/x86_64/syscall_64.c: the syscall MSRs, the table, the dispatch. */
#include <asm/irqflags.h>
#include <asm/msr.h>
#include <asm/processor-flags.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <linux/binfmts.h>
#include <linux/entry-common.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define X86_EFLAGS_TF	0x00000100UL	/* trap flag: single step */
#define X86_EFLAGS_RF	0x00010000UL	/* resume flag */

/* CF PF AF ZF SF TF IF DF OF IOPL NT RF AC ID: Linux 6.1's list */
#define SYSCALL_MASKED_FLAGS	0x00257fd5UL
void syscall_init(void)
{
	wrmsrl(MSR_STAR, ((u64)__USER32_CS << 48) | ((u64)__KERNEL_CS << 32));
	wrmsrl(MSR_LSTAR, (unsigned long)entry_SYSCALL_64);
	wrmsrl(MSR_SYSCALL_MASK, SYSCALL_MASKED_FLAGS);
	wrmsrl(MSR_EFER, rdmsrl(MSR_EFER) | (1UL << _EFER_SCE));
}

#define SYSCALL_LOG_MAX		512
#define BITS_TO_LONGS(n)	(((n) + 63) / 64)

static bool test_and_set_bit(unsigned int nr, unsigned long *map)
{
	bool was = map[nr / 64] & (1UL << (nr % 64));

	map[nr / 64] |= 1UL << (nr % 64);
	return was;
}
static unsigned long ni_logged[BITS_TO_LONGS(SYSCALL_LOG_MAX)];

long sys_ni_syscall(int nr)
{
	const char *name = syscall_name(nr);
	unsigned int bit = nr >= 0 && nr < SYSCALL_LOG_MAX ? nr :
			   SYSCALL_LOG_MAX - 1;

	if (!test_and_set_bit(bit, ni_logged))
		pr_info("%s[%d]: system call %d (%s) is not implemented: "
			"-ENOSYS\n", current->comm, current->pid, nr,
			name ? name : "no name");
	return -ENOSYS;
}

typedef long (*sys_call_ptr_t)(const struct pt_regs *regs);

#define ARG(n, type)	((type)regs->n)
#define WRAP0(name) \
	static long x64_sys_##name(const struct pt_regs *regs) \
	{ (void)regs; return sys_##name(); }

WRAP0(getpid)
WRAP0(gettid)
WRAP0(getuid)
WRAP0(getgid)
WRAP0(geteuid)
WRAP0(getegid)

static long x64_sys_write(const struct pt_regs *regs)
{
	return sys_write(ARG(di, unsigned int), ARG(si, const char __user *),
			 ARG(dx, size_t));
}

static long x64_sys_writev(const struct pt_regs *regs)
{
	return sys_writev(ARG(di, unsigned long),
			  ARG(si, const struct iovec __user *),
			  ARG(dx, unsigned long));
}

static long x64_sys_ioctl(const struct pt_regs *regs)
{
	return sys_ioctl(ARG(di, unsigned int), ARG(si, unsigned int),
			 ARG(dx, unsigned long));
}

static long x64_sys_brk(const struct pt_regs *regs)
{
	return sys_brk(ARG(di, unsigned long));
}

static long x64_sys_exit(const struct pt_regs *regs)
{
	return sys_exit(ARG(di, int));
}

static long x64_sys_exit_group(const struct pt_regs *regs)
{
	return sys_exit_group(ARG(di, int));
}

static long x64_sys_uname(const struct pt_regs *regs)
{
	return sys_newuname(ARG(di, struct new_utsname __user *));
}

static long x64_sys_arch_prctl(const struct pt_regs *regs)
{
	return sys_arch_prctl(ARG(di, int), ARG(si, unsigned long));
}

static long x64_sys_set_tid_address(const struct pt_regs *regs)
{
	return sys_set_tid_address(ARG(di, int __user *));
}

static long x64_sys_clock_gettime(const struct pt_regs *regs)
{
	return sys_clock_gettime(ARG(di, int),
				 ARG(si, struct __kernel_timespec __user *));
}

WRAP0(getppid)
WRAP0(sched_yield)

static long x64_sys_nanosleep(const struct pt_regs *regs)
{
	return sys_nanosleep(ARG(di, const struct __kernel_timespec __user *),
			     ARG(si, struct __kernel_timespec __user *));
}

static long x64_sys_clock_nanosleep(const struct pt_regs *regs)
{
	return sys_clock_nanosleep(ARG(di, int), ARG(si, int),
		ARG(dx, const struct __kernel_timespec __user *),
		ARG(r10, struct __kernel_timespec __user *));
}

static long x64_sys_wait4(const struct pt_regs *regs)
{
	return sys_wait4(ARG(di, int), ARG(si, int __user *),
			 ARG(dx, int), ARG(r10, void __user *));
}
static long x64_sys_mmap(const struct pt_regs *regs)
{
	return sys_mmap(ARG(di, unsigned long), ARG(si, unsigned long),
			ARG(dx, unsigned long), ARG(r10, unsigned long),
			ARG(r8, unsigned long), ARG(r9, unsigned long));
}

static long x64_sys_munmap(const struct pt_regs *regs)
{
	return sys_munmap(ARG(di, unsigned long), ARG(si, size_t));
}

static long x64_sys_mprotect(const struct pt_regs *regs)
{
	return sys_mprotect(ARG(di, unsigned long), ARG(si, size_t),
			    ARG(dx, unsigned long));
}

static long x64_sys_mremap(const struct pt_regs *regs)
{
	return sys_mremap(ARG(di, unsigned long), ARG(si, unsigned long),
			  ARG(dx, unsigned long), ARG(r10, unsigned long),
			  ARG(r8, unsigned long));
}

static long x64_sys_madvise(const struct pt_regs *regs)
{
	return sys_madvise(ARG(di, unsigned long), ARG(si, size_t),
			   ARG(dx, int));
}

static long x64_sys_fork(const struct pt_regs *regs)
{
	(void)regs;
	return sys_fork();
}

static long x64_sys_vfork(const struct pt_regs *regs)
{
	(void)regs;
	return sys_vfork();
}

static long x64_sys_clone(const struct pt_regs *regs)
{
	return sys_clone(ARG(di, unsigned long), ARG(si, unsigned long),
			 ARG(dx, int __user *), ARG(r10, int __user *),
			 ARG(r8, unsigned long));
}

static long x64_sys_execve(const struct pt_regs *regs)
{
	return sys_execve(ARG(di, const char __user *),
			  ARG(si, const char __user *const __user *),
			  ARG(dx, const char __user *const __user *));
}
WRAP0(sync)

static long x64_sys_fcntl(const struct pt_regs *regs)
{
	return sys_fcntl(ARG(di, unsigned int), ARG(si, unsigned int),
			 ARG(dx, unsigned long));
}

static long x64_sys_read(const struct pt_regs *regs)
{
	return sys_read(ARG(di, unsigned int), ARG(si, char __user *),
			ARG(dx, size_t));
}

static long x64_sys_open(const struct pt_regs *regs)
{
	return sys_open(ARG(di, const char __user *), ARG(si, int),
			ARG(dx, unsigned short));
}

static long x64_sys_close(const struct pt_regs *regs)
{
	return sys_close(ARG(di, unsigned int));
}

static long x64_sys_newstat(const struct pt_regs *regs)
{
	return sys_newstat(ARG(di, const char __user *),
			ARG(si, struct stat __user *));
}

static long x64_sys_fstat(const struct pt_regs *regs)
{
	return sys_fstat(ARG(di, unsigned int), ARG(si, struct stat __user *));
}

static long x64_sys_lseek(const struct pt_regs *regs)
{
	return sys_lseek(ARG(di, unsigned int), ARG(si, long),
			ARG(dx, unsigned int));
}

static long x64_sys_pread64(const struct pt_regs *regs)
{
	return sys_pread64(ARG(di, unsigned int), ARG(si, char __user *),
			ARG(dx, size_t), ARG(r10, long));
}

static long x64_sys_pwrite64(const struct pt_regs *regs)
{
	return sys_pwrite64(ARG(di, unsigned int), ARG(si, const char __user *),
			ARG(dx, size_t), ARG(r10, long));
}

static long x64_sys_readv(const struct pt_regs *regs)
{
	return sys_readv(ARG(di, unsigned long),
			ARG(si, const struct iovec __user *),
			ARG(dx, unsigned long));
}

static long x64_sys_dup(const struct pt_regs *regs)
{
	return sys_dup(ARG(di, unsigned int));
}

static long x64_sys_dup2(const struct pt_regs *regs)
{
	return sys_dup2(ARG(di, unsigned int), ARG(si, unsigned int));
}

static long x64_sys_fsync(const struct pt_regs *regs)
{
	return sys_fsync(ARG(di, unsigned int));
}

static long x64_sys_fdatasync(const struct pt_regs *regs)
{
	return sys_fdatasync(ARG(di, unsigned int));
}

static long x64_sys_ftruncate(const struct pt_regs *regs)
{
	return sys_ftruncate(ARG(di, unsigned int), ARG(si, long));
}

static long x64_sys_getcwd(const struct pt_regs *regs)
{
	return sys_getcwd(ARG(di, char __user *), ARG(si, unsigned long));
}

static long x64_sys_chdir(const struct pt_regs *regs)
{
	return sys_chdir(ARG(di, const char __user *));
}

static long x64_sys_mkdir(const struct pt_regs *regs)
{
	return sys_mkdir(ARG(di, const char __user *), ARG(si, unsigned short));
}

static long x64_sys_rmdir(const struct pt_regs *regs)
{
	return sys_rmdir(ARG(di, const char __user *));
}

static long x64_sys_unlink(const struct pt_regs *regs)
{
	return sys_unlink(ARG(di, const char __user *));
}

static long x64_sys_umask(const struct pt_regs *regs)
{
	return sys_umask(ARG(di, int));
}

static long x64_sys_getdents64(const struct pt_regs *regs)
{
	return sys_getdents64(ARG(di, unsigned int),
			ARG(si, struct linux_dirent64 __user *),
			ARG(dx, unsigned int));
}

static long x64_sys_openat(const struct pt_regs *regs)
{
	return sys_openat(ARG(di, int), ARG(si, const char __user *),
			ARG(dx, int), ARG(r10, unsigned short));
}

static long x64_sys_mkdirat(const struct pt_regs *regs)
{
	return sys_mkdirat(ARG(di, int), ARG(si, const char __user *),
			ARG(dx, unsigned short));
}

static long x64_sys_newfstatat(const struct pt_regs *regs)
{
	return sys_newfstatat(ARG(di, int), ARG(si, const char __user *),
			ARG(dx, struct stat __user *), ARG(r10, int));
}

static long x64_sys_unlinkat(const struct pt_regs *regs)
{
	return sys_unlinkat(ARG(di, int), ARG(si, const char __user *),
			ARG(dx, int));
}

static long x64_sys_dup3(const struct pt_regs *regs)
{
	return sys_dup3(ARG(di, unsigned int), ARG(si, unsigned int),
			ARG(dx, int));
}
static long x64_sys_pipe(const struct pt_regs *regs)
{
	return sys_pipe(ARG(di, int __user *));
}

static long x64_sys_pipe2(const struct pt_regs *regs)
{
	return sys_pipe2(ARG(di, int __user *), ARG(si, int));
}
static long x64_sys_sysinfo(const struct pt_regs *regs)
{
	return sys_sysinfo(ARG(di, struct sysinfo __user *));
}

static long x64_sys_time(const struct pt_regs *regs)
{
	return sys_time(ARG(di, long __user *));
}

static long x64_sys_access(const struct pt_regs *regs)
{
	return sys_access(ARG(di, const char __user *), ARG(si, int));
}

static long x64_sys_faccessat(const struct pt_regs *regs)
{
	return sys_faccessat(ARG(di, int), ARG(si, const char __user *),
			     ARG(dx, int));
}

static long x64_sys_readlink(const struct pt_regs *regs)
{
	return sys_readlink(ARG(di, const char __user *),
			    ARG(si, char __user *), ARG(dx, int));
}

static long x64_sys_readlinkat(const struct pt_regs *regs)
{
	return sys_readlinkat(ARG(di, int), ARG(si, const char __user *),
			      ARG(dx, char __user *), ARG(r10, int));
}

static long x64_sys_mount(const struct pt_regs *regs)
{
	return sys_mount(ARG(di, char __user *), ARG(si, char __user *),
			 ARG(dx, char __user *), ARG(r10, unsigned long),
			 ARG(r8, void __user *));
}

static long x64_sys_umount(const struct pt_regs *regs)
{
	return sys_umount(ARG(di, char __user *), ARG(si, int));
}

static long x64_sys_syncfs(const struct pt_regs *regs)
{
	return sys_syncfs(ARG(di, int));
}

static long x64_sys_msync(const struct pt_regs *regs)
{
	return sys_msync(ARG(di, unsigned long), ARG(si, size_t),
			 ARG(dx, int));
}

static const sys_call_ptr_t sys_call_table[NR_syscalls] = {
	[__NR_write] = x64_sys_write,
	[__NR_ioctl] = x64_sys_ioctl,
	[__NR_writev] = x64_sys_writev,
	[__NR_brk] = x64_sys_brk,
	[__NR_getpid] = x64_sys_getpid,
	[__NR_exit] = x64_sys_exit,
	[__NR_uname] = x64_sys_uname,
	[__NR_getuid] = x64_sys_getuid,
	[__NR_getgid] = x64_sys_getgid,
	[__NR_geteuid] = x64_sys_geteuid,
	[__NR_getegid] = x64_sys_getegid,
	[__NR_arch_prctl] = x64_sys_arch_prctl,
	[__NR_gettid] = x64_sys_gettid,
	[__NR_set_tid_address] = x64_sys_set_tid_address,
	[__NR_clock_gettime] = x64_sys_clock_gettime,
	[__NR_exit_group] = x64_sys_exit_group,
	[__NR_sched_yield] = x64_sys_sched_yield,
	[__NR_nanosleep] = x64_sys_nanosleep,
	[__NR_wait4] = x64_sys_wait4,
	[__NR_getppid] = x64_sys_getppid,
	[__NR_clock_nanosleep] = x64_sys_clock_nanosleep,
	[__NR_mmap] = x64_sys_mmap,
	[__NR_munmap] = x64_sys_munmap,
	[__NR_mprotect] = x64_sys_mprotect,
	[__NR_mremap] = x64_sys_mremap,
	[__NR_madvise] = x64_sys_madvise,
	[__NR_clone] = x64_sys_clone,
	[__NR_fork] = x64_sys_fork,
	[__NR_vfork] = x64_sys_vfork,
	[__NR_execve] = x64_sys_execve,
	[__NR_sync] = x64_sys_sync,
	[__NR_fcntl] = x64_sys_fcntl,
	[__NR_read] = x64_sys_read,
	[__NR_open] = x64_sys_open,
	[__NR_close] = x64_sys_close,
	[__NR_stat] = x64_sys_newstat,
	[__NR_fstat] = x64_sys_fstat,
	[__NR_lseek] = x64_sys_lseek,
	[__NR_pread64] = x64_sys_pread64,
	[__NR_pwrite64] = x64_sys_pwrite64,
	[__NR_readv] = x64_sys_readv,
	[__NR_dup] = x64_sys_dup,
	[__NR_dup2] = x64_sys_dup2,
	[__NR_fsync] = x64_sys_fsync,
	[__NR_fdatasync] = x64_sys_fdatasync,
	[__NR_ftruncate] = x64_sys_ftruncate,
	[__NR_getcwd] = x64_sys_getcwd,
	[__NR_chdir] = x64_sys_chdir,
	[__NR_mkdir] = x64_sys_mkdir,
	[__NR_rmdir] = x64_sys_rmdir,
	[__NR_unlink] = x64_sys_unlink,
	[__NR_umask] = x64_sys_umask,
	[__NR_getdents64] = x64_sys_getdents64,
	[__NR_openat] = x64_sys_openat,
	[__NR_mkdirat] = x64_sys_mkdirat,
	[__NR_newfstatat] = x64_sys_newfstatat,
	[__NR_unlinkat] = x64_sys_unlinkat,
	[__NR_dup3] = x64_sys_dup3,
	[__NR_pipe] = x64_sys_pipe,
	[__NR_pipe2] = x64_sys_pipe2,
	[__NR_access] = x64_sys_access,
	[__NR_readlink] = x64_sys_readlink,
	[__NR_sysinfo] = x64_sys_sysinfo,
	[__NR_time] = x64_sys_time,
	[__NR_mount] = x64_sys_mount,
	[__NR_umount2] = x64_sys_umount,
	[__NR_readlinkat] = x64_sys_readlinkat,
	[__NR_faccessat] = x64_sys_faccessat,
	[__NR_syncfs] = x64_sys_syncfs,
	[__NR_msync] = x64_sys_msync,
};

bool do_syscall_64(struct pt_regs *regs, int nr)
{
	local_irq_enable();
	if (nr >= 0 && (unsigned int)nr < NR_syscalls &&
	    sys_call_table[nr])
		regs->ax = sys_call_table[nr](regs);
	else
		regs->ax = sys_ni_syscall(nr);
	local_irq_disable();
	exit_to_user_mode_prepare(regs);
	return regs->cx == regs->ip && regs->r11 == regs->flags &&
	       regs->cs == __USER_CS && regs->ss == __USER_DS &&
	       regs->ip < TASK_SIZE_MAX &&
	       !(regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF));
}
