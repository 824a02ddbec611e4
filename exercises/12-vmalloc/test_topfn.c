/*
 * Tests of Exercise 12.1, vmalloc_to_pfn(): 4 KiB pages from vmalloc,
 * 2 MiB and 1 GiB pages mapped with chapter 3's vmap_range(), and what
 * is not mapped. The points table at the end says what each test is
 * worth; `make grade CH=12` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

#include "topfn.h"

#define GB		(1UL << 30)
#define MB		(1UL << 20)
#define VA_2M		(VMALLOC_START + 64 * GB + 6 * MB)	/* not 1G-aligned */
#define VA_1G		(VMALLOC_START + 128 * GB)
#define PA		0x40000000UL

static void boot_and_map(unsigned long va, unsigned long size,
			 unsigned int shift)
{
	host_boot("");
	vmalloc(PAGE_SIZE);		/* the area's tables exist */
	ck_assert_int_eq(vmap_range(swapper_pg_dir, va, va + size, PA,
				    PAGE_KERNEL, shift), 0);
}

static void expect_pfn(unsigned long va, unsigned long want)
{
	unsigned long got = vmalloc_to_pfn((const void *)va);

	ck_assert_msg(got == want, "%#lx: pfn %#lx, expected %#lx", va, got,
		      want);
}

START_TEST(test_4k_pages_of_vmalloc)
{
	char *p;
	struct vm_struct *vm;
	int i;

	host_boot("");
	p = vmalloc(3 * PAGE_SIZE);
	vm = find_vm_area(p);
	for (i = 0; i < 3; i++)
		expect_pfn((unsigned long)p + i * PAGE_SIZE + 123,
			   page_to_pfn(vm->pages[i]));
}
END_TEST

START_TEST(test_unmapped_and_outside_give_0)
{
	char *p;

	host_boot("");
	p = vmalloc(2 * PAGE_SIZE);
	expect_pfn((unsigned long)p + 2 * PAGE_SIZE, 0);	/* the guard */
	expect_pfn(VMALLOC_START + 200 * GB, 0);		/* no tables */
	expect_pfn(PAGE_OFFSET + PA, 0);			/* direct map */
	expect_pfn(VMALLOC_END + 1, 0);
}
END_TEST

START_TEST(test_2m_pages)
{
	unsigned long off;

	boot_and_map(VA_2M, 2 * PMD_SIZE, PMD_SHIFT);
	for (off = 0; off < 2 * PMD_SIZE; off += 97 * PAGE_SIZE + 5)
		expect_pfn(VA_2M + off, (PA + off) >> PAGE_SHIFT);
	expect_pfn(VA_2M + 2 * PMD_SIZE - 1,
		   (PA + 2 * PMD_SIZE - 1) >> PAGE_SHIFT);
	expect_pfn(VA_2M + 2 * PMD_SIZE, 0);
}
END_TEST

START_TEST(test_1g_pages)
{
	unsigned long off;

	boot_and_map(VA_1G, PUD_SIZE, PUD_SHIFT);
	for (off = 0; off < PUD_SIZE; off += 12345 * PAGE_SIZE + 77)
		expect_pfn(VA_1G + off, (PA + off) >> PAGE_SHIFT);
	expect_pfn(VA_1G + PUD_SIZE - 1, (PA + PUD_SIZE - 1) >> PAGE_SHIFT);
	expect_pfn(VA_1G + PUD_SIZE, 0);
}
END_TEST

START_TEST(test_mixed_sizes_in_one_range)
{
	unsigned long size = 2 * PMD_SIZE + 3 * PAGE_SIZE;

	boot_and_map(VA_2M, size, PMD_SHIFT);
	expect_pfn(VA_2M + PMD_SIZE + 5, (PA + PMD_SIZE) >> PAGE_SHIFT);
	expect_pfn(VA_2M + 2 * PMD_SIZE + 2 * PAGE_SIZE,
		   (PA + 2 * PMD_SIZE + 2 * PAGE_SIZE) >> PAGE_SHIFT);
	expect_pfn(VA_2M + size, 0);
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_4k_pages_of_vmalloc, 1);
	add(test_unmapped_and_outside_give_0, 1);
	add(test_2m_pages, 3);
	add(test_1g_pages, 3);
	add(test_mixed_sizes_in_one_range, 2);
}
