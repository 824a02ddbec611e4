/* tests/test_procpid.c: RSS counters, /proc/PID/maps and status. */
#include <string.h>
#include "tests.h"
#include <asm/host.h>
#include <asm/host_mmu.h>
#include <asm/tlbflush.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mman.h>
#include <linux/pgtable.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/syscalls.h>

#define PAGES(n)	((unsigned long)(n) * PAGE_SIZE)
#define RW		(PROT_READ | PROT_WRITE)
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)

static struct mm_struct *mm;

static void mm_setup(void)
{
	host_test_setup();
	mm = mm_alloc();
	ck_assert_ptr_nonnull(mm);
	current->mm = mm;
	load_cr3(mm->pgd);
	sys_munmap(sys_mmap(0, PAGES(1), RW, ANON, -1UL, 0), PAGES(1));
}

static void mm_teardown(void)
{
	load_cr3(swapper_pg_dir);
	current->mm = NULL;
	mmput(mm);
}

static unsigned long map(unsigned long addr, unsigned long len,
			 unsigned long prot, unsigned long flags)
{
	return sys_mmap(addr, len, prot, ANON | flags, -1UL, 0);
}

static bool touch(unsigned long addr, unsigned int access)
{
	char c = 1;

	if (access & HOST_ACCESS_WRITE)
		return host_mmu_write(addr, &c, 1, HOST_ACCESS_USER) == 0;
	return host_mmu_read(addr, &c, 1, HOST_ACCESS_USER | access) == 0;
}

static pte_t *pte_of(unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address_in_pgd(pgd_offset(mm, addr), addr,
					   &level);

	return pte && pte_present(*pte) && level == PG_LEVEL_4K ? pte : NULL;
}

static unsigned long free_pages(void)
{
	drain_all_pages(NULL);
	return nr_free_pages();
}

static char text[4096];

static const char *report(void (*show)(struct seq_file *, struct mm_struct *))
{
	struct seq_file m = { .buf = text, .size = sizeof(text) };

	text[0] = '\0';
	show(&m, mm);
	ck_assert(!seq_has_overflowed(&m));
	return text;
}

static void maps(struct seq_file *m, struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		show_map_vma(m, vma);
}

START_TEST(test_maps_lines_have_linux_format)
{
	mm->start_brk = 0x600000;
	mm->brk = 0x602000;
	mm->start_stack = 0x7ffffffde010;
	map(0x600000, PAGES(2), RW, MAP_FIXED);
	map(0x7f0000000000, PAGES(1), PROT_READ | PROT_EXEC, MAP_FIXED);
	map(0x7f0000010000, PAGES(1), PROT_NONE, MAP_FIXED);
	map(0x7ffffffde000, PAGES(33), RW, MAP_FIXED | MAP_GROWSDOWN);
	ck_assert_str_eq(report(maps),
		"00600000-00602000 rw-p 00000000 00:00 0"
		"                                  [heap]\n"
		"7f0000000000-7f0000001000 r-xp 00000000 00:00 0 \n"
		"7f0000010000-7f0000011000 ---p 00000000 00:00 0 \n"
		"7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0"
		"                          [stack]\n");
}
END_TEST

START_TEST(test_rss_counts_written_pages_and_status_shows_it)
{
	unsigned long a = map(0, PAGES(8), RW, 0), i;

	for (i = 0; i < 8; i++)
		ck_assert(touch(a + PAGES(i), i < 5 ? HOST_ACCESS_WRITE : 0));
	ck_assert_uint_eq(get_mm_counter(mm, MM_ANONPAGES), 5);
	ck_assert_uint_eq(get_mm_rss(mm), 5);
	ck_assert(is_zero_pfn(pte_pfn(*pte_of(a + PAGES(5)))));
	map(0x400000, PAGES(3), PROT_READ | PROT_EXEC, MAP_FIXED);
	mm->start_code = 0x400000;
	mm->end_code = 0x401800;
	map(0x7ffffffde000, PAGES(33), RW, MAP_FIXED | MAP_GROWSDOWN);
	ck_assert_int_eq(sys_munmap(a, PAGES(2)), 0);
	ck_assert_uint_eq(get_mm_rss(mm), 3);
	ck_assert_str_eq(report(task_mem),
		"VmPeak:\t     176 kB\n"
		"VmSize:\t     168 kB\n"
		"VmLck:\t       0 kB\n"
		"VmPin:\t       0 kB\n"
		"VmHWM:\t      20 kB\n"
		"VmRSS:\t      12 kB\n"
		"RssAnon:\t      12 kB\n"
		"RssFile:\t       0 kB\n"
		"RssShmem:\t       0 kB\n"
		"VmData:\t      24 kB\n"
		"VmStk:\t     132 kB\n"
		"VmExe:\t       8 kB\n"
		"VmLib:\t       4 kB\n"
		"VmPTE:\t      12 kB\n"
		"VmSwap:\t       0 kB\n");
}
END_TEST

START_TEST(test_mprotect_and_mremap_move_pages_between_kinds)
{
	unsigned long a = map(0, PAGES(4), RW, 0), b, before;

	ck_assert(touch(a, HOST_ACCESS_WRITE));
	ck_assert_uint_eq(mm->data_vm, 4);
	ck_assert_int_eq(sys_mprotect(a, PAGES(1), PROT_READ | PROT_EXEC), 0);
	ck_assert_uint_eq(mm->data_vm, 3);
	ck_assert_uint_eq(mm->exec_vm, 1);
	b = sys_mremap(a + PAGES(1), PAGES(3), PAGES(6), MREMAP_MAYMOVE, 0);
	ck_assert(!IS_ERR_VALUE(b));
	ck_assert_uint_eq(mm->data_vm, 6);
	ck_assert_uint_eq(mm->total_vm, 7);
	ck_assert_uint_eq(get_mm_rss(mm), 1);
	before = free_pages();
	ck_assert_int_eq(sys_madvise(a, PAGES(1), MADV_DONTNEED), 0);
	ck_assert_uint_eq(get_mm_rss(mm), 0);
	ck_assert_uint_eq(free_pages(), before + 1);
	ck_assert_uint_eq(mm->hiwater_rss, 1);
}
END_TEST

Suite *procpid_suite(void)
{
	Suite *s = suite_create("procpid");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, mm_setup, mm_teardown);
	tcase_add_test(tc, test_maps_lines_have_linux_format);
	tcase_add_test(tc, test_rss_counts_written_pages_and_status_shows_it);
	tcase_add_test(tc, test_mprotect_and_mremap_move_pages_between_kinds);
	suite_add_tcase(s, tc);
	return s;
}
