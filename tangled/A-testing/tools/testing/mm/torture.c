/* tools/testing/mm/torture.c: millions of random operations, each checked
 * against the reference model.  The seed replays a run exactly. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "model.h"

#define CAPACITY	4096

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void usage(void)
{
	fprintf(stderr, "usage: torture [-n OPS] [-s SEED] [-c CHECK_EVERY] "
		"[-q]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	unsigned long ops = 1000000, every = 10000, i, progress;
	unsigned long allocs, failures;
	unsigned long long seed = (unsigned long long)time(NULL);
	struct op_source src;
	bool quiet = false;
	double start;
	int c, rc = MODEL_OK;

	while ((c = getopt(argc, argv, "n:s:c:q")) != -1) {
		switch (c) {
		case 'n':
			ops = strtoul(optarg, NULL, 0);
			break;
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		case 'c':
			every = strtoul(optarg, NULL, 0);
			break;
		case 'q':
			quiet = true;
			break;
		default:
			usage();
		}
	}
	printf("# torture: %lu operations, seed %llu, mmcheck every %lu\n",
	       ops, seed, every);
	fflush(stdout);
	start = now();
	model_boot();
	printf("# booted in %.2f s\n", now() - start);
	start = now();
	model_begin(CAPACITY, every);
	op_source_seed(&src, seed);
	progress = ops / 10 ? ops / 10 : 1;
	for (i = 0; i < ops && rc == MODEL_OK; i++) {
		rc = model_step(&src);
		if (!quiet && (i + 1) % progress == 0 && rc == MODEL_OK) {
			model_counts(&allocs, &failures);
			printf("# %lu operations, %lu blocks and %lu objects "
			       "held, %lu of %lu allocations failed, %.0f per "
			       "second\n", i + 1, model_live_blocks(),
			       model_live_objects(), failures, allocs,
			       (i + 1) / (now() - start));
			fflush(stdout);
		}
	}
	if (rc == MODEL_OK)
		rc = model_end();
	if (rc != MODEL_OK) {
		printf("not ok 1 - torture: seed %llu, step %lu, %s: %s\n",
		       seed, model_steps(), model_last_op(), model_error());
		printf("# replay: torture -n %lu -s %llu -c %lu\n", ops,
		       seed, every);
		return 1;
	}
	printf("ok 1 - torture: %lu operations, seed %llu, %.1f s, %.0f per "
	       "second\n", ops, seed, now() - start, ops / (now() - start));
	return 0;
}
