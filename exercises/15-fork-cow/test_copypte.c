/*
 * Tests of Exercise 15.1, copy_one_pte(): an address space on the
 * simulated machine, a copy of one of its areas for a child, and what
 * the two entries, the page's counts and the next writes show after the
 * copy of one entry. The points table at the end says what each test is
 * worth; `make grade CH=15` runs them.
 */
#include <check.h>
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/mman.h>
#include <linux/rmap.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

#include "copypte.h"

static struct mm_struct *parent, *child;
static struct vm_area_struct *src_vma, *dst_vma;

/* Run in mm; as on the processor, loading CR3 empties the TLB. */
static void use(struct mm_struct *mm)
{
	if (current->mm == mm)
		return;
	current->mm = mm;
	load_cr3(mm->pgd);
}

/* A parent with one private writable area of two pages, and a child. */
static unsigned long boot_and_map(void)
{
	unsigned long a;

	host_boot("");
	parent = mm_alloc();
	child = mm_alloc();
	ck_assert(parent && child);
	current->mm = NULL;
	use(parent);
	a = sys_mmap(0, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0);
	ck_assert(!IS_ERR_VALUE(a));
	src_vma = find_vma(parent, a);
	dst_vma = vm_area_dup(src_vma);
	ck_assert_ptr_nonnull(dst_vma);
	dst_vma->vm_mm = child;
	child->mmap = dst_vma;		/* the child's only area */
	child->map_count = 1;
	return a;
}

static void poke(struct mm_struct *mm, unsigned long addr, char c)
{
	use(mm);
	ck_assert_int_eq(host_mmu_write(addr, &c, 1, HOST_ACCESS_USER), 0);
}

static int peek(struct mm_struct *mm, unsigned long addr)
{
	char c;

	use(mm);
	ck_assert_int_eq(host_mmu_read(addr, &c, 1, HOST_ACCESS_USER), 0);
	return c;
}

/* The copy of the parent's entry of addr, as dup_mmap would make it. */
static void copy(unsigned long addr)
{
	pte_t *src = get_locked_pte(parent, addr);
	pte_t *dst = get_locked_pte(child, addr);

	ck_assert(src && dst && pte_present(*src) && pte_none(*dst));
	copy_one_pte(dst_vma, src_vma, dst, src, addr);
}

static pte_t entry(struct mm_struct *mm, unsigned long addr)
{
	return *get_locked_pte(mm, addr);
}

START_TEST(test_the_child_maps_the_same_page)
{
	unsigned long a = boot_and_map();

	poke(parent, a, 'p');
	copy(a);
	ck_assert_uint_eq(pte_pfn(entry(child, a)), pte_pfn(entry(parent, a)));
	ck_assert_int_eq(peek(child, a), 'p');
}
END_TEST

START_TEST(test_a_private_writable_entry_loses_its_write_bit_in_both)
{
	unsigned long a = boot_and_map();

	poke(parent, a, 'p');
	ck_assert(pte_write(entry(parent, a)));
	copy(a);
	ck_assert_msg(!pte_write(entry(parent, a)),
		      "the parent's entry is still writable");
	ck_assert_msg(!pte_write(entry(child, a)),
		      "the child's entry is writable");
	ck_assert(pte_dirty(entry(child, a)));
}
END_TEST

START_TEST(test_the_page_gains_a_user_and_a_mapping)
{
	unsigned long a = boot_and_map();
	struct page *page;

	poke(parent, a, 'p');
	page = pfn_to_page(pte_pfn(entry(parent, a)));
	ck_assert_int_eq(page_count(page), 1);
	ck_assert_int_eq(page_mapcount(page), 1);
	copy(a);
	ck_assert_int_eq(page_count(page), 2);
	ck_assert_int_eq(page_mapcount(page), 2);
	ck_assert_int_eq(get_mm_counter(child, MM_ANONPAGES), 1);
	ck_assert_int_eq(get_mm_counter(parent, MM_ANONPAGES), 1);
}
END_TEST

START_TEST(test_the_zero_page_is_shared_without_counts)
{
	unsigned long a = boot_and_map();
	struct page *zero;
	int users;

	ck_assert_int_eq(peek(parent, a + PAGE_SIZE), 0);
	ck_assert(is_zero_pfn(pte_pfn(entry(parent, a + PAGE_SIZE))));
	zero = pfn_to_page(pte_pfn(entry(parent, a + PAGE_SIZE)));
	users = page_count(zero);
	copy(a + PAGE_SIZE);
	ck_assert(is_zero_pfn(pte_pfn(entry(child, a + PAGE_SIZE))));
	ck_assert(!pte_write(entry(child, a + PAGE_SIZE)));
	ck_assert_int_eq(page_count(zero), users);
	ck_assert_int_eq(get_mm_counter(child, MM_ANONPAGES), 0);
}
END_TEST

START_TEST(test_a_shared_area_keeps_its_write_bit)
{
	unsigned long a = boot_and_map();

	poke(parent, a, 'p');
	src_vma->vm_flags |= VM_SHARED | VM_MAYSHARE;
	dst_vma->vm_flags |= VM_SHARED | VM_MAYSHARE;
	copy(a);
	ck_assert(pte_write(entry(parent, a)));
	ck_assert(pte_write(entry(child, a)));
}
END_TEST

START_TEST(test_the_next_writes_copy_and_stay_apart)
{
	unsigned long a = boot_and_map();

	poke(parent, a, 'p');
	ck_assert(host_tlb_cached(a));	/* the writable entry */
	copy(a);
	poke(parent, a, 'q');
	ck_assert_msg(peek(child, a) == 'p',
		      "the child sees the parent's write after fork");
	poke(child, a, 'c');
	ck_assert_int_eq(peek(parent, a), 'q');
	ck_assert_int_eq(peek(child, a), 'c');
}
END_TEST

/* The points table: each test and what it is worth. */
void grade_tests(void (*add)(const TTest *test, int points))
{
	add(test_the_child_maps_the_same_page, 1);
	add(test_a_private_writable_entry_loses_its_write_bit_in_both, 3);
	add(test_the_page_gains_a_user_and_a_mapping, 2);
	add(test_the_zero_page_is_shared_without_counts, 1);
	add(test_a_shared_area_keeps_its_write_bit, 1);
	add(test_the_next_writes_copy_and_stay_apart, 2);
}
