/* arch/x86_64/selftest.c: self-tests of the x86-64 boot path. */
#include <asm/multiboot.h>
#include <asm/page_types.h>
#include <linux/boot_info.h>
#include <linux/kernel.h>
#include <linux/selftest.h>
#include <linux/start_kernel.h>
#include <linux/string.h>
#include <asm/catch.h>
#include <asm/desc.h>
#include <asm/idtentry.h>
#include <asm/traps.h>
#include <asm/trap_pf.h>
#include <asm/page.h>
#include <asm/processor-flags.h>
#include <asm/special_insns.h>
#include <asm/tlbflush.h>
#include <linux/fault.h>
#include <linux/pgtable.h>
#include <linux/ptdump.h>
#include <asm/sections.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/binfmts.h>
#include <linux/gfp.h>
#include <linux/initramfs.h>
#include <linux/sched/task.h>
#include <linux/vmalloc.h>
#include "../../mm/slab.h"
#include <linux/errno.h>
#include <linux/mman.h>
#include <linux/sched/mm.h>
#include <linux/uaccess.h>
#include <linux/rmap.h>
#include <linux/syscalls.h>
#include <linux/fs.h>

static int a_kernel_variable;

static void test_kernel_runs_in_the_higher_half(void)
{
	int on_the_stack;

	EXPECT_TRUE((uintptr_t)&start_kernel >= __START_KERNEL_map);
	EXPECT_TRUE((uintptr_t)&a_kernel_variable >= __START_KERNEL_map);
	EXPECT_TRUE((uintptr_t)&on_the_stack >= __START_KERNEL_map);
}

static void test_loader_left_the_multiboot_magic(void)
{
	EXPECT_EQ(boot_info.magic, MULTIBOOT_BOOTLOADER_MAGIC);
}

static void test_the_kernel_runs_on_its_own_gdt(void)
{
	struct desc_ptr gdtr;
	unsigned short cs;
	u64 kernel_cs;
	const tss_desc *tss = (const void *)&gdt_page.gdt[GDT_ENTRY_TSS];

	store_gdt(&gdtr);
	savesegment(cs, cs);
	memcpy(&kernel_cs, &gdt_page.gdt[GDT_ENTRY_KERNEL_CS], 8);
	EXPECT_EQ(gdtr.address, (unsigned long)gdt_page.gdt);
	EXPECT_EQ(gdtr.size, GDT_ENTRIES * 8 - 1);
	EXPECT_EQ(cs, __KERNEL_CS);
	EXPECT_EQ(store_tr(), GDT_ENTRY_TSS * 8);
	EXPECT_EQ(kernel_cs, 0x00af9b000000ffffULL);
	EXPECT_EQ(tss->type, 0xb);
}

static void test_every_exception_vector_has_a_gate(void)
{
	struct desc_ptr idtr;
	unsigned int v;

	store_idt(&idtr);
	EXPECT_EQ(idtr.address, (unsigned long)idt_table);
	for (v = 0; v < NUM_EXCEPTION_VECTORS; v++) {
		EXPECT_EQ(idt_table[v].bits.p, 1);
		EXPECT_EQ(gate_segment(&idt_table[v]), __KERNEL_CS);
		EXPECT_EQ(gate_offset(&idt_table[v]),
			  (unsigned long)exception_entries[v]);
	}
	EXPECT_EQ(idt_table[X86_TRAP_DF].bits.ist, IST_INDEX_DF + 1);
	EXPECT_EQ(idt_table[X86_TRAP_PF].bits.ist, 0);
}

static void test_invalid_opcode_is_caught(void)
{
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(provoke_ud, NULL, &rec), X86_TRAP_UD);
	EXPECT_EQ(rec.vector, X86_TRAP_UD);
	EXPECT_EQ(rec.error_code, 0);
	EXPECT_EQ(rec.ip, (unsigned long)provoke_ud_ip);
}

static void test_breakpoint_is_a_trap_after_int3(void)
{
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(provoke_bp, NULL, &rec), X86_TRAP_BP);
	EXPECT_EQ(rec.ip, (unsigned long)provoke_bp_ip);
}

static void test_rpl_3_selector_for_kernel_data_is_a_gp(void)
{
	struct caught_exception rec;
	unsigned short ds;

	EXPECT_EQ(catch_exception(provoke_gp, NULL, &rec), X86_TRAP_GP);
	EXPECT_EQ(rec.error_code, __KERNEL_DS);
	EXPECT_EQ(rec.ip, (unsigned long)provoke_gp_ip);
	savesegment(ds, ds);
	EXPECT_EQ(ds, __KERNEL_DS);
}

