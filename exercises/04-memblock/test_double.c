/*
 * Tests of Exercise 4.1, memblock_double_array(), on the simulated
 * machine's memblock after boot. The points table at the end says what
 * each test is worth; `make grade CH=4` runs them.
 */
#include <check.h>
#include <string.h>
#include <asm/host.h>
#include <linux/pgtable.h>
#include "double.h"

#define SLOTS		0x10000000UL	/* where the tests reserve pages */
#define LIMIT		0x40000000UL	/* current_limit: 1 GiB */
#define REGION_SIZE	sizeof(struct memblock_region)
/* The pages of an array of n regions. */
#define ARRAY_BYTES(n)	PAGE_ALIGN((n) * REGION_SIZE)

static struct memblock_region saved[4 * 128];
static unsigned long nr_saved;
static phys_addr_t next_slot = SLOTS;

/* Reserve one page every other page until reserved is full. */
static void fill_reserved(void)
{
	while (memblock.reserved.cnt < memblock.reserved.max) {
		ck_assert_int_eq(memblock_reserve(next_slot, PAGE_SIZE), 0);
		next_slot += 2 * PAGE_SIZE;
	}
	nr_saved = memblock.reserved.cnt;
	memcpy(saved, memblock.reserved.regions, nr_saved * REGION_SIZE);
}

static void boot(void)
{
	host_boot("");
	memblock_set_current_limit(LIMIT);
	next_slot = SLOTS;
}

/* Where the array must go: the highest free pages above the area. */
static phys_addr_t expected_at(phys_addr_t size, phys_addr_t from,
			       phys_addr_t to)
{
	return memblock_find_in_range_node(size, PAGE_SIZE, from, to,
					   NUMA_NO_NODE);
}

/* Every region saved before is still there, in the same order. */
static void expect_regions_kept(const struct memblock_type *type)
{
	unsigned long i, j = 0;

	for (i = 0; i < nr_saved; i++) {
		while (j < type->cnt &&
		       type->regions[j].base != saved[i].base)
			j++;
		ck_assert_msg(j < type->cnt && type->regions[j].size ==
			      saved[i].size, "region %#lx+%#lx is gone",
			      saved[i].base, saved[i].size);
	}
}

static void expect_array_at(const struct memblock_type *type,
			    phys_addr_t addr, phys_addr_t size)
{
	ck_assert_msg(__pa(type->regions) == addr, "%s array at %#lx, "
		      "expected %#lx", type->name, __pa(type->regions), addr);
	ck_assert_msg(memblock_is_reserved(addr) &&
		      memblock_is_reserved(addr + size - 1),
		      "the new array [%#lx, %#lx) is not reserved", addr,
		      addr + size);
}

/*
 * Move reserved's array, as it is after boot, into a page the test
 * reserves: the first array is never memblock's to free.
 */
static phys_addr_t first_array_in_a_page(void)
{
	phys_addr_t page = SLOTS - PAGE_SIZE;

	ck_assert_int_eq(memblock_reserve(page, PAGE_SIZE), 0);
	memcpy(__va(page), memblock.reserved.regions,
	       memblock.reserved.max * REGION_SIZE);
	memblock.reserved.regions = __va(page);
	return page;
}

START_TEST(test_a_full_reserved_array_doubles)
{
	phys_addr_t at, total, first;
	unsigned long i;

	boot();
	first = first_array_in_a_page();
	fill_reserved();
	total = memblock.reserved.total_size;
	at = expected_at(ARRAY_BYTES(256), next_slot + PAGE_SIZE, LIMIT);
	memset(__va(at), 0xa5, ARRAY_BYTES(256));
	ck_assert_int_eq(memblock_double_array(&memblock.reserved, next_slot,
					       PAGE_SIZE), 0);
	ck_assert_uint_eq(memblock.reserved.max, 256);
	expect_array_at(&memblock.reserved, at, ARRAY_BYTES(256));
	ck_assert_uint_eq(memblock.reserved.total_size,
			  total + ARRAY_BYTES(256));
	expect_regions_kept(&memblock.reserved);
	for (i = memblock.reserved.cnt; i < memblock.reserved.max; i++)
		ck_assert_msg(memblock.reserved.regions[i].size == 0,
			      "entry %lu of the new half is not empty", i);
	ck_assert_msg(memblock_is_reserved(first), "the first array's page "
		      "%#lx was freed", first);
	/* now there is room */
	ck_assert_int_eq(memblock_reserve(next_slot, PAGE_SIZE), 0);
}
END_TEST

