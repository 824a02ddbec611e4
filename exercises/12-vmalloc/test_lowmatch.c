/*
 * Tests of Exercise 12.2, find_vmap_lowest_match(): trees of free ranges,
 * balanced as a red-black tree keeps them, built here and searched with
 * every size, start and alignment against a walk of the ranges in order;
 * and the steps each search takes. The points table at the end says
 * what each test is worth; `make grade CH=12` runs them.
 */
#include <check.h>
#include <stddef.h>

#include "lowmatch.h"

#define PAGE		4096UL
#define BASE		0xffffc90000000000UL
#define MAX_NODES	4095

struct free_va {
	unsigned long start, end, subtree_max_size;
	struct free_va *left, *right, *parent;
};

static struct free_va nodes[MAX_NODES];
static int nr_nodes;
static unsigned long steps;

unsigned long free_va_start(const struct free_va *va)
{
	return va->start;
}

unsigned long free_va_end(const struct free_va *va)
{
	return va->end;
}

unsigned long free_va_subtree_max_size(const struct free_va *va)
{
	return va ? va->subtree_max_size : 0;
}

struct free_va *free_va_left(const struct free_va *va)
{
	steps++;
	return va->left;
}

struct free_va *free_va_right(const struct free_va *va)
{
	steps++;
	return va->right;
}

struct free_va *free_va_parent(const struct free_va *va)
{
	steps++;
	return va->parent;
}

static unsigned long max3(unsigned long a, unsigned long b, unsigned long c)
{
	return a > b ? (a > c ? a : c) : (b > c ? b : c);
}

/* The balanced tree over nodes[lo..hi], with its sizes; its height. */
static struct free_va *build(int lo, int hi, struct free_va *parent)
{
	struct free_va *va;
	int mid = lo + (hi - lo) / 2;

	if (lo > hi)
		return NULL;
	va = &nodes[mid];
	va->parent = parent;
	va->left = build(lo, mid - 1, va);
	va->right = build(mid + 1, hi, va);
	va->subtree_max_size = max3(va->end - va->start,
				    free_va_subtree_max_size(va->left),
				    free_va_subtree_max_size(va->right));
	return va;
}

static int height(int n)
{
	int h = 0;

	while (n) {
		h++;
		n /= 2;
	}
	return h;
}

static unsigned long seed;

static unsigned long rnd(unsigned long n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (seed >> 33) % n;
}

/*
 * n free ranges of 1 to maxpages pages, one to four busy pages apart
 * (free neighbours would have merged), the first at BASE + PAGE.
 */
static struct free_va *make_tree(int n, unsigned long maxpages,
				 unsigned long s)
{
	unsigned long addr = BASE;
	int i;

	seed = s;
	for (i = 0; i < n; i++) {
		addr += (1 + rnd(4)) * PAGE;
		nodes[i].start = addr;
		addr += (1 + rnd(maxpages)) * PAGE;
		nodes[i].end = addr;
	}
	nr_nodes = n;
	return build(0, n - 1, NULL);
}

static struct free_va *expected(unsigned long size, unsigned long align,
				unsigned long vstart)
{
	int i;

	for (i = 0; i < nr_nodes; i++)
		if (free_va_fit(&nodes[i], size, align, vstart))
			return &nodes[i];
	return NULL;
}

static unsigned long search(struct free_va *root, unsigned long size,
			    unsigned long align, unsigned long vstart)
{
	struct free_va *got, *want = expected(size, align, vstart);

	steps = 0;
	got = find_vmap_lowest_match(root, size, align, vstart);
	ck_assert_msg(got == want, "size %#lx align %#lx vstart %#lx: "
		      "range %ld, expected %ld", size, align, vstart,
		      got ? (long)(got - nodes) : -1L,
		      want ? (long)(want - nodes) : -1L);
	return steps;
}

START_TEST(test_one_range)
{
	struct free_va *root = make_tree(1, 8, 1);
	unsigned long len = nodes[0].end - nodes[0].start;

	search(root, PAGE, PAGE, BASE);
	search(root, len, PAGE, BASE);
	search(root, len + PAGE, PAGE, BASE);
	search(root, PAGE, PAGE, nodes[0].end - PAGE);
	search(root, PAGE, PAGE, nodes[0].end);
	ck_assert_ptr_null(find_vmap_lowest_match(NULL, PAGE, PAGE, BASE));
}
END_TEST

START_TEST(test_lowest_range_that_fits)
{
	struct free_va *root = make_tree(1023, 64, 2);
	unsigned long pages;

	for (pages = 1; pages <= 66; pages++)
		search(root, pages * PAGE, PAGE, BASE);
}
END_TEST

START_TEST(test_ranges_below_vstart_do_not_count)
{
	struct free_va *root = make_tree(1023, 64, 3);
	int i;

	for (i = 0; i < 3000; i++) {
		int at = rnd(1023);
		unsigned long vstart = nodes[at].start +
				       (rnd(3) - 1) * rnd(70) * PAGE;

		search(root, (1 + rnd(64)) * PAGE, PAGE, vstart);
	}
}
END_TEST

START_TEST(test_alignment)
{
	struct free_va *root = make_tree(255, 32, 4);
	unsigned long align;
	int i;

	for (align = PAGE; align <= 64 * PAGE; align *= 2)
		for (i = 0; i < 200; i++)
			search(root, (1 + rnd(16)) * PAGE, align,
			       BASE + rnd(nodes[254].end - BASE));
}
END_TEST

START_TEST(test_nothing_fits)
{
	struct free_va *root = make_tree(511, 16, 5);

	search(root, 17 * PAGE, PAGE, BASE);
	search(root, PAGE, PAGE, nodes[510].end);
	search(root, 16 * PAGE, 1UL << 40, BASE);
}
END_TEST

/*
 * Steps: a search that skips the subtrees with no room goes down the
 * tree and, at most, up and down once more where vstart cuts it.
 */
static void expect_few_steps(int n, unsigned long maxpages, unsigned long s)
{
	struct free_va *root = make_tree(n, maxpages, s);
	unsigned long most = 0, st, limit = 6 * (height(n) + 1);
	int i;

	for (i = 0; i < 2000; i++) {
		unsigned long vstart = BASE;

		if (i & 1)
			vstart = nodes[rnd(n)].start + rnd(8) * PAGE;
		st = search(root, (1 + rnd(maxpages)) * PAGE, PAGE, vstart);
		if (st > most)
			most = st;
	}
	ck_assert_msg(most <= limit, "%d ranges: a search took %lu steps, "
		      "more than %lu", n, most, limit);
}

START_TEST(test_few_steps_in_1023_ranges)
{
	expect_few_steps(1023, 64, 6);
}
END_TEST

START_TEST(test_few_steps_in_4095_ranges)
{
	expect_few_steps(4095, 256, 7);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_one_range, 1);
	add(test_lowest_range_that_fits, 2);
	add(test_ranges_below_vstart_do_not_count, 2);
	add(test_alignment, 2);
	add(test_nothing_fits, 1);
	add(test_few_steps_in_1023_ranges, 2);
	add(test_few_steps_in_4095_ranges, 2);
}
