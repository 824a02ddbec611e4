/*
 * Tests of Exercise 4.1, __memblock_find_range_bottom_up(). The points
 * table at the end says what each test is worth; `make grade CH=4` runs
 * them.
 */
#include <check.h>
#include <stdlib.h>
#include "bottomup.h"

#define ANY	NUMA_NO_NODE
#define TOP	MEMBLOCK_ALLOC_ANYWHERE

static void expect_found(phys_addr_t start, phys_addr_t end,
			 phys_addr_t size, phys_addr_t align, int nid,
			 phys_addr_t want)
{
	phys_addr_t got = __memblock_find_range_bottom_up(start, end, size,
							  align, nid);

	ck_assert_msg(got == want, "size %#lx align %#lx in [%#lx, %#lx) "
		      "node %d: got %#lx, expected %#lx", size, align, start,
		      end, nid, got, want);
}

START_TEST(test_finds_the_lowest_aligned_fit)
{
	memblock_reset();
	memblock_add(0x101000, 0xeff000);
	expect_found(0x1000, TOP, 0x1000, 0x1000, ANY, 0x101000);
	expect_found(0x1000, TOP, 0x1000, 0x100000, ANY, 0x200000);
}
END_TEST

START_TEST(test_skips_reserved_memory)
{
	memblock_reset();
	memblock_add(0x100000, 0x100000);
	memblock_reserve(0x100000, 0x3000);
	memblock_reserve(0x104000, 0x1000);
	expect_found(0x1000, TOP, 0x1000, 0x1000, ANY, 0x103000);
	expect_found(0x1000, TOP, 0x2000, 0x1000, ANY, 0x105000);
	memblock_reserve(0x105000, 0xfb000);
	expect_found(0x1000, TOP, 0x2000, 0x1000, ANY, 0);
}
END_TEST

START_TEST(test_stays_inside_start_and_end)
{
	memblock_reset();
	memblock_add(0x100000, 0x100000);
	expect_found(0x180800, TOP, 0x1000, 0x1000, ANY, 0x181000);
	expect_found(0x1000, 0x100800, 0x1000, 0x1000, ANY, 0);
	expect_found(0x1f0000, 0x1f8000, 0x8000, 0x1000, ANY, 0x1f0000);
	expect_found(0x1f0000, 0x1f8000, 0x8001, 0x1000, ANY, 0);
}
END_TEST

START_TEST(test_keeps_to_the_node)
{
	memblock_reset();
	memblock_add_node(0x100000, 0x100000, 0, MEMBLOCK_NONE);
	memblock_add_node(0x200000, 0x100000, 1, MEMBLOCK_NONE);
	expect_found(0x1000, TOP, 0x1000, 0x1000, 1, 0x200000);
	expect_found(0x1000, TOP, 0x1000, 0x1000, 0, 0x100000);
	expect_found(0x1000, TOP, 0x1000, 0x1000, 2, 0);
}
END_TEST

START_TEST(test_returns_zero_when_nothing_fits)
{
	memblock_reset();
	memblock_add(0x100000, 0x1000);
	expect_found(0x1000, TOP, 0x2000, 0x1000, ANY, 0);
}
END_TEST

/* The lowest fit, found the slow way: try every aligned address. */
static phys_addr_t brute_force(phys_addr_t size, phys_addr_t align)
{
	phys_addr_t a, b;

	for (a = align; a + size <= 0x400000; a += align) {
		for (b = a; b < a + size; b += 0x1000)
			if (!memblock_is_memory(b) || memblock_is_reserved(b))
				break;
		if (b == a + size)
			return a;
	}
	return 0;
}

START_TEST(test_agrees_with_a_brute_force_search)
{
	static const phys_addr_t aligns[] = { 0x1000, 0x4000, 0x10000 };
	unsigned int round, k;

	srand(4);
	for (round = 0; round < 40; round++) {
		memblock_reset();
		for (k = 0; k < 6; k++)
			memblock_add((rand() % 1000) * 0x1000,
				     (rand() % 60 + 1) * 0x1000);
		for (k = 0; k < 8; k++)
			memblock_reserve((rand() % 1000) * 0x1000,
					 (rand() % 20 + 1) * 0x1000);
		for (k = 0; k < 3; k++) {
			phys_addr_t size = (rand() % 8 + 1) * 0x1000;

			expect_found(0x1000, 0x400000, size, aligns[k], ANY,
				     brute_force(size, aligns[k]));
		}
	}
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_finds_the_lowest_aligned_fit, 2);
	add(test_skips_reserved_memory, 2);
	add(test_stays_inside_start_and_end, 2);
	add(test_keeps_to_the_node, 1);
	add(test_returns_zero_when_nothing_fits, 1);
	add(test_agrees_with_a_brute_force_search, 3);
}
