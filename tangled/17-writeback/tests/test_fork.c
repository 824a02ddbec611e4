/* tests/test_fork.c: fork's copy of an address space, copy-on-write. */
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/mman.h>
#include <linux/pgtable.h>
#include <linux/rmap.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

#define PAGES(n)	((unsigned long)(n) * PAGE_SIZE)

static struct mm_struct *parent, *child;

static void use(struct mm_struct *mm)
{
	current->mm = mm;
	load_cr3(mm->pgd);
}

static void fork_setup(void)
{
	host_test_setup();
	parent = mm_alloc();
	ck_assert_ptr_nonnull(parent);
	use(parent);
	sys_munmap(sys_mmap(0, PAGES(1), PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0), PAGES(1));
	mmput(dup_mm(parent));
	child = NULL;
}

static void fork_teardown(void)
{
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	if (child)
		mmput(child);
	mmput(parent);
}

static unsigned long map(unsigned long n)
{
	use(parent);
	return sys_mmap(0, PAGES(n), PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1UL, 0);
}

static void fork_child(void)
{
	use(parent);
	child = dup_mm(parent);
	ck_assert_ptr_nonnull(child);
}

static bool poke(struct mm_struct *mm, unsigned long addr, char c)
{
	use(mm);
	return host_mmu_write(addr, &c, 1, HOST_ACCESS_USER) == 0;
}

static int peek(struct mm_struct *mm, unsigned long addr)
{
	char c;

	use(mm);
	if (host_mmu_read(addr, &c, 1, HOST_ACCESS_USER))
		return -1;
	return c;
}

static pte_t *pte_of(struct mm_struct *mm, unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address_in_pgd(pgd_offset(mm, addr), addr,
					   &level);

	return pte && pte_present(*pte) && level == PG_LEVEL_4K ? pte : NULL;
}

static struct page *page_of(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = pte_of(mm, addr);

	ck_assert_ptr_nonnull(pte);
	return pfn_to_page(pte_pfn(*pte));
}

static unsigned long free_pages(void)
{
	drain_all_pages(NULL);
	return nr_free_pages();
}
START_TEST(test_fork_shares_every_page_write_protected_in_both)
{
	unsigned long a = map(3), i;
	struct vm_area_struct *pv, *cv;
	struct page *page;

	ck_assert(poke(parent, a, 'p'));
	ck_assert_int_eq(peek(parent, a + PAGES(1)), 0);
	page = page_of(parent, a);
	ck_assert_int_eq(page_count(page), 1);
	ck_assert_int_eq(page_mapcount(page), 1);
	ck_assert(pte_write(*pte_of(parent, a)));
	fork_child();
	pv = find_vma(parent, a);
	cv = find_vma(child, a);
	ck_assert_ptr_ne(cv, pv);
	ck_assert_ptr_eq(cv->vm_mm, child);
	ck_assert_uint_eq(cv->vm_start, pv->vm_start);
	ck_assert_uint_eq(cv->vm_end, pv->vm_end);
	ck_assert_int_eq(child->map_count, parent->map_count);
	for (i = 0; i < 2; i++) {
		pte_t *p = pte_of(parent, a + PAGES(i));
		pte_t *c = pte_of(child, a + PAGES(i));

		ck_assert(p && c && pte_pfn(*p) == pte_pfn(*c));
		ck_assert(!pte_write(*p) && !pte_write(*c));
	}
	ck_assert(is_zero_pfn(pte_pfn(*pte_of(child, a + PAGES(1)))));
	ck_assert_ptr_null(pte_of(child, a + PAGES(2)));
	ck_assert_int_eq(page_count(page), 2);
	ck_assert_int_eq(page_mapcount(page), 2);
	ck_assert_int_eq(peek(child, a), 'p');
	ck_assert_ptr_eq(page_anon_vma(page), child->anon_vma);
	ck_assert_ptr_eq(child->anon_vma, parent->anon_vma);
}
END_TEST
START_TEST(test_the_first_writer_copies_and_the_last_sharer_reuses)
{
	unsigned long a = map(1), copies, before;
	struct page *old, *new;

	ck_assert(poke(parent, a, 'p'));
	old = page_of(parent, a);
	fork_child();
	copies = cow_copies;
	before = free_pages();
	ck_assert(poke(child, a, 'c'));
	new = page_of(child, a);
	ck_assert_ptr_ne(new, old);
	ck_assert(pte_write(*pte_of(child, a)));
	ck_assert_uint_eq(cow_copies, copies + 1);
	ck_assert_uint_eq(free_pages(), before - 1);
	ck_assert_int_eq(page_count(new), 1);
	ck_assert_int_eq(page_mapcount(new), 1);
	ck_assert_int_eq(page_count(old), 1);
	ck_assert_int_eq(page_mapcount(old), 1);
	ck_assert(!pte_write(*pte_of(parent, a)));
	ck_assert_int_eq(peek(parent, a), 'p');
	ck_assert(poke(parent, a, 'P'));
	ck_assert_ptr_eq(page_of(parent, a), old);
	ck_assert(pte_write(*pte_of(parent, a)));
	ck_assert_uint_eq(cow_copies, copies + 1);
	ck_assert_uint_eq(free_pages(), before - 1);
	ck_assert_int_eq(peek(child, a), 'c');
	ck_assert_int_eq(peek(parent, a), 'P');
}
END_TEST

