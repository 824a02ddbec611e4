/*
 * Tests of Exercise 11.2, KMALLOC_MIN_SIZE above 8: the patched table
 * and the caches made, for smallest classes from 8 to 256 bytes.
 * `make grade CH=11` runs them.
 */
#include <check.h>
#include <string.h>
#include "minalign.h"

const u8 ex_size_index[24] = {
	3, 4, 5, 5, 6, 6, 6, 6, 1, 1, 1, 1,
	7, 7, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2,
};

unsigned int ex_class_size(unsigned int index)
{
	return index == 1 ? 96 : index == 2 ? 192 : 1U << index;
}

/* The table for min, with guard bytes on both sides. */
static u8 *patched(unsigned int min)
{
	static u8 buf[8 + 24 + 8];

	memset(buf, 0xee, sizeof(buf));
	memcpy(buf + 8, ex_size_index, 24);
	setup_kmalloc_cache_index_table(buf + 8, min);
	ck_assert_msg(buf[7] == 0xee && buf[32] == 0xee,
		      "min %u: wrote outside the table", min);
	return buf + 8;
}

/* The smallest class a made cache has for size, as a plain search. */
static unsigned int smallest_made(unsigned int size, unsigned int min)
{
	unsigned int best = 0, i;

	for (i = 1; i <= EX_KMALLOC_SHIFT_HIGH; i++)
		if (kmalloc_cache_made(i, min) && ex_class_size(i) >= size &&
		    (!best || ex_class_size(i) < best))
			best = ex_class_size(i);
	return best;
}

static void check_min(unsigned int min)
{
	const u8 *t = patched(min);
	unsigned int size;

	for (size = 1; size <= 192; size++) {
		unsigned int index = t[(size - 1) / 8];

		ck_assert_msg(kmalloc_cache_made(index, min),
			      "min %u, size %u: cache %u not made", min, size,
			      index);
		ck_assert_msg(ex_class_size(index) == smallest_made(size, min),
			      "min %u, size %u: class %u, not %u", min, size,
			      ex_class_size(index), smallest_made(size, min));
		ck_assert_msg(ex_class_size(index) % min == 0,
			      "min %u, size %u: class %u not aligned", min,
			      size, ex_class_size(index));
	}
}

START_TEST(test_eight_bytes_changes_nothing)
{
	ck_assert_int_eq(memcmp(patched(8), ex_size_index, 24), 0);
	check_min(8);
}
END_TEST

START_TEST(test_the_caches_made_for_each_min)
{
	unsigned int i;

	for (i = 1; i <= EX_KMALLOC_SHIFT_HIGH; i++) {
		ck_assert(kmalloc_cache_made(i, 8) == (i == 1 || i == 2 ||
						       i >= 3));
		ck_assert(kmalloc_cache_made(i, 64) == (i == 2 || i >= 6));
		ck_assert(kmalloc_cache_made(i, 128) == (i >= 7));
		ck_assert(kmalloc_cache_made(i, 256) == (i >= 8));
	}
	ck_assert(kmalloc_cache_made(1, 32) && !kmalloc_cache_made(4, 32));
	ck_assert(!kmalloc_cache_made(14, 8) && !kmalloc_cache_made(0, 8));
}
END_TEST

START_TEST(test_sixteen_and_thirtytwo)
{
	check_min(16);
	check_min(32);
}
END_TEST

START_TEST(test_sixtyfour_drops_96)
{
	check_min(64);
}
END_TEST

START_TEST(test_128_drops_192)
{
	const u8 *t;
	unsigned int i;

	check_min(128);
	t = patched(256);	/* past the table's end: sizes up to 64 */
	for (i = 0; i < 8; i++)
		ck_assert_uint_eq(t[i], 8);
}
END_TEST

void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_eight_bytes_changes_nothing, 1);
	add(test_the_caches_made_for_each_min, 2);
	add(test_sixteen_and_thirtytwo, 1);
	add(test_sixtyfour_drops_96, 2);
	add(test_128_drops_192, 2);
}
