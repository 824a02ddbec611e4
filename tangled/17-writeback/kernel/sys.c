/* kernel/sys.c: the system calls about the program itself and the system. */
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

long sys_getpid(void)
{
	return current->tgid;
}

long sys_gettid(void)
{
	return current->pid;
}

long sys_getppid(void)
{
	return current->real_parent->tgid;
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
	current->clear_child_tid = tidptr;
	return current->pid;
}

long sys_clock_gettime(int which, struct __kernel_timespec __user *tp)
{
	struct __kernel_timespec ts;
	u64 ns;

	if (which < CLOCK_REALTIME || which > CLOCK_BOOTTIME)
		return -EINVAL;
	if (which == CLOCK_REALTIME || which == CLOCK_REALTIME_COARSE)
		ns = ktime_get_real_ns();
	else
		ns = ktime_get_ns();	/* the CPU-time clocks too, for now */
	ts.tv_sec = ns / 1000000000;
	ts.tv_nsec = ns % 1000000000;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

static u64 clock_ns(int which)
{
	return which == CLOCK_REALTIME ? ktime_get_real_ns() : ktime_get_ns();
}

static long sleep_until(int which, u64 end)
{
	u64 now;

	while ((now = clock_ns(which)) < end)
		schedule_timeout_interruptible((end - now + TICK_NSEC - 1) /
					       TICK_NSEC);
	return 0;
}

static long get_timespec_ns(const struct __kernel_timespec __user *u,
			    u64 *ns)
{
	struct __kernel_timespec ts;

	if (copy_from_user(&ts, u, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*ns = ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec;
	return 0;
}

long sys_clock_nanosleep(int which, int flags,
			 const struct __kernel_timespec __user *rqtp,
			 struct __kernel_timespec __user *rmtp)
{
	u64 ns;
	long ret;

	if (which != CLOCK_REALTIME && which != CLOCK_MONOTONIC &&
	    which != CLOCK_BOOTTIME)
		return -EINVAL;
	ret = get_timespec_ns(rqtp, &ns);
	if (ret)
		return ret;
	return sleep_until(which, flags & TIMER_ABSTIME ? ns
					: clock_ns(which) + ns);
}

long sys_nanosleep(const struct __kernel_timespec __user *rqtp,
		   struct __kernel_timespec __user *rmtp)
{
	return sys_clock_nanosleep(CLOCK_MONOTONIC, 0, rqtp, rmtp);
}

long sys_sched_yield(void)
{
	yield();
	return 0;
}

long sys_wait4(int upid, int __user *stat_addr, int options,
	       void __user *ru)
{
	int status;
	long ret = kernel_wait4(upid, &status, options, NULL);

	if (ret > 0 && stat_addr &&
	    copy_to_user(stat_addr, &status, sizeof(status)))
		return -EFAULT;
	return ret;
}

long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* time: the seconds of CLOCK_REALTIME, which ls -l dates files against. */
long sys_time(long __user *tloc)
{
	long t = ktime_get_real_ns() / NSEC_PER_SEC;

	if (tloc && put_user(t, tloc))
		return -EFAULT;
	return t;
}

/* sysinfo: memory in bytes (mem_unit 1), as Linux's scaling leaves it. */
long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo val;
	struct task_struct *p;
	u64 ns = ktime_get_ns();
	unsigned int shift = 0, unit;

	memset(&val, 0, sizeof(val));
	val.uptime = ns / NSEC_PER_SEC + (ns % NSEC_PER_SEC ? 1 : 0);
	list_for_each_entry(p, &init_task.tasks, tasks)
		val.procs++;
	si_meminfo(&val);
	for (unit = val.mem_unit; unit > 1; unit >>= 1)
		shift++;
	val.mem_unit = 1;
	val.totalram <<= shift;
	val.freeram <<= shift;
	val.sharedram <<= shift;
	val.bufferram <<= shift;
	val.totalswap <<= shift;
	val.freeswap <<= shift;
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}