START_TEST(test_a_page_held_besides_its_mapping_is_copied)
{
	unsigned long a = map(1), copies;
	struct page *old;

	ck_assert(poke(parent, a, 'p'));
	old = page_of(parent, a);
	fork_child();
	mmput(child);
	child = NULL;
	ck_assert_int_eq(page_count(old), 1);
	get_page(old);
	copies = cow_copies;
	ck_assert(poke(parent, a, 'P'));
	ck_assert_ptr_ne(page_of(parent, a), old);
	ck_assert_uint_eq(cow_copies, copies + 1);
	ck_assert_int_eq(page_count(old), 1);
	ck_assert_int_eq(page_mapcount(old), 0);
	ck_assert_int_eq(*(char *)page_address(old), 'p');
	put_page(old);
}
END_TEST

START_TEST(test_a_write_to_the_shared_zero_page_gets_a_zeroed_page)
{
	unsigned long a = map(1), before;
	struct page *new;

	ck_assert_int_eq(peek(parent, a), 0);
	fork_child();
	ck_assert(is_zero_pfn(pte_pfn(*pte_of(child, a))));
	before = free_pages();
	ck_assert(poke(child, a + 7, 'c'));
	ck_assert(!is_zero_pfn(pte_pfn(*pte_of(child, a))));
	ck_assert(pte_write(*pte_of(child, a)));
	new = page_of(child, a);
	ck_assert_int_eq(page_count(new), 1);
	ck_assert_int_eq(page_mapcount(new), 1);
	ck_assert_uint_eq(free_pages(), before - 1);
	ck_assert_int_eq(peek(child, a), 0);
	ck_assert_int_eq(peek(child, a + 7), 'c');
	ck_assert(is_zero_pfn(pte_pfn(*pte_of(parent, a))));
	ck_assert_int_eq(peek(parent, a + 7), 0);
}
END_TEST
START_TEST(test_fork_of_a_large_space_copies_tables_not_pages)
{
	unsigned long n = 1024, a = map(n), i, before, after;

	for (i = 0; i < n; i++)
		ck_assert(poke(parent, a + PAGES(i), 1));
	before = free_pages();
	fork_child();
	after = free_pages();
	ck_assert_uint_eq(child->pgtables_bytes, parent->pgtables_bytes);
	ck_assert_uint_eq(before - after,
			  1 + child->pgtables_bytes / PAGE_SIZE);
	for (i = 0; i < 16; i++) {
		ck_assert(poke(child, a + PAGES(i * 64), 2));
		ck_assert_uint_eq(free_pages(), after - i - 1);
	}
	for (i = 0; i < 16; i++)
		ck_assert(poke(parent, a + PAGES(i * 64), 3));
	ck_assert_uint_eq(free_pages(), after - 16);
	mmput(child);
	child = NULL;
	ck_assert_uint_eq(free_pages(), before);
}
END_TEST
START_TEST(test_mm_release_clears_the_tid_only_in_a_shared_space)
{
	unsigned long a = map(1);

	ck_assert(poke(parent, a, 7));
	current->clear_child_tid = (int *)a;
	mm_release(current, parent);
	ck_assert_ptr_null(current->clear_child_tid);
	ck_assert_int_eq(peek(parent, a), 7);
	parent->mm_users++;
	current->clear_child_tid = (int *)a;
	mm_release(current, parent);
	ck_assert_ptr_null(current->clear_child_tid);
	ck_assert_int_eq(peek(parent, a), 0);
	current->clear_child_tid = (int *)(a + PAGES(1));
	mm_release(current, parent);
	ck_assert_ptr_null(current->clear_child_tid);
	parent->mm_users--;
}
END_TEST

Suite *fork_suite(void)
{
	Suite *s = suite_create("fork");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, fork_setup, fork_teardown);
	tcase_add_test(tc, test_fork_shares_every_page_write_protected_in_both);
	tcase_add_test(tc, test_the_first_writer_copies_and_the_last_sharer_reuses);
	tcase_add_test(tc, test_a_page_held_besides_its_mapping_is_copied);
	tcase_add_test(tc, test_a_write_to_the_shared_zero_page_gets_a_zeroed_page);
	tcase_add_test(tc, test_fork_of_a_large_space_copies_tables_not_pages);
	tcase_add_test(tc, test_mm_release_clears_the_tid_only_in_a_shared_space);
	suite_add_tcase(s, tc);
	return s;
}
