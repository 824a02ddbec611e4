/*
 * tools/vm/zonecalc.c: a Linux machine's watermarks and protection,
 * recomputed with the book's code from its /proc files (make zonecalc).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/mm.h>
#include <linux/mmzone.h>

#define ZC_MAX_ZONES	(MAX_NUMNODES * 8)

struct zc_zone {
	int nid;
	int idx;		/* our enum zone_type; -1: not one of ours */
	unsigned long spanned, present, managed;
	unsigned long mark[NR_WMARK];	/* as Linux printed them */
	long protection[MAX_NR_ZONES];
};

static struct zc_zone zc[ZC_MAX_ZONES];
static int nr_zc;
static int zone_index(const char *name)
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		if (strcmp(zone_names[j], name) == 0)
			return j;
	return -1;
}

static void read_protection(struct zc_zone *z, const char *p)
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		char *end;

		p += strspn(p, " ,");
		z->protection[j] = strtol(p, &end, 10);
		if (end == p)
			break;
		p = end;
	}
}

static void read_zone_line(struct zc_zone *z, const char *line)
{
	static const char *const marks[NR_WMARK] = { "min", "low", "high" };
	const char *p = strstr(line, "protection: (");
	unsigned long v;
	char key[32];
	int i;

	if (p) {
		read_protection(z, p + strlen("protection: ("));
		return;
	}
	if (sscanf(line, " %31s %lu", key, &v) != 2)
		return;
	for (i = 0; i < NR_WMARK; i++)
		if (strcmp(key, marks[i]) == 0)
			z->mark[i] = v;
	if (strcmp(key, "spanned") == 0)
		z->spanned = v;
	else if (strcmp(key, "present") == 0)
		z->present = v;
	else if (strcmp(key, "managed") == 0)
		z->managed = v;
}

static int read_zoneinfo(const char *path)
{
	struct zc_zone *z = NULL;
	char line[512], name[16];
	FILE *f = fopen(path, "r");
	int nid;

	if (!f) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Node %d, zone %15s", &nid, name) == 2 &&
		    nid >= 0 && nid < MAX_NUMNODES && nr_zc < ZC_MAX_ZONES) {
			z = &zc[nr_zc++];
			memset(z, 0, sizeof(*z));
			z->nid = nid;
			z->idx = zone_index(name);
		} else if (z) {
			read_zone_line(z, line);
		}
	}
	fclose(f);
	if (nr_zc == 0) {
		fprintf(stderr, "zonecalc: %s: no zone in it\n", path);
		return -1;
	}
	return 0;
}
static int read_numbers(const char *path, long *v, int max)
{
	FILE *f = fopen(path, "r");
	int n = 0;

	if (!f) {
		perror(path);
		return -1;
	}
	while (n < max && fscanf(f, "%ld", &v[n]) == 1)
		n++;
	fclose(f);
	if (n == 0) {
		fprintf(stderr, "zonecalc: %s: no number in it\n", path);
		return -1;
	}
	return n;
}
static pg_data_t zc_nodes[MAX_NUMNODES];

static void place_zone(const struct zc_zone *r)
{
	pg_data_t *pgdat = &zc_nodes[r->nid];
	struct zone *z = &pgdat->node_zones[r->idx];

	pgdat->node_present_pages += r->present;
	pgdat->node_spanned_pages += r->spanned;
	if (r->present && pgdat->nr_zones < r->idx + 1)
		pgdat->nr_zones = r->idx + 1;
	z->spanned_pages = r->spanned;
	z->present_pages = r->present;
	z->managed_pages = r->managed;
}

static void build_machine(void)
{
	int i, j;

	for (i = 0; i < nr_zc; i++) {
		int nid = zc[i].nid;

		if (zc[i].idx < 0)
			continue;
		NODE_DATA(nid) = &zc_nodes[nid];
		NODE_DATA(nid)->node_id = nid;
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *z = &NODE_DATA(nid)->node_zones[j];

			z->zone_pgdat = NODE_DATA(nid);
			z->node = nid;
			z->name = zone_names[j];
		}
		place_zone(&zc[i]);
	}
}
static void print_row(const struct zc_zone *r, const char *what,
		      long linux_v, long book)
{
	printf("Node %d %-8s %-19s %9ld %9ld %+10ld\n", r->nid,
	       zone_names[r->idx], what, linux_v, book, book - linux_v);
}

static void print_zone(const struct zc_zone *r)
{
	static const char *const marks[NR_WMARK] = { "min", "low", "high" };
	const struct zone *z = &NODE_DATA(r->nid)->node_zones[r->idx];
	char what[32];
	int i;

	for (i = 0; i < NR_WMARK; i++)
		print_row(r, marks[i], r->mark[i], wmark_pages(z, i));
	for (i = 0; i < MAX_NR_ZONES; i++) {
		snprintf(what, sizeof(what), "protection[%s]", zone_names[i]);
		print_row(r, what, r->protection[i], z->lowmem_reserve[i]);
	}
}
static const char *const zc_names[4] = {
	"zoneinfo", "min_free_kbytes", "watermark_scale_factor",
	"lowmem_reserve_ratio",
};

static int zc_files(int argc, char **argv, const char *file[4])
{
	static char in_dir[4][4096];
	const char *given[4] = { NULL };
	int c, i;

	while ((c = getopt(argc, argv, "z:m:w:r:")) != -1) {
		const char *p = strchr("zmwr", c);

		if (c == '?' || !p)
			return -1;
		given[p - "zmwr"] = optarg;
	}
	if (argc - optind > 1)
		return -1;
	for (i = 0; i < 4; i++) {
		if (optind < argc) {
			snprintf(in_dir[i], sizeof(in_dir[i]), "%s/%s",
				 argv[optind], zc_names[i]);
			file[i] = in_dir[i];
		}
		if (given[i])
			file[i] = given[i];
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *file[4] = {
		"/proc/zoneinfo", "/proc/sys/vm/min_free_kbytes",
		"/proc/sys/vm/watermark_scale_factor",
		"/proc/sys/vm/lowmem_reserve_ratio",
	};
	long mfk, wsf, ratio[MAX_NR_ZONES];
	int i, n, boot;

	if (zc_files(argc, argv, file)) {
		fprintf(stderr, "usage: zonecalc [-z zoneinfo] "
			"[-m min_free_kbytes] [-w watermark_scale_factor]\n"
			"                [-r lowmem_reserve_ratio] [DIR]\n");
		return 2;
	}
	if (read_zoneinfo(file[0]) || read_numbers(file[1], &mfk, 1) < 0 ||
	    read_numbers(file[2], &wsf, 1) < 0 ||
	    (n = read_numbers(file[3], ratio, MAX_NR_ZONES)) < 0)
		return 1;
	build_machine();
	boot = calculate_min_free_kbytes();
	min_free_kbytes = mfk;
	watermark_scale_factor = wsf;
	for (i = 0; i < n; i++)
		sysctl_lowmem_reserve_ratio[i] = ratio[i];
	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
	printf("min_free_kbytes %ld, watermark_scale_factor %ld, "
	       "lowmem_reserve_ratio", mfk, wsf);
	for (i = 0; i < n; i++)
		printf(" %ld", ratio[i]);
	printf("\nthe book's calculate_min_free_kbytes() for these managed pages:"
	       " %d\n\n", boot);
	printf("%-15s %-19s %9s %9s %10s\n", "zone", "number", "Linux", "book",
	       "difference");
	for (i = 0; i < nr_zc; i++)
		if (zc[i].idx >= 0)
			print_zone(&zc[i]);
	return 0;
}