static void test_page_faults_report_address_and_error_code(void)
{
	void *address = (void *)PROVOKE_FAULT_ADDRESS;
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(provoke_pf_read, address, &rec),
		  X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, 0);
	EXPECT_EQ(rec.cr2, PROVOKE_FAULT_ADDRESS);
	EXPECT_EQ(rec.ip, (unsigned long)provoke_pf_read_ip);
	EXPECT_EQ(catch_exception(provoke_pf_write, address, &rec),
		  X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, X86_PF_WRITE);
	EXPECT_EQ(rec.cr2, PROVOKE_FAULT_ADDRESS);
}

static void test_a_fetch_from_nowhere_is_caught(void)
{
	void (*nowhere)(void *) = (void (*)(void *))PROVOKE_FAULT_ADDRESS;
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(nowhere, NULL, &rec), X86_TRAP_PF);
	EXPECT_EQ(rec.ip, PROVOKE_FAULT_ADDRESS);
	EXPECT_EQ(rec.cr2, PROVOKE_FAULT_ADDRESS);
	EXPECT_EQ(rec.error_code & ~(unsigned long)X86_PF_INSTR, 0);
}

static void test_double_fault_runs_on_its_ist_stack(void)
{
	unsigned long df = (unsigned long)exception_stacks[IST_INDEX_DF];
	struct caught_exception rec;
	unsigned long frame;

	EXPECT_EQ(catch_exception(provoke_df,
				  (void *)(PROVOKE_FAULT_ADDRESS + 0x1000),
				  &rec), X86_TRAP_DF);
	frame = (unsigned long)last_exception_regs;
	EXPECT_EQ(rec.error_code, 0);
	EXPECT_TRUE(frame >= df && frame < df + EXCEPTION_STKSZ);
	EXPECT_EQ(catch_exception(provoke_ud, NULL, &rec), X86_TRAP_UD);
	frame = (unsigned long)last_exception_regs;
	EXPECT_TRUE(frame < df || frame >= df + EXCEPTION_STKSZ);
}

static void do_nothing(void *unused)
{
}

static void catch_ud_inside(void *result)
{
	struct caught_exception rec;

	*(int *)result = catch_exception(provoke_ud, NULL, &rec);
	provoke_bp(NULL);
}

static void test_catchers_nest_and_return_minus_1(void)
{
	struct caught_exception rec;
	int inner = 0;

	EXPECT_EQ(catch_exception(do_nothing, NULL, &rec), -1);
	EXPECT_EQ(rec.vector, -1);
	EXPECT_EQ(catch_exception(catch_ud_inside, &inner, &rec),
		  X86_TRAP_BP);
	EXPECT_EQ(inner, X86_TRAP_UD);
}

static const int st_rodata_word = 42;
static int st_data_word = 7;
static char st_nx_page[PAGE_SIZE] __aligned(PAGE_SIZE);

/* The pte that maps p in the kernel's tables; the image is in 4 KiB. */
static pteval_t kernel_pte(const void *p)
{
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)p, &level);

	EXPECT_EQ(level, PG_LEVEL_4K);
	return pte ? pte_val(*pte) : 0;
}

static void test_kernel_sections_have_their_permissions(void)
{
	pteval_t text = kernel_pte(start_kernel);
	pteval_t ro = kernel_pte(&st_rodata_word);
	pteval_t data = kernel_pte(&st_data_word);
	pteval_t bss = kernel_pte(st_nx_page);

	EXPECT_TRUE((text & _PAGE_PRESENT) && !(text & (_PAGE_RW | _PAGE_NX)));
	EXPECT_TRUE((ro & (_PAGE_PRESENT | _PAGE_NX)) ==
		    (_PAGE_PRESENT | _PAGE_NX) && !(ro & _PAGE_RW));
	EXPECT_EQ(data & (_PAGE_RW | _PAGE_NX), _PAGE_RW | _PAGE_NX);
	EXPECT_EQ(bss & (_PAGE_RW | _PAGE_NX), _PAGE_RW | _PAGE_NX);
	EXPECT_TRUE(read_cr0() & X86_CR0_WP);
	EXPECT_EQ(read_cr3_pa(), __pa(swapper_pg_dir));
}

static void test_write_to_rodata_faults(void)
{
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(provoke_pf_write, (void *)&st_rodata_word,
				  &rec), X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, X86_PF_PROT | X86_PF_WRITE);
	EXPECT_EQ(rec.cr2, (unsigned long)&st_rodata_word);
	EXPECT_EQ(st_rodata_word, 42);
}