START_TEST(test_the_array_avoids_the_area_being_reserved)
{
	phys_addr_t area = LIMIT - 4 * PAGE_SIZE, at;

	boot();
	fill_reserved();
	/* nothing fits above the area: the array goes below it */
	at = expected_at(ARRAY_BYTES(256), 0, area);
	ck_assert_int_eq(memblock_double_array(&memblock.reserved, area,
					       4 * PAGE_SIZE), 0);
	expect_array_at(&memblock.reserved, at, ARRAY_BYTES(256));
	ck_assert_uint_eq(at, area - ARRAY_BYTES(256));
	ck_assert_int_eq(memblock_reserve(area, 4 * PAGE_SIZE), 0);
}
END_TEST

START_TEST(test_a_second_doubling_frees_the_first_array)
{
	phys_addr_t first, at;
	unsigned long i;

	boot();
	fill_reserved();
	ck_assert_int_eq(memblock_double_array(&memblock.reserved, 0, 0), 0);
	first = __pa(memblock.reserved.regions);
	fill_reserved();
	at = expected_at(ARRAY_BYTES(512), 0, LIMIT);
	ck_assert_int_eq(memblock_double_array(&memblock.reserved, 0, 0), 0);
	ck_assert_uint_eq(memblock.reserved.max, 512);
	expect_array_at(&memblock.reserved, at, ARRAY_BYTES(512));
	ck_assert_msg(!memblock_is_reserved(first) &&
		      !memblock_is_reserved(first + PAGE_SIZE),
		      "the first array at %#lx is still reserved", first);
	/* all the rest is kept */
	for (i = 0; i < nr_saved && saved[i].base != first; i++)
		;
	ck_assert_uint_lt(i, nr_saved);
	memmove(saved + i, saved + i + 1, (--nr_saved - i) * REGION_SIZE);
	expect_regions_kept(&memblock.reserved);
}
END_TEST

START_TEST(test_the_memory_array_ignores_the_area)
{
	phys_addr_t at, base = 0x200000000UL;
	unsigned long i;

	boot();
	for (i = 0; memblock.memory.cnt < memblock.memory.max; i++)
		ck_assert_int_eq(memblock_add(base + 2 * i * PAGE_SIZE,
					      PAGE_SIZE), 0);
	nr_saved = memblock.memory.cnt;
	memcpy(saved, memblock.memory.regions, nr_saved * REGION_SIZE);
	/* memory being added is not free memory: nothing to avoid */
	at = expected_at(ARRAY_BYTES(256), 0, LIMIT);
	ck_assert_int_eq(memblock_double_array(&memblock.memory, at,
					       ARRAY_BYTES(256)), 0);
	ck_assert_uint_eq(memblock.memory.max, 256);
	ck_assert_uint_eq(memblock.reserved.max, 128);
	expect_array_at(&memblock.memory, at, ARRAY_BYTES(256));
	expect_regions_kept(&memblock.memory);
}
END_TEST

START_TEST(test_no_room_changes_nothing)
{
	struct memblock_region *regions;

	boot();
	fill_reserved();
	regions = memblock.reserved.regions;
	memblock_set_current_limit(PAGE_SIZE);
	ck_assert_int_eq(memblock_double_array(&memblock.reserved, 0, 0), -1);
	ck_assert_ptr_eq(memblock.reserved.regions, regions);
	ck_assert_uint_eq(memblock.reserved.max, 128);
	ck_assert_uint_eq(memblock.reserved.cnt, 128);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_a_full_reserved_array_doubles, 3);
	add(test_the_array_avoids_the_area_being_reserved, 2);
	add(test_a_second_doubling_frees_the_first_array, 2);
	add(test_the_memory_array_ignores_the_area, 2);
	add(test_no_room_changes_nothing, 1);
}
