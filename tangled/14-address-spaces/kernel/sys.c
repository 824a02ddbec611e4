/* kernel/sys.c: the system calls about the program itself and the system. */
#include <asm/timex.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/sched/mm.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

long sys_getpid(void)
{
	return current_program->pid;
}

long sys_gettid(void)
{
	return current_program->pid;
}

long sys_getuid(void) { return 0; }
long sys_geteuid(void) { return 0; }
long sys_getgid(void) { return 0; }
long sys_getegid(void) { return 0; }

long sys_newuname(struct new_utsname __user *name)
{
	struct new_utsname u;

	memset(&u, 0, sizeof(u));
	strscpy(u.sysname, "Linux", sizeof(u.sysname));
	strscpy(u.nodename, "(none)", sizeof(u.nodename));
	strscpy(u.release, UTS_RELEASE, sizeof(u.release));
	strscpy(u.version, "#1 Page by Page", sizeof(u.version));
	strscpy(u.machine, "x86_64", sizeof(u.machine));
	strscpy(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}

long sys_set_tid_address(int __user *tidptr)
{
	current_program->clear_child_tid = tidptr;
	return current_program->pid;
}

long sys_clock_gettime(int which, struct __kernel_timespec __user *tp)
{
	struct __kernel_timespec ts;
	u64 ns;

	if (which < CLOCK_REALTIME || which > CLOCK_BOOTTIME)
		return -EINVAL;
	ns = random_get_entropy();
	ts.tv_sec = ns / 1000000000;
	ts.tv_nsec = ns % 1000000000;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

long sys_exit_group(int error_code)
{
	user_thread_exit((error_code & 0xff) << 8);
}

long sys_exit(int error_code)
{
	user_thread_exit((error_code & 0xff) << 8);
}