static void test_nx_page_does_not_execute(void)
{
	struct caught_exception rec;

	memset(st_nx_page, 0xc3, sizeof(st_nx_page));	/* ret */
	EXPECT_EQ(catch_exception((void (*)(void *))st_nx_page, NULL, &rec),
		  X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, X86_PF_PROT | X86_PF_INSTR);
	EXPECT_EQ(rec.ip, (unsigned long)st_nx_page);
	EXPECT_EQ(rec.cr2, (unsigned long)st_nx_page);
}

static void test_unmapped_address_faults_as_not_present(void)
{
	struct caught_exception rec;

	EXPECT_EQ(catch_exception(provoke_pf_write, (void *)VMALLOC_START,
				  &rec), X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, X86_PF_WRITE);
	EXPECT_EQ(rec.cr2, VMALLOC_START);
	EXPECT_EQ(catch_exception(provoke_pf_read, (void *)0x10, &rec),
		  X86_TRAP_PF);
	EXPECT_EQ(rec.error_code, 0);
}

static void test_direct_map_aliases_the_kernel_image(void)
{
	int *alias = __va(__pa_symbol(&st_data_word));

	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)alias, &level);

	*alias = 99;
	EXPECT_EQ(st_data_word, 99);
	EXPECT_TRUE(pte && pte_present(*pte) && (pte_val(*pte) & _PAGE_NX));
}

static void test_kernel_image_pages_are_reserved(void)
{
	struct page *page = virt_to_page(__va(__pa_symbol(_text)));

	EXPECT_TRUE(PageReserved(page));
	EXPECT_EQ(page_to_pfn(page), __pa_symbol(_text) >> PAGE_SHIFT);
}

static void test_vmalloc_memory_is_its_pages(void)
{
	unsigned long *p = vzalloc(4 << 20);
	struct vm_struct *vm = find_vm_area(p);
	unsigned long i, n = (4 << 20) / sizeof(*p);
	struct caught_exception rec;

	EXPECT_TRUE(p && vm && is_vmalloc_addr(vm->pages));
	if (!p)
		return;
	EXPECT_EQ(p[n - 1], 0);
	for (i = 0; i < n; i += 512)
		p[i] = i;
	EXPECT_EQ(*(unsigned long *)page_address(vm->pages[1023]), n - 512);
	EXPECT_EQ(catch_exception(provoke_pf_read, p + n, &rec),
		  X86_TRAP_PF);
	EXPECT_EQ(rec.cr2, (unsigned long)(p + n));
	vfree(p);
	purge_vmap_area_lazy();
}

static bool user_program_present(const char *name)
{
	static bool unpacked;

	if (!unpacked) {
		populate_rootfs();
		console_on_rootfs();
		unpacked = true;
	}
	if (initramfs_lookup(name))
		return true;
	pr_info("selftest: no %s in the initramfs: skipped\n", name);
	return false;
}

static void user_leak_mark(unsigned long *pages, unsigned long *tasks)
{
	unsigned long total, slabs;

	kmem_cache_shrink(task_struct_cachep);	/* the cpu slab's too */
	purge_vmap_area_lazy();
	drain_all_pages(NULL);
	*pages = nr_free_pages();
	get_slabinfo(task_struct_cachep, tasks, &total, &slabs);
}

static void test_user_hello_exits_0_and_gives_back_its_pages(void)
{
	unsigned long pages, tasks, pages2, tasks2;

	if (!user_program_present("/bin/hello"))
		return;
	EXPECT_EQ(run_init_program("/bin/hello"), 0);
	user_leak_mark(&pages, &tasks);
	EXPECT_EQ(run_init_program("/bin/hello"), 0);
	user_leak_mark(&pages2, &tasks2);
	EXPECT_EQ(pages2, pages);
	EXPECT_EQ(tasks2, tasks);
}

static void test_user_segv_is_killed_by_sigsegv(void)
{
	if (user_program_present("/bin/segv"))
		EXPECT_EQ(run_init_program("/bin/segv"), 11);
}

