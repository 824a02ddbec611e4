/* user/spinner.c: computes for 1 s, never sleeping. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static long long now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void)
{
	long long start = now(), loops = 0;
	volatile unsigned long x = 1;
	char out[64];
	int n, i;

	while (now() - start < 1000000000) {
		for (i = 0; i < 100000; i++)
			x = x * 6364136223846793005UL + 1;
		loops++;
	}
	n = snprintf(out, sizeof(out), "spun for 1 s: %s\n",
		     loops > 0 ? "yes" : "no");
	write(1, out, n);
	return 0;
}
