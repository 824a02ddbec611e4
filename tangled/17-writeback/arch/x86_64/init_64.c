/* arch/x86_64/init_64.c: the kernel's page tables on x86-64. */
#include <asm/catch.h>
#include <asm/page.h>
#include <asm/processor-flags.h>
#include <asm/sections.h>
#include <asm/tlbflush.h>
#include <linux/fault.h>
#include <linux/kernel.h>
#include <linux/pgtable.h>
#include <linux/ptdump.h>
#include <linux/string.h>

extern char __end_rodata[];	/* arch/x86_64/kernel.ld */

#define PGT_BUF_PAGES	128

static char pgt_buf[PGT_BUF_PAGES * PAGE_SIZE] __aligned(PAGE_SIZE);

#define X86_FEATURE_NX_BIT	20
#define X86_FEATURE_GBPAGES_BIT	26

static u32 cpuid_ext_edx(void)
{
	u32 eax = 0x80000001, ebx, ecx = 0, edx;

	asm volatile("cpuid" : "+a"(eax), "=b"(ebx), "+c"(ecx), "=d"(edx));
	return edx;
}

static void enable_nx(void)
{
	u32 lo, hi;

	if (!(cpuid_ext_edx() & (1U << X86_FEATURE_NX_BIT)))
		panic("this processor has no NX bit");
	asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(MSR_EFER));
	lo |= EFER_NX;
	asm volatile("wrmsr" : : "a"(lo), "d"(hi), "c"(MSR_EFER));
	pr_info("NX (Execute Disable) protection: active\n");
}

static void set_cr_bits(void)
{
	unsigned long cr0 = read_cr0() | X86_CR0_WP;
	unsigned long cr4 = __read_cr4() | X86_CR4_PGE;

	asm volatile("mov %0, %%cr0" : : "r"(cr0) : "memory");
	asm volatile("mov %0, %%cr4" : : "r"(cr4) : "memory");
}

static void map_kernel_range(void *start, void *end, pgprot_t prot)
{
	unsigned long s = (unsigned long)start;
	unsigned long e = PAGE_ALIGN((unsigned long)end);

	if (vmap_range(swapper_pg_dir, s, e, __pa_symbol(s), prot, PAGE_SHIFT))
		panic("cannot map the kernel at %#lx-%#lx", s, e);
}

static void map_kernel_image(void)
{
	map_kernel_range(_text, _etext, PAGE_KERNEL_RX);
	map_kernel_range((void *)PAGE_ALIGN((unsigned long)_etext),
			 __end_rodata, PAGE_KERNEL_RO);
	map_kernel_range(__end_rodata, _end, PAGE_KERNEL);
}

static void alias_direct_map_in_boot_tables(void)
{
	pgd_t *boot = (pgd_t *)(read_cr3_pa() + __START_KERNEL_map);

	boot[pgd_index(PAGE_OFFSET)] = boot[0];
}

void x86_64_init_mem_mapping(void)
{
	bool gb = cpuid_ext_edx() & (1U << X86_FEATURE_GBPAGES_BIT);

	enable_nx();
	alias_direct_map_in_boot_tables();
	pgt_buf_setup(__pa_symbol(pgt_buf), PGT_BUF_PAGES);
	direct_gbpages = gb;
	pr_info("x86/mm: 1 GiB pages %s\n", gb ? "available" : "not available");
	init_mem_mapping();
	map_kernel_image();
	load_cr3(swapper_pg_dir);
	set_cr_bits();
	__flush_tlb_all();
	pr_info("Write protecting the kernel read-only data: %luk\n",
		(unsigned long)(__end_rodata - _text) >> 10);
	pr_info("Page-table reserve: %lu of %d pages used\n",
		pgt_buf_end - pgt_buf_start, PGT_BUF_PAGES);
	print_vm_layout();
	ptdump_check_wx();
}

static const char fault_rodata_byte = 1;
static char fault_nx_page[PAGE_SIZE] __aligned(PAGE_SIZE);

int provoke_page_fault(const char *kind)
{
	if (strcmp(kind, "rodata") == 0) {
		provoke_pf_write((void *)&fault_rodata_byte);
	} else if (strcmp(kind, "nx") == 0) {
		memset(fault_nx_page, 0xc3, sizeof(fault_nx_page));
		((void (*)(void))fault_nx_page)();
	} else if (strcmp(kind, "unmapped") == 0) {
		provoke_pf_read((void *)VMALLOC_START);
	} else if (strcmp(kind, "null") == 0) {
		provoke_pf_read((void *)0x10);
	} else {
		return -1;
	}
	return 0;
}