static void test_user_sleeper_ends_before_spinner(void)
{
	struct program_run run[2] = {
		{ "/bin/spinner", NULL, NULL, 0 },
		{ "/bin/sleeper", NULL, NULL, 0 },
	};
	const char *argv[2][2] = { { run[0].filename, NULL },
				   { run[1].filename, NULL } };
	int pid[2], status[2] = { -1, -1 }, reaped[2];
	unsigned int n;

	if (!user_program_present("/bin/spinner") ||
	    !user_program_present("/bin/sleeper"))
		return;
	for (n = 0; n < 2; n++) {
		run[n].argv = argv[n];
		pid[n] = start_program(&run[n]);
		EXPECT_TRUE(pid[n] > 0);
	}
	for (n = 0; n < 2; n++)
		reaped[n] = kernel_wait4(-1, &status[n], 0, NULL);
	EXPECT_EQ(reaped[0], pid[1]);		/* the sleeper first */
	EXPECT_EQ(reaped[1], pid[0]);
	EXPECT_EQ(status[0], 0);
	EXPECT_EQ(status[1], 0);
}

static void test_user_access_faults_are_fixed_up(void)
{
	struct mm_struct *mm = mm_alloc(), *old = current->mm;
	unsigned long a, v = 1;
	char buf[24] = "0123456789abcdefghijklm";
	char *end;

	EXPECT_TRUE(mm != NULL);
	if (!mm)
		return;
	current->mm = mm;
	switch_mm(mm);
	a = do_mmap(mm, NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, 0);
	end = (char *)a + PAGE_SIZE;
	EXPECT_EQ(copy_to_user(end - 8, buf, 24), 16);
	EXPECT_EQ(copy_from_user(buf + 8, end - 8, 16), 8);
	EXPECT_EQ(buf[8], '0');
	EXPECT_EQ(clear_user(end - 4, 8), 4);
	EXPECT_EQ(get_user(v, (unsigned long *)NULL), -EFAULT);
	EXPECT_EQ(v, 0);
	EXPECT_EQ(put_user(v, (unsigned long *)__va(0)), -EFAULT);
	EXPECT_EQ(copy_to_user(end - 2, "ab", 2), 0);
	EXPECT_EQ(strncpy_from_user(buf, end - 2, 8), -EFAULT);
	EXPECT_EQ(get_mm_rss(mm), 1);
	current->mm = old;
	switch_mm(old);
	mmput(mm);
}

static void test_user_address_space_programs_exit_0(void)
{
	static const char *const names[] = {
		"/bin/mmap", "/bin/brk", "/bin/mapfixed",
	};
	unsigned long before;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (user_program_present(names[i]))
			EXPECT_EQ(run_init_program(names[i]), 0);
	if (!user_program_present("/bin/mmap"))
		return;
	drain_all_pages(NULL);
	before = nr_free_pages();
	EXPECT_EQ(run_init_program("/bin/mmap"), 0);
	drain_all_pages(NULL);
	EXPECT_EQ(nr_free_pages(), before);
}

static struct page *user_page(struct mm_struct *mm, unsigned long addr,
			      bool *writable)
{
	pte_t *pte = lookup_pte(mm, addr);

	if (!pte || pte_none(*pte))
		return NULL;
	*writable = pte_write(*pte);
	return pfn_to_page(pte_pfn(*pte));
}

static void use_mm(struct mm_struct *mm)
{
	current->mm = mm;
	switch_mm(mm);
}

static unsigned long free_after_shrink(void)
{
	kmem_cache_shrink(mm_cachep);
	vm_area_active();	/* empties the areas' cpu slab */
	kmem_cache_shrink(anon_vma_cachep);
	drain_all_pages(NULL);
	return nr_free_pages();
}

static void test_fork_shares_and_the_cow_fault_splits(void)
{
	struct mm_struct *old = current->mm, *mm, *child;
	unsigned long a, v = 7, before;
	unsigned long *p;
	struct page *page, *now;
	bool w = true, cw = true;

	before = free_after_shrink();
	mm = mm_alloc();
	EXPECT_TRUE(mm != NULL);
	if (!mm)
		return;
	use_mm(mm);
	a = do_mmap(mm, NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, 0);
	p = (unsigned long *)a;
	EXPECT_EQ(put_user(v, p), 0);
	child = dup_mm(mm);
	EXPECT_TRUE(child != NULL);
	if (!child)
		goto out;
	page = user_page(mm, a, &w);
	EXPECT_TRUE(page == user_page(child, a, &cw) && !w && !cw);
	EXPECT_EQ(page_count(page), 2);
	EXPECT_EQ(page_mapcount(page), 2);
	EXPECT_EQ(put_user(8UL, p), 0);			/* copies */
	now = user_page(mm, a, &w);
	EXPECT_TRUE(now != page && w);
	EXPECT_EQ(page_count(page), 1);
	EXPECT_EQ(page_mapcount(page), 1);
	use_mm(child);
	EXPECT_EQ(get_user(v, p), 0);
	EXPECT_EQ(v, 7);
	EXPECT_EQ(put_user(9UL, p), 0);			/* reuses */
	EXPECT_TRUE(user_page(child, a, &cw) == page && cw);
	EXPECT_EQ(get_mm_rss(child), 1);
	use_mm(mm);
	EXPECT_EQ(get_user(v, p), 0);
	EXPECT_EQ(v, 8);
	mmput(child);
out:
	use_mm(old);
	mmput(mm);
	EXPECT_EQ(free_after_shrink(), before);
}

