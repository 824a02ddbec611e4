/* bench/slab.c: kmalloc and kmem_cache against user-space mallocs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <asm/host.h>
#include <linux/slab.h>

#define SLAB_RUNS	7
#define NR_SIZES	6

static const size_t sizes[NR_SIZES] = { 8, 16, 64, 256, 1024, 4096 };
static unsigned long slab_ops;
static size_t row_size;
static struct kmem_cache *row_cache;

static double clock_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_ns(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median_ns(void (*row)(unsigned long n))
{
	double t[SLAB_RUNS];
	int i;

	row(slab_ops / 10);
	for (i = 0; i < SLAB_RUNS; i++) {
		double start = clock_ns();

		row(slab_ops);
		t[i] = (clock_ns() - start) / slab_ops;
	}
	qsort(t, SLAB_RUNS, sizeof(t[0]), cmp_ns);
	return t[SLAB_RUNS / 2];
}

static void row_cache_alloc(unsigned long n)
{
	while (n--)
		kmem_cache_free(row_cache, kmem_cache_alloc(row_cache,
							    GFP_KERNEL));
}

static void row_kmalloc(unsigned long n)
{
	while (n--)
		kfree(kmalloc(row_size, GFP_KERNEL));
}

static void row_libc_malloc(unsigned long n)
{
	while (n--) {
		void *volatile p = malloc(row_size);

		free(p);
	}
}

int bench_malloc_child(const char *quick)
{
	int i;

	slab_ops = strcmp(quick, "q") ? 1000000UL : 100000UL;
	for (i = 0; i < NR_SIZES; i++) {
		row_size = sizes[i];
		printf("%s%.2f", i ? " " : "", median_ns(row_libc_malloc));
	}
	printf("\n");
	return 0;
}

static int run_malloc_child(const char *lib, double ns[NR_SIZES])
{
	char line[256], *p = line;
	int fd[2], i, status;
	FILE *f;
	pid_t pid;

	if (lib && access(lib, R_OK))
		return -1;
	if (pipe(fd))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		if (lib)
			setenv("LD_PRELOAD", lib, 1);
		execl("/proc/self/exe", "bench", "-m",
		      slab_ops < 1000000UL ? "q" : "-", (char *)NULL);
		_exit(127);
	}
	close(fd[1]);
	f = fdopen(fd[0], "r");
	if (!f || !fgets(line, sizeof(line), f))
		line[0] = '\0';
	if (f)
		fclose(f);
	waitpid(pid, &status, 0);
	for (i = 0; i < NR_SIZES; i++)
		ns[i] = strtod(p, &p);
	return WIFEXITED(status) && !WEXITSTATUS(status) && ns[0] > 0 ? 0
									: -1;
}

#define MIX_OBJECTS	100000

static void bench_slab_memory(void)
{
	static void *obj[MIX_OBJECTS];
	unsigned long asked = 0, usable = 0, pages = nr_slab_pages();
	unsigned int seed = 1, i;

	for (i = 0; i < MIX_OBJECTS; i++) {
		size_t size;

		seed = seed * 1103515245 + 12345;
		size = 1 + (seed >> 8) % (8U << (seed >> 4) % 10);
		obj[i] = kmalloc(size, GFP_KERNEL);
		asked += size;
		usable += ksize(obj[i]);
	}
	pages = nr_slab_pages() - pages;
	printf("\nmixed workload: %d objects of 1 to 4096 bytes, %lu bytes "
	       "asked, %lu by ksize\n", MIX_OBJECTS, asked, usable);
	printf("slab pages: %lu bytes, %.2f bytes per byte asked, %.2f per "
	       "byte of ksize\n", pages * PAGE_SIZE,
	       (double)pages * PAGE_SIZE / asked,
	       (double)pages * PAGE_SIZE / usable);
	for (i = 0; i < MIX_OBJECTS; i++)
		kfree(obj[i]);
}

static const char *const libs[] = {
	NULL,
	"/usr/lib/x86_64-linux-gnu/libjemalloc.so.2",
	"/usr/lib/x86_64-linux-gnu/libmimalloc.so.2",
	"/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4",
};
static const char *const names[] = {
	"kmem_cache_alloc+free", "kmalloc+kfree", "glibc malloc+free",
	"jemalloc", "mimalloc", "tcmalloc",
};

static void print_table(const char *title, double ns[][NR_SIZES],
			const int *ok, const double *fastest)
{
	int r, i;

	printf("\n%-24s", title);
	for (i = 0; i < NR_SIZES; i++)
		printf(" %8zu", sizes[i]);
	printf("\n");
	for (r = 0; r < 6; r++) {
		printf("%-24s", names[r]);
		for (i = 0; i < NR_SIZES && ok[r]; i++)
			printf(" %8.2f", fastest ? ns[r][i] / fastest[i]
						 : ns[r][i]);
		printf("%s\n", ok[r] ? "" : " not installed");
	}
}

void bench_slab(unsigned long ops)
{
	double ns[6][NR_SIZES], fastest[NR_SIZES];
	int ok[6] = { 1, 1 }, r, i;

	slab_ops = ops;
	host_boot("");
	for (i = 0; i < NR_SIZES; i++) {
		row_cache = kmem_cache_create("bench", sizes[i], 0, 0, NULL);
		row_size = sizes[i];
		ns[0][i] = median_ns(row_cache_alloc);
		ns[1][i] = median_ns(row_kmalloc);
		kmem_cache_destroy(row_cache);
	}
	for (r = 2; r < 6; r++)
		ok[r] = !run_malloc_child(libs[r - 2], ns[r]);
	for (i = 0; i < NR_SIZES; i++) {
		fastest[i] = 1e300;
		for (r = 2; r < 6; r++)
			if (ok[r] && ns[r][i] < fastest[i])
				fastest[i] = ns[r][i];
	}
	print_table("alloc+free, ns", ns, ok, NULL);
	print_table("x fastest malloc", ns, ok, fastest);
	bench_slab_memory();
}
