/* user/sleeper.c: sleeps 100 ms, twice, and checks that it did. */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

static const char *yes(int ok)
{
	return ok ? "yes" : "no";
}

int main(void)
{
	struct timespec a, b, req = { 0, 100000000 }, end;
	char out[512];
	int n, ok = 1, r;

	clock_gettime(CLOCK_MONOTONIC, &a);
	r = nanosleep(&req, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ok &= r == 0 && ns(&b) - ns(&a) >= 100000000;
	n = snprintf(out, sizeof(out),
		     "nanosleep(100 ms) took at least 100 ms: %s\n", yes(ok));
	end.tv_sec = b.tv_sec + (b.tv_nsec >= 900000000);
	end.tv_nsec = (b.tv_nsec + 100000000) % 1000000000;
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &end, NULL);
	clock_gettime(CLOCK_MONOTONIC, &a);
	ok &= r == 0 && ns(&a) >= ns(&end);
	n += snprintf(out + n, sizeof(out) - n,
		      "clock_nanosleep to 100 ms later woke after it: %s\n",
		      yes(r == 0 && ns(&a) >= ns(&end)));
	req.tv_nsec = 1000000000;
	r = nanosleep(&req, NULL);
	n += snprintf(out + n, sizeof(out) - n,
		      "nanosleep with tv_nsec 1e9: %s\n",
		      r == -1 && errno == EINVAL ? "EINVAL" : "other");
	n += snprintf(out + n, sizeof(out) - n, "sched_yield: %d\n",
		      sched_yield());
	n += snprintf(out + n, sizeof(out) - n, "getppid() > 0: %s\n",
		      yes(getppid() > 0));
	r = wait4(-1, NULL, WNOHANG, NULL);
	n += snprintf(out + n, sizeof(out) - n,
		      "wait4 with no children: %s\n",
		      r == -1 && errno == ECHILD ? "ECHILD" : "other");
	write(1, out, n);
	return ok ? 0 : 1;
}