static void test_execve_counts_argv_before_it_looks_for_the_file(void)
{
	static const char path[] = "/no/such/file";
	struct mm_struct *old = current->mm, *mm = mm_alloc();
	const char __user *const __user *argv;
	const char __user *p;
	unsigned long a;

	EXPECT_TRUE(mm != NULL);
	if (!mm)
		return;
	use_mm(mm);
	a = do_mmap(mm, NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, 0);
	p = (const char __user *)a;
	argv = (const char __user *const __user *)(a + 64);
	EXPECT_EQ(copy_to_user((void __user *)p, path, sizeof(path)), 0);
	EXPECT_EQ(sys_execve(p, (const void __user *)0xffff888000000000UL,
			     NULL), -EFAULT);
	EXPECT_EQ(sys_execve(p, argv, NULL), -ENOENT);	/* argv: { NULL } */
	use_mm(old);
	mmput(mm);
}

void test_a_store_after_writeback_dirties_the_page_again(void);

const struct self_test arch_self_tests[] = {
	{ "kernel_runs_in_the_higher_half",
	  test_kernel_runs_in_the_higher_half },
	{ "loader_left_the_multiboot_magic",
	  test_loader_left_the_multiboot_magic },
	{ "the_kernel_runs_on_its_own_gdt", test_the_kernel_runs_on_its_own_gdt },
	{ "every_exception_vector_has_a_gate",
	  test_every_exception_vector_has_a_gate },
	{ "invalid_opcode_is_caught", test_invalid_opcode_is_caught },
	{ "breakpoint_is_a_trap_after_int3",
	  test_breakpoint_is_a_trap_after_int3 },
	{ "rpl_3_selector_for_kernel_data_is_a_gp",
	  test_rpl_3_selector_for_kernel_data_is_a_gp },
	{ "page_faults_report_address_and_error_code",
	  test_page_faults_report_address_and_error_code },
	{ "a_fetch_from_nowhere_is_caught", test_a_fetch_from_nowhere_is_caught },
	{ "double_fault_runs_on_its_ist_stack",
	  test_double_fault_runs_on_its_ist_stack },
	{ "catchers_nest_and_return_minus_1",
	  test_catchers_nest_and_return_minus_1 },
	{ "kernel_sections_have_their_permissions",
	  test_kernel_sections_have_their_permissions },
	{ "write_to_rodata_faults", test_write_to_rodata_faults },
	{ "nx_page_does_not_execute", test_nx_page_does_not_execute },
	{ "unmapped_address_faults_as_not_present",
	  test_unmapped_address_faults_as_not_present },
	{ "direct_map_aliases_the_kernel_image",
	  test_direct_map_aliases_the_kernel_image },
	{ "kernel_image_pages_are_reserved",
	  test_kernel_image_pages_are_reserved },
	{ "vmalloc_memory_is_its_pages", test_vmalloc_memory_is_its_pages },
	{ "user_hello_exits_0_and_gives_back_its_pages",
	  test_user_hello_exits_0_and_gives_back_its_pages },
	{ "user_segv_is_killed_by_sigsegv", test_user_segv_is_killed_by_sigsegv },
	{ "user_sleeper_ends_before_spinner",
	  test_user_sleeper_ends_before_spinner },
	{ "user_access_faults_are_fixed_up", test_user_access_faults_are_fixed_up },
	{ "user_address_space_programs_exit_0",
	  test_user_address_space_programs_exit_0 },
	{ "fork_shares_and_the_cow_fault_splits",
	  test_fork_shares_and_the_cow_fault_splits },
	{ "execve_counts_argv_before_it_looks_for_the_file",
	  test_execve_counts_argv_before_it_looks_for_the_file },
	{ "a_store_after_writeback_dirties_the_page_again",
	  test_a_store_after_writeback_dirties_the_page_again },
};
const unsigned int nr_arch_self_tests = ARRAY_SIZE(arch_self_tests);
