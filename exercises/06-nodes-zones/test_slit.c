/*
 * Tests of Exercise 6.2, slit_valid(), on SLITs built in memory. The
 * points table at the end says what each test is worth; `make grade
 * CH=6` runs them.
 */
#include <check.h>
#include <string.h>
#include "slit.h"

static union {
	struct acpi_table_header h;
	u8 bytes[ACPI_SLIT_HEADER_SIZE + 16];
} t;

/* A SLIT of n localities with the given entries (n * n of them). */
static const struct acpi_table_header *slit(u64 n, const u8 *d)
{
	memset(&t, 0, sizeof(t));
	memcpy(t.h.signature, "SLIT", 4);
	t.h.length = ACPI_SLIT_HEADER_SIZE + n * n;
	memcpy(t.bytes + sizeof(t.h), &n, sizeof(n));
	memcpy(t.bytes + ACPI_SLIT_HEADER_SIZE, d, n * n);
	return &t.h;
}

START_TEST(test_qemus_two_node_table_is_valid)
{
	static const u8 d[] = { 10, 20, 20, 10 };

	ck_assert_int_eq(slit_valid(slit(2, d)), 1);
}
END_TEST

START_TEST(test_asymmetric_distances_are_allowed)
{
	static const u8 d[] = { 10, 16, 22, 12, 10, 40, 21, 17, 10 };

	ck_assert_int_eq(slit_valid(slit(3, d)), 1);
}
END_TEST

START_TEST(test_a_bad_diagonal_is_refused)
{
	static const u8 d[] = { 10, 20, 20, 11 };

	ck_assert_int_eq(slit_valid(slit(2, d)), 0);
}
END_TEST

START_TEST(test_a_remote_node_as_near_as_local_is_refused)
{
	static const u8 d[] = { 10, 10, 20, 10 };
	static const u8 e[] = { 10, 20, 9, 10 };

	ck_assert_int_eq(slit_valid(slit(2, d)), 0);
	ck_assert_int_eq(slit_valid(slit(2, e)), 0);
}
END_TEST

START_TEST(test_a_short_table_is_refused)
{
	static const u8 d[] = { 10, 20, 20, 10 };
	struct acpi_table_header *h = (void *)slit(2, d);

	h->length -= 1;
	ck_assert_int_eq(slit_valid(h), 0);
	h->length = ACPI_SLIT_HEADER_SIZE - 4;
	ck_assert_int_eq(slit_valid(h), 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_qemus_two_node_table_is_valid, 1);
	add(test_asymmetric_distances_are_allowed, 1);
	add(test_a_bad_diagonal_is_refused, 2);
	add(test_a_remote_node_as_near_as_local_is_refused, 2);
	add(test_a_short_table_is_refused, 2);
}
