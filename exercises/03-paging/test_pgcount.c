/*
 * Tests of Exercise 3.3, pgtable_pages_needed() and
 * direct_map_pgtable_pages(). The points table at the end says what each
 * test is worth; `make grade CH=3` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_mmu.h>

#include "pgcount.h"

#define VA	VMALLOC_START

static void expect_count(unsigned long start, unsigned long end,
			 phys_addr_t phys, unsigned int shift,
			 unsigned long want)
{
	unsigned long got = pgtable_pages_needed(start, end, phys, shift);

	ck_assert_msg(got == want, "[%#lx, %#lx) from %#llx with pages up to "
		      "2^%u: %lu tables, expected %lu", start, end,
		      (unsigned long long)phys, shift, got, want);
}

START_TEST(test_one_page_needs_three_tables)
{
	expect_count(VA, VA + PAGE_SIZE, 0x2000000, PUD_SHIFT, 3);
	expect_count(0x400000, 0x401000, 0x2000000, PAGE_SHIFT, 3);
}
END_TEST

START_TEST(test_the_chapters_example_needs_five)
{
	expect_count(VA + 0x100000, VA + 0x40001000, 0x100000, PUD_SHIFT, 5);
}
END_TEST

START_TEST(test_large_pages_need_fewer_tables)
{
	expect_count(VA, VA + PUD_SIZE, 0x40000000, PUD_SHIFT, 1);
	expect_count(VA, VA + PUD_SIZE, 0x40000000, PMD_SHIFT, 2);
	expect_count(VA, VA + PUD_SIZE, 0x40000000, PAGE_SHIFT, 514);
	expect_count(VA, VA + PUD_SIZE, 0x40001000, PUD_SHIFT, 514);
}
END_TEST

/* Build each mapping in an empty pgd and count what vmap_range() took. */
START_TEST(test_matches_vmap_range)
{
	static const struct { unsigned long start, size; phys_addr_t phys;
			      unsigned int shift; } cases[] = {
		{ 0x1ff000, 0x3000, 0x5000, PUD_SHIFT },
		{ 0x3fe00000, 0x400000, 0x3fe00000, PUD_SHIFT },
		{ 0x7ffffff000, 0x2000, 0x2000000, PAGE_SHIFT },
		{ 0x40000000, 0xc0201000, 0x40000000, PUD_SHIFT },
		{ 0x40000000, 0x80000000, 0x40000000, PMD_SHIFT },
		{ 0x1000, 0x400000, 0x1000, PMD_SHIFT },
	};
	unsigned int i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		pgd_t *pgd;
		unsigned long before;

		host_boot("");
		pgd = alloc_low_page();
		before = pgt_buf_end;
		ck_assert_int_eq(vmap_range(pgd, cases[i].start,
					    cases[i].start + cases[i].size,
					    cases[i].phys, PAGE_KERNEL,
					    cases[i].shift), 0);
		expect_count(cases[i].start, cases[i].start + cases[i].size,
			     cases[i].phys, cases[i].shift,
			     pgt_buf_end - before);
	}
}
END_TEST

START_TEST(test_an_empty_range_needs_nothing)
{
	expect_count(VA, VA, 0, PUD_SHIFT, 0);
}
END_TEST

/* Map each range at PAGE_OFFSET + start into one empty pgd; count. */
static unsigned long built_direct_map(const struct ram_range *ram,
				      unsigned int nr, unsigned int shift)
{
	unsigned long before;
	unsigned int i;
	pgd_t *pgd;

	host_boot("");
	pgd = alloc_low_page();
	before = pgt_buf_end;
	for (i = 0; i < nr; i++)
		ck_assert_int_eq(vmap_range(pgd, PAGE_OFFSET + ram[i].start,
					    PAGE_OFFSET + ram[i].end,
					    ram[i].start, PAGE_KERNEL, shift),
				 0);
	return pgt_buf_end - before;
}

static void expect_direct_map(const struct ram_range *ram, unsigned int nr,
			      unsigned int shift, unsigned long want)
{
	unsigned long got = direct_map_pgtable_pages(ram, nr, shift);

	ck_assert_msg(got == want, "%u ranges from %#llx with pages up to "
		      "2^%u: %lu tables, expected %lu", nr,
		      (unsigned long long)ram[0].start, shift, got, want);
}

/* QEMU's memory maps for -m 128M and -m 4608M, as chapter 4 reads them. */
static const struct ram_range qemu_128m[] = {
	{ 0x1000, 0x9f000 }, { 0x100000, 0x7fe0000 },
};
static const struct ram_range qemu_4608m[] = {
	{ 0x1000, 0x9f000 }, { 0x100000, 0xbffe0000 },
	{ 0x100000000, 0x160000000 },
};

START_TEST(test_neighbouring_ranges_share_their_tables)
{
	static const struct ram_range two[] = {
		{ 0x1000, 0x3000 }, { 0x5000, 0x8000 },
	};
	static const struct ram_range far[] = {
		{ 0x1000, 0x3000 }, { 0x40001000, 0x40003000 },
	};

	expect_direct_map(two, 1, PUD_SHIFT, 3);
	expect_direct_map(two, 2, PUD_SHIFT, 3);
	expect_direct_map(far, 2, PUD_SHIFT, 5);
	/* pud, pmd, a page table for the first 2 MiB and one for the last */
	expect_direct_map(qemu_128m, 2, PUD_SHIFT, 4);
	/* and pmd tables for [2 GiB, 3 GiB) and [5 GiB, 6 GiB) */
	expect_direct_map(qemu_4608m, 3, PUD_SHIFT, 6);
}
END_TEST

START_TEST(test_direct_maps_match_vmap_range)
{
	static const unsigned int shifts[] = { PUD_SHIFT, PMD_SHIFT };
	unsigned int i;

	for (i = 0; i < 2; i++) {
		expect_direct_map(qemu_128m, 2, shifts[i],
				  built_direct_map(qemu_128m, 2, shifts[i]));
		expect_direct_map(qemu_4608m, 3, shifts[i],
				  built_direct_map(qemu_4608m, 3, shifts[i]));
	}
	expect_direct_map(qemu_128m, 2, PAGE_SHIFT,
			  built_direct_map(qemu_128m, 2, PAGE_SHIFT));
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_one_page_needs_three_tables, 1);
	add(test_the_chapters_example_needs_five, 2);
	add(test_large_pages_need_fewer_tables, 2);
	add(test_matches_vmap_range, 3);
	add(test_an_empty_range_needs_nothing, 1);
	add(test_neighbouring_ranges_share_their_tables, 2);
	add(test_direct_maps_match_vmap_range, 3);
}
