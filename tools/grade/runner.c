/*
 * The main() of every graded test program; tools/grade.sh links it with
 * an exercise's test file and the student's (or the solution's) code.
 *
 * The test file defines its points table as a function:
 *
 *	void grade_tests(void (*add)(const TTest *test, int points))
 *	{
 *		add(test_memparse_reads_plain_decimal, 1);
 *		...
 *	}
 *
 * Each test runs in a Check test case of its own, named after the test,
 * in fork mode: a crash or a hang in the code under test fails that one
 * test. The child process passes only by returning from the test function
 * (the runner then exits it with status TEST_RETURNED), so code that calls
 * exit(0) early fails too, where Check alone would count it as passed.
 * The runner prints one line per test,
 *
 *	PASS  test_name  (2/2)
 *	FAIL  test_name  (0/2)  Check's message
 *
 * and a last line "SCORE got max" for tools/grade.sh.
 *
 * Usage: ./test [SUITE_NAME]   (Check's XML log: CK_XML_LOG_FILE_NAME)
 * Exit status: 0 when the tests ran, 2 when the points table is wrong.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GRADED	100
#define TEST_RETURNED	77	/* exit status of a test that returned */

struct graded {
	const TTest *test;
	int points;
	TTest wrapped;		/* runs test, then exits TEST_RETURNED */
};

static struct graded graded[MAX_GRADED];
static int ngraded;
static int table_errors;

void grade_tests(void (*add)(const TTest *test, int points));

/* The add() that grade_tests() calls once per line of its table. */
static void add_graded(const TTest *test, int points)
{
	int i;

	if (ngraded == MAX_GRADED || points <= 0) {
		fprintf(stderr, "points table: cannot add %s with %d points\n",
			test->name, points);
		table_errors++;
		return;
	}
	for (i = 0; i < ngraded; i++) {
		if (!strcmp(graded[i].test->name, test->name)) {
			fprintf(stderr, "points table: %s is listed twice\n",
				test->name);
			table_errors++;
			return;
		}
	}
	graded[ngraded].test = test;
	graded[ngraded].points = points;
	ngraded++;
}

/*
 * The body of every test, in the forked child: Check's loop index i says
 * which test to run. Exit only once it has returned.
 */
static void run_graded(int i)
{
	graded[i].test->fn(i);
	exit(TEST_RETURNED);
}

/* The result of the test case named name, or NULL if it did not run. */
static TestResult *find_result(TestResult **results, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(tr_tcname(results[i]), name))
			return results[i];
	return NULL;
}

/* Print msg on the current line, control characters as \n, \t or \xNN. */
static void print_one_line(const char *msg)
{
	for (; *msg; msg++) {
		unsigned char c = *msg;

		if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < ' ' || c == 0x7f)
			printf("\\x%02x", c);
		else
			putchar(c);
	}
}

/* Print each test's verdict and return the points earned. */
static int report(SRunner *sr)
{
	TestResult **results = srunner_results(sr);
	int n = srunner_ntests_run(sr);
	int i, got = 0;

	for (i = 0; i < ngraded; i++) {
		const char *name = graded[i].test->name;
		int points = graded[i].points;
		TestResult *tr = find_result(results, n, name);

		if (tr && tr_rtype(tr) == CK_PASS) {
			printf("PASS  %s  (%d/%d)\n", name, points, points);
			got += points;
			continue;
		}
		printf("FAIL  %s  (0/%d)  ", name, points);
		print_one_line(tr ? tr_msg(tr) : "the test did not run");
		putchar('\n');
	}
	free(results);
	return got;
}

int main(int argc, char **argv)
{
	const char *suite_name = argc > 1 ? argv[1] : "exercise";
	Suite *s = suite_create(suite_name);
	SRunner *sr;
	int i, got, max = 0;

	grade_tests(add_graded);
	if (table_errors || ngraded == 0) {
		fprintf(stderr, "%s: the points table is empty or wrong\n",
			suite_name);
		return 2;
	}
	for (i = 0; i < ngraded; i++) {
		const TTest *test = graded[i].test;
		TCase *tc = tcase_create(test->name);

		graded[i].wrapped = *test;
		graded[i].wrapped.fn = run_graded;
		tcase_add_loop_exit_test(tc, &graded[i].wrapped, TEST_RETURNED,
					 i, i + 1);
		suite_add_tcase(s, tc);
		max += graded[i].points;
	}

	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_FORK);
	fflush(stdout);
	srunner_run_all(sr, CK_SILENT);
	got = report(sr);
	printf("SCORE %d %d\n", got, max);
	srunner_free(sr);
	return 0;
}
