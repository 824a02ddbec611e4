/* tests/test_page.c: struct page, its flags, sections and conversions. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <linux/memblock.h>
#include <linux/mm.h>

START_TEST(test_links_and_flags_do_not_disturb_each_other)
{
	struct page page = { 0 };

	SetPageReserved(&page);
	SetPageLRU(&page);
	set_page_links(&page, 3, 63, 0x3ffffffffUL);
	ck_assert_uint_eq(page_zonenum(&page), 3);
	ck_assert_int_eq(page_to_nid(&page), 63);
	ck_assert_uint_eq(page_to_section(&page), 0x7ffff);
	ck_assert(PageReserved(&page) && PageLRU(&page) && !PageDirty(&page));
	set_page_links(&page, 1, 2, 5UL << PFN_SECTION_SHIFT);
	ck_assert_uint_eq(page_zonenum(&page), 1);
	ck_assert_int_eq(page_to_nid(&page), 2);
	ck_assert_uint_eq(page_to_section(&page), 5);
	ClearPageReserved(&page);
	ck_assert(!PageReserved(&page) && PageLRU(&page));
	ck_assert_uint_eq(page.flags & ((1UL << __NR_PAGEFLAGS) - 1),
			  1UL << PG_lru);
}
END_TEST

START_TEST(test_sections_with_memory_have_a_map)
{
	unsigned long nr, count = 0;

	for (nr = 0; nr < 64; nr++) {
		struct mem_section *ms = __nr_to_section(nr);
		bool want = nr <= 23 || (nr >= 32 && nr <= 43);
		struct page *map;

		ck_assert_msg(valid_section(ms) == want, "section %lu", nr);
		if (!want)
			continue;
		count++;
		map = pfn_to_page(section_nr_to_pfn(nr));
		ck_assert(memblock_is_reserved(__pa(map)));
		ck_assert(memblock_is_reserved(__pa(map + PAGES_PER_SECTION) -
					       1));
		ck_assert_uint_eq(__pa(map) % PAGE_SIZE, 0);
	}
	ck_assert_uint_eq(count, 36);
	ck_assert_uint_eq(nr_present_sections, 36);
	ck_assert(!pfn_valid(0xc0000));
	ck_assert(pfn_valid(0xbffff));
	ck_assert(!pfn_valid(0x160000));
}
END_TEST

START_TEST(test_holes_and_reserved_memory_are_reserved)
{
	ck_assert(PageReserved(pfn_to_page(0)));
	ck_assert(PageReserved(pfn_to_page(0xa0)));
	ck_assert(PageReserved(pfn_to_page(0xbffe0)));
	ck_assert(PageReserved(pfn_to_page(HOST_PGT_BUF_BASE >> PAGE_SHIFT)));
	ck_assert(!PageReserved(pfn_to_page(0x200000000UL >> PAGE_SHIFT >> 1)));
	ck_assert(!PageReserved(pfn_to_page(0x100000)));
	ck_assert_int_eq(atomic_read(&pfn_to_page(0x1000)->_refcount), 1);
	ck_assert_int_eq(atomic_read(&pfn_to_page(0x1000)->_mapcount), -1);
	ck_assert(list_empty(&pfn_to_page(0x1000)->lru));
	ck_assert_uint_eq(nr_memmap_pages, 36 * PAGES_PER_SECTION);
}
END_TEST

START_TEST(test_conversions_round_trip_in_every_section)
{
	unsigned long nr, k;

	for (nr = 0; nr < 44; nr++) {
		unsigned long base = section_nr_to_pfn(nr);
		unsigned long pfns[] = { base, base + 12345,
					 base + PAGES_PER_SECTION - 1 };

		if (!valid_section(__nr_to_section(nr)))
			continue;
		for (k = 0; k < 3; k++) {
			struct page *page = pfn_to_page(pfns[k]);
			char *addr = __va(PFN_PHYS(pfns[k]));

			ck_assert_uint_eq(page_to_pfn(page), pfns[k]);
			ck_assert_ptr_eq(page_address(page), addr);
			ck_assert_ptr_eq(virt_to_page(addr + 4095), page);
			ck_assert_uint_eq(page_to_section(page), nr);
		}
	}
}
END_TEST

START_TEST(test_dump_page_prints_linux_first_line)
{
	host_console_reset();
	dump_page(pfn_to_page(0x1000), "testing");
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		" refcount:1 mapcount:0 mapping:0000000000000000 index:0x0 "
		"pfn:0x1000\n"));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		"(section=0|node=0|zone="));
	ck_assert_ptr_nonnull(strstr(host_console_output(),
		")\npage dumped because: testing\n"));
	ck_assert_uint_eq(pfn_to_page(0x100000)->flags >> SECTIONS_PGSHIFT,
			  32);
}
END_TEST

Suite *page_suite(void)
{
	Suite *s = suite_create("page");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, host_test_setup, NULL);
	tcase_add_test(tc, test_links_and_flags_do_not_disturb_each_other);
	tcase_add_test(tc, test_sections_with_memory_have_a_map);
	tcase_add_test(tc, test_holes_and_reserved_memory_are_reserved);
	tcase_add_test(tc, test_conversions_round_trip_in_every_section);
	tcase_add_test(tc, test_dump_page_prints_linux_first_line);
	suite_add_tcase(s, tc);
	return s;
}
