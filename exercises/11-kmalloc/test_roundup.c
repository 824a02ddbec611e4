/*
 * Tests of Exercise 11.1, kmalloc_size_roundup(): its answers against
 * what kmalloc() and ksize() do on the simulated machine. `make grade
 * CH=11` runs them.
 */
#include <check.h>
#include <stdint.h>
#include <asm/host.h>
#include "roundup.h"

START_TEST(test_zero_and_saturated_sizes_stay)
{
	host_boot("");
	ck_assert_uint_eq(kmalloc_size_roundup(0), 0);
	ck_assert_uint_eq(kmalloc_size_roundup(SIZE_MAX), SIZE_MAX);
}
END_TEST

START_TEST(test_every_small_size_is_what_kmalloc_gives)
{
	size_t size;

	host_boot("");
	for (size = 1; size <= KMALLOC_MAX_CACHE_SIZE; size++) {
		void *p = kmalloc(size, GFP_KERNEL);

		ck_assert_msg(kmalloc_size_roundup(size) == ksize(p),
			      "size %zu: %zu, kmalloc gives %zu", size,
			      kmalloc_size_roundup(size), ksize(p));
		kfree(p);
	}
}
END_TEST

START_TEST(test_large_sizes_are_whole_blocks)
{
	static const size_t size[] = { 8193, 16384, 16385, 100000,
				       1 << 20, (1 << 20) + 1 };
	unsigned int i;

	host_boot("");
	for (i = 0; i < sizeof(size) / sizeof(size[0]); i++) {
		void *p = kmalloc(size[i], GFP_KERNEL);

		ck_assert_uint_eq(kmalloc_size_roundup(size[i]), ksize(p));
		kfree(p);
	}
	ck_assert_uint_eq(kmalloc_size_roundup(KMALLOC_MAX_SIZE + 1),
			  2 * KMALLOC_MAX_SIZE);
	ck_assert_uint_eq(kmalloc_size_roundup(((size_t)1 << 40) - 5),
			  (size_t)1 << 40);
}
END_TEST

START_TEST(test_slub_debug_does_not_count)
{
	host_boot("slub_debug=FZPU");
	ck_assert_uint_eq(kmalloc_size_roundup(50), 64);
	ck_assert_uint_eq(kmalloc_size_roundup(65), 96);
	ck_assert_uint_eq(kmalloc_size_roundup(8000), 8192);
}
END_TEST

void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_zero_and_saturated_sizes_stay, 1);
	add(test_every_small_size_is_what_kmalloc_gives, 3);
	add(test_large_sizes_are_whole_blocks, 2);
	add(test_slub_debug_does_not_count, 2);
}
